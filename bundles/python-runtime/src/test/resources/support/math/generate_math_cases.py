"""Writes math-cases.txt.gz: expected results of CPython 3.11's math module and float **.

Run from this directory with:  PYENV_VERSION=3.11.7 python generate_math_cases.py

One case per line:  function|arg|arg...=result|result...  or  function|arg...=!Type:message
Values are  d:<16 hex digits of the IEEE bits>  (floats, NaN payloads included),
i:<decimal> or x:<hex>  (ints),  b:0/1  (bools),  c:  (the result is complex: ** of a negative base),
h:<sha256 of the int's hex form>  (huge int results).  dist's arguments are p's then q's coordinates.
"""
import gzip
import hashlib
import math
import random
import struct

rng = random.Random(20261114)


def bits(x):
    return struct.unpack('>Q', struct.pack('>d', x))[0]


def fromBits(b):
    return struct.unpack('>d', struct.pack('>Q', b))[0]


def enc(v, arg=False):
    if isinstance(v, bool):
        return 'b:%d' % v
    if isinstance(v, float):
        return 'd:%016x' % bits(v)
    if isinstance(v, int):
        if v.bit_length() > 20000 and not arg:
            return 'h:' + hashlib.sha256(('%x' % v).encode()).hexdigest()
        if v.bit_length() > 64:
            return 'x:%x' % v
        return 'i:%d' % v
    if isinstance(v, complex):
        return 'c:'  # the result of ** is complex: the object space computes it
    raise TypeError(v)


SPECIAL = [math.inf, -math.inf, math.nan, -math.nan, fromBits(0x7ff4000000000001),
           fromBits(0xfff8000000000123), 0.0, -0.0, 5e-324, -5e-324, 2.0 ** -1022,
           -(2.0 ** -1022), fromBits(0x000fffffffffffff), 1e-310, 1e-300, 1e-20, 1e-17,
           1e-8, 0.1, 0.25, 0.5, 0.75, 0.9999999999999999, 1.0, 1.0000000000000002, 1.5, 2.0,
           2.5, 3.0, math.pi, math.e, 10.0, 22.0, 23.0, 100.0, 170.5, 171.0, 171.6, 171.7,
           172.0, 200.0, 255.5, 709.0, 709.7, 709.8, 710.0, 1023.0, 1024.0, 1025.0, 1074.0,
           1075.0, 1e15, 2.0 ** 52, 2.0 ** 53, 2.0 ** 63, 1e16, 1e20, 1e300, 1e305, 1e308,
           1.7976931348623157e308, 2.0 ** 1023, 0.5 + 2.0 ** -53, 1.0 - 2.0 ** -53]
SPECIAL += [-x for x in SPECIAL if not math.isnan(x) and x != 0.0 and not math.isinf(x)]


def rand_bits():
    return fromBits(rng.getrandbits(64))


def rand_float():
    k = rng.random()
    if k < 0.3:
        return rand_bits()
    if k < 0.6:
        return rng.choice((-1, 1)) * 10.0 ** rng.uniform(-320, 308)
    if k < 0.85:
        return rng.choice((-1, 1)) * rng.random() * 10.0 ** rng.uniform(-3, 3)
    if k < 0.95:
        return rng.choice((-1, 1)) * rng.randint(0, 300) / rng.choice((1, 2, 4, 8))
    return rng.choice((-1, 1)) * (rng.randint(0, 300) + rng.choice((1, -1)) * 2.0 ** -rng.randint(1, 52))


def call(f, *args):
    try:
        r = f(*args)
    except Exception as e:  # the exception is the expected result
        return '!%s:%s' % (type(e).__name__, e)
    if isinstance(r, tuple):
        return '|'.join(enc(v) for v in r)
    return enc(r)


out = []


def case(name, f, *args):
    out.append('%s|%s=%s' % (name, '|'.join(enc(a, True) for a in args), call(f, *args)))


UNARY = 'acos acosh asin asinh atan atanh cbrt ceil cos cosh degrees erf erfc exp exp2 expm1 ' \
        'fabs floor frexp gamma isfinite isinf isnan lgamma log log10 log1p log2 modf ' \
        'radians sin sinh sqrt tan tanh trunc ulp'.split()
