import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(sys.maxsize == 2**63 - 1, sys.maxsize > 2**30, sys.byteorder in ("little", "big"))
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8), sys.version_info < (4,))
print(type(sys.version).__name__, sys.version.startswith("3.11"), len(sys.version_info))
print(sys.getrecursionlimit() > 0, type(sys.implementation.name).__name__)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit > 0, sys.maxunicode, sys.hash_info.width)
n = sys.stdout.write("hello from write\n")
print("write returned", n)
n2 = sys.stdout.write("é\U0001f600\n")
print("unicode write returned", n2)
print(sys.stderr.write("to stderr\n"))
s = sys.intern("interned" + "_string")
print(s, s is sys.intern("interned_string"))
print("__main__" in sys.modules, sys.modules["__main__"].__name__, "math" in sys.modules or True)
print(callable(sys.exit), type(sys.path).__name__, sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1))
print(sys.getdefaultencoding())
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() if hasattr(sys, "exception") else "no sys.exception")
sys.stdout.flush()
print("end")
