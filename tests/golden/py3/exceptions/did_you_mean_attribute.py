class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
        self.verbose = False
    def connect(self):
        return "connected"

c = Config()
for name in ['timeout', 'timout', 'retry', 'Verbose', 'connect', 'conect', 'zzz']:
    try:
        v = getattr(c, name)
        print(name, v() if callable(v) else v)
    except AttributeError as e:
        print("AttributeError:", e, "| name:", e.name, "| obj is c:", e.obj is c)

try:
    "abc".uper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].apend(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.strip()
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.sqr(4)
except AttributeError as e:
    print("AttributeError:", e)
c.conect()