for name in UNARY:
    f = getattr(math, name)
    xs = list(SPECIAL) + [rand_float() for _ in range(2500)]
    if name in ('gamma', 'lgamma'):
        xs += [rng.uniform(-200, 200) for _ in range(6000)]
        xs += [rng.uniform(-10, 10) for _ in range(4000)]
        xs += [float(n) for n in range(-5, 180)] + [n + 0.5 for n in range(-200, 180)]
        xs += [rng.uniform(-1e-15, 1e-15) for _ in range(100)]
        xs += [1.0 + rng.uniform(-1e-6, 1e-6) for _ in range(100)]
        xs += [2.0 + rng.uniform(-1e-6, 1e-6) for _ in range(100)]
    if name in ('acos', 'asin', 'atanh', 'erf', 'erfc', 'tanh'):
        xs += [rng.uniform(-1.2, 1.2) for _ in range(1000)]
    for x in xs:
        case(name, f, x)

def float_power(x, y):
    try:
        return x ** y
    except OverflowError as e:
        if str(e) == 'complex exponentiation':
            return 0j  # the complex path overflowed: still the complex path
        raise


BINARY = {'atan2': math.atan2, 'copysign': math.copysign, 'fmod': math.fmod, 'pow': math.pow,
          'fpow': float_power, 'remainder': math.remainder,
          'nextafter': math.nextafter, 'logb': math.log}
SMALL = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, math.inf, -math.inf, math.nan,
         1e308, -1e308, 5e-324, -5e-324, 1.5, -1.5, 1e-300, 1e300, 1075.0, -1075.0]
for name, f in BINARY.items():
    for x in SMALL + SPECIAL[:12]:
        for y in SMALL:
            case(name, f, x, y)
    for _ in range(3000):
        x, y = rand_float(), rand_float()
        if name in ('pow', 'fpow') and rng.random() < 0.6:
            x = rng.uniform(-20, 20)
            y = rng.choice((rng.uniform(-300, 300), float(rng.randint(-400, 400)), rng.uniform(-3, 3)))
        case(name, f, x, y)

for x in SMALL + SPECIAL[:20]:
    for n in (0, 1, -1, 2, 52, 1023, 1024, 1074, 1075, 2098, -1022, -1074, -1075, -2098,
              10 ** 30, -10 ** 30, 2 ** 63, -2 ** 63 - 1):
        case('ldexp', math.ldexp, x, n)
for _ in range(2000):
    case('ldexp', math.ldexp, rand_float(), rng.randint(-2200, 2200))


def vector(n):
    mode = rng.random()
    if mode < 0.3:
        return [rng.choice((-1, 1)) * rng.random() for _ in range(n)]
    if mode < 0.6:
        e = rng.uniform(-300, 300)
        return [rng.choice((-1, 1)) * rng.random() * 10.0 ** (e + rng.uniform(-8, 8)) for _ in range(n)]
    if mode < 0.8:
        return [rand_float() for _ in range(n)]
    return [rng.choice(SPECIAL + [1.0, 3.0, 4.0, 5.0, 12.0, 13.0]) for _ in range(n)]


for n in list(range(0, 6)) + [7, 10, 30]:
    for _ in range(600 if n < 6 else 150):
        v = vector(n)
        case('hypot', math.hypot, *v)
for n in range(0, 5):
    for _ in range(500):
        p, q = vector(n), vector(n)
        out.append('dist|%s=%s' % ('|'.join(enc(a, True) for a in p + q), call(math.dist, p, q)))
