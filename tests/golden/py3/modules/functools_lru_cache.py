import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls), fib.cache_info())
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x):
    print("  computing", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    print(sq(v))
print(sq.cache_info())
@functools.lru_cache
def ident(x):
    return x
print(ident(1), ident(1.0), ident(True), ident.cache_info())
@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info().hits, fact.cache_info().misses)
print(fact(31), fact.cache_info().hits, fact.cache_info().misses)
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
@functools.lru_cache(maxsize=3)
def kw(a, b=0):
    return a + b
print(kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw.cache_info().misses)
print(fib.__wrapped__ is not None, fib.__name__, sq.cache_parameters())
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)
sq({})
