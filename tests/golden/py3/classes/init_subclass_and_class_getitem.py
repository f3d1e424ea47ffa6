class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__.lower()] = cls
        print("registered", cls.__name__, key)
class Json(Plugin, key="json"): pass
class Xml(Plugin): pass
class SubJson(Json, key="subjson"): pass
print(sorted(Plugin.registry), Plugin.registry["json"].__name__)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__ is list, list[int].__args__)
print(int | str, type(int | None).__name__, isinstance(3, int | str), isinstance("s", int | float))
class Base:
    def __init_subclass__(cls):
        cls.depth = getattr(cls, "depth", -1) + 1
class L1(Base): pass
class L2(L1): pass
print(L1.depth, L2.depth)
class Named:
    def __set_name__(self, owner, name):
        print("set_name before init_subclass", owner.__name__, name)
class Watcher:
    def __init_subclass__(cls):
        print("init_subclass sees", [k for k in vars(cls) if not k.startswith("__")])
class W(Watcher):
    field = Named()
