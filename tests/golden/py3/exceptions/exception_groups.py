eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(eg, repr(eg.message), len(eg.exceptions), [repr(e) for e in eg.exceptions])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.subgroup(TypeError).exceptions, eg.subgroup(KeyError))
try:
    raise eg
except* ValueError as g:
    print("handled values:", [str(e) for e in g.exceptions])
except* TypeError as g:
    print("handled types:", [str(e) for e in g.exceptions])
nested = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [ValueError("deep"), OSError("os")])])
try:
    raise nested
except* LookupError as g:
    print("lookup:", repr(g))
except* ValueError as g:
    print("value:", repr(g))
except* OSError as g:
    print("os:", repr(g))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain wrapped:", repr(g))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("e", [])
except ValueError as e:
    print("ValueError:", e)
def fail_group():
    raise ExceptionGroup("several failures", [ZeroDivisionError("division by zero"), KeyError("missing")])
try:
    fail_group()
except* ZeroDivisionError:
    print("zero division handled, KeyError escapes")
