class Fallback:
    existing = "real"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")
f = Fallback()
print(f.existing, f.dyn_hello, getattr(f, "missing", "default"), hasattr(f, "nope"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
lg = Logged()
lg.a = 1
print(lg.a)
del lg.a
try:
    lg.a
except AttributeError as e:
    print("AttributeError:", e)
print(lg.log)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "rescued " + name
b = Both()
print(b.boom, b.other)
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    ReadOnly().x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Plain: pass
pl = Plain()
setattr(pl, "dynamic", 5)
print(getattr(pl, "dynamic"), vars(pl))
delattr(pl, "dynamic")
print(vars(pl))
try:
    Plain().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del pl.nothing
except AttributeError as e:
    print("AttributeError:", e)
