try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("input was 'abc'")
    print(e.__notes__, e.args, str(e))
try:
    ValueError().add_note(42)
except TypeError as e:
    print("TypeError:", e)
e = OSError(2, "No such file", "x.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__, repr(e.args))
print(FileNotFoundError.__mro__[1].__name__, type(OSError(2, "x")).__name__, isinstance(OSError(2, 'm'), FileNotFoundError))
print(str(KeyError('k')), str(KeyError('a', 'b')), str(KeyError()), repr(KeyError('k')))
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(u, u.start, u.end, u.reason, u.object)
s = StopIteration(5)
print(s.value, StopIteration().value, SystemExit(3).code, SystemExit().code)
i = ImportError("msg", name="mod", path="/p")
print(i.name, i.path, i.msg, str(i))
n = NameError("name 'x' is not defined", name='x')
print(n.name, AttributeError("a", name="n", obj=5).obj)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
x = E(1, 2)
print(x.args, x.b, str(x))
print(BaseException("a", "b").with_traceback(None).args, Exception() .args, str(Exception(None)))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException), issubclass(RecursionError, RuntimeError))
print([c.__name__ for c in ZeroDivisionError.__mro__], NotImplementedError.__base__.__name__)
err = RuntimeError("first")
err2 = RuntimeError("second")
err2.__context__ = err
print(err2.__context__ is err, err2.__cause__, err2.__suppress_context__)
err2.__cause__ = err
print(err2.__suppress_context__)
try:
    err2.__cause__ = "not an exception"
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("with notes")
except ValueError as v:
    v.add_note("note one")
    v.add_note("note two\nmultiline")
    raise
