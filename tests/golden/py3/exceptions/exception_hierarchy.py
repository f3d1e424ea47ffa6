def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, ModuleNotFoundError,
            UnicodeDecodeError, RecursionError, NotImplementedError, StopIteration,
            KeyboardInterrupt, SystemExit, GeneratorExit, UnboundLocalError, TimeoutError,
            IndentationError, TabError, BrokenPipeError, StopAsyncIteration, ExceptionGroup):
    print(chain(cls))
print(issubclass(BaseExceptionGroup, BaseException), issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning))
print(IOError is OSError, EnvironmentError is OSError)
e = ValueError("a", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError("one")), str(KeyError("k")), str(KeyError()))
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except Exception as ex:
    print(type(ex).__name__, ex, ex.code, ex.args, isinstance(ex, Exception))
class Custom(LookupError):
    def __str__(self): return "custom str"
print(str(Custom()), repr(Custom(1)))
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)
err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err), type(OSError(2, "x")).__name__)
print(StopIteration(5).value, SystemExit(3).code, repr(SystemExit()), KeyError("a").args)
try:
    raise 5
except TypeError as te:
    print("TypeError:", te)
try:
    raise object
except TypeError as te:
    print("TypeError:", te)
try:
    {}["k"]
except LookupError as le:
    print(type(le).__name__, le)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u)
print(BaseException.__subclasses__()[:0], len(ZeroDivisionError.__mro__))