for n in (0, 1, 2, 3, 5, 10, 50):
    for _ in range(400 if n < 10 else 100):
        v = vector(n)
        if rng.random() < 0.3:  # cancellation
            v = v + [-a for a in v[:n // 2]] + [rng.choice((1e-16, 1e100, -1e-300, 1.0))]
            rng.shuffle(v)
        case('fsum', lambda *a: math.fsum(a), *v)
for v in ([1e308, 1e308], [1e308, 1e308, -1e308], [math.inf, -math.inf], [math.inf, math.nan],
          [1e308, 1e308, math.inf], [1e308, 1e308, -math.inf], [math.inf, 1e308, 1e308],
          [1.0, 1e100, 1.0, -1e100], [2.0 ** 1023, 2.0 ** 1023, -2.0 ** 1023],
          [1.7976931348623157e308, 9.979201547673598e291], [1.7976931348623157e308, 9.979201547673597e291],
          [-0.0, -0.0], [-0.0], [0.1] * 10, [1e-16, 1.0, 1e-16], [5e-324, 5e-324, -5e-324]):
    case('fsum', lambda *a: math.fsum(a), *v)

for _ in range(2000):
    a = rand_float()
    b = rng.choice((a, math.nextafter(a, math.inf), a * (1 + rng.uniform(-1e-8, 1e-8)), rand_float(),
                    a + rng.uniform(-1e-9, 1e-9)))
    rel = rng.choice((1e-9, 0.0, 1e-3, 0.5, 1.0, 2.0, -1.0, math.inf, math.nan))
    abst = rng.choice((0.0, 0.0, 1e-12, 1e-300, 1.0, -0.5, math.inf, math.nan))
    case('isclose', lambda a, b, r, t: math.isclose(a, b, rel_tol=r, abs_tol=t), a, b, rel, abst)
for a in SMALL:
    for b in SMALL:
        case('isclose', lambda a, b, r, t: math.isclose(a, b, rel_tol=r, abs_tol=t), a, b, 1e-9, 0.0)


def rand_int():
    k = rng.random()
    if k < 0.3:
        return rng.randint(-1000, 1000)
    if k < 0.6:
        return rng.choice((-1, 1)) * rng.getrandbits(rng.randint(1, 64))
    return rng.choice((-1, 1)) * rng.getrandbits(rng.randint(1, 400 if rng.random() < 0.9 else 3000))


INTS = [0, 1, -1, 2, 3, 10, 2 ** 53, 2 ** 53 + 1, 2 ** 63 - 1, 2 ** 63, 2 ** 64, 10 ** 308,
        2 ** 1023, 2 ** 1024 - 1, 2 ** 1024, 2 ** 1024 + 1, 2 ** 1025 - 1, 10 ** 1000,
        2 ** 10000, -(10 ** 1000), 10 ** 4000]
for name, f in (('logi', math.log), ('log2i', math.log2), ('log10i', math.log10)):
    for n in INTS + [rand_int() for _ in range(1500)]:
        case(name, f, n)
for n in INTS[:14] + [rand_int() for _ in range(100)]:
    for base in (2, 10, 1, 0, -2, 2.0, 0.5, 10.0, math.e, 1.0, math.inf, math.nan, 0.0):
        case('logib', math.log, n, base)
for n in INTS + [rand_int() for _ in range(600)]:
    case('isqrt', math.isqrt, n)
    case('isqrt', math.isqrt, n * n)
    case('isqrt', math.isqrt, n * n - 1)
for n in list(range(-3, 300)) + [rng.randint(300, 3000) for _ in range(20)] + [10000, 30000, 100000]:
    case('factorial', math.factorial, n)
for _ in range(2500):
    n = rng.choice((rng.randint(-5, 70), rng.randint(0, 2000), rng.getrandbits(70), 2 ** 64))
    k = rng.choice((rng.randint(-3, 70), rng.randint(0, 2 * max(n, 1)) if n < 10 ** 4 else rng.randint(0, 40),
                    n, n - 1 if n else 0, n + 1))
    case('comb', math.comb, n, k)
    if n < 10 ** 4 or k < 100 or k > n:  # perm(n, k) for huge n and k is astronomically large
        case('perm', math.perm, n, k)
for n in range(0, 40):
    case('perm1', math.perm, n)
for arity in range(0, 5):
    for _ in range(400):
        args = [rand_int() for _ in range(arity)]
        if arity and rng.random() < 0.5:
            m = rand_int()
            args = [a * m for a in args]
        args = [a >> max(0, a.bit_length() - 300) if rng.random() < 0.7 else a for a in args]
        case('gcd', math.gcd, *args)
        case('lcm', math.lcm, *args)

with gzip.GzipFile('math-cases.txt.gz', 'wb', mtime=0) as fh:
    fh.write(('\n'.join(out) + '\n').encode())
print(len(out), 'cases')
