import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version_info).__name__)
print(sys.argv[0].rsplit('/', 1)[-1], len(sys.argv))
print(sys.byteorder in ('little', 'big'), sys.maxsize > 2 ** 31, sys.maxunicode, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30))
print(sys.implementation.name.isidentifier(), 'sys' in sys.modules, sys.modules['__main__'].__name__)
print(sys.getrecursionlimit(), type(sys.path).__name__, sys.flags.optimize)
print(sys.stdout.write("written directly\n"))
sys.stdout.flush()
print("to stderr", file=sys.stderr)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb.tb_lineno, sys.exception() is ev)
print(sys.exc_info() == (None, None, None))
def frames():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name
print(frames())
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.intern("abc") == "abc", sys.getsizeof(0) > 0, isinstance(sys.hash_info.modulus, int))
print(sys.hash_info.modulus == 2 ** 61 - 1, hash(2 ** 61 - 1), hash(-1), hash(-2))
print(sys.stdin.read() == '', sys.stdin.readline() == '')
sys.displayhook(None)
sys.displayhook(42)
print(sys._ if hasattr(sys, '_') else 'no underscore')
sys.exit(3)
