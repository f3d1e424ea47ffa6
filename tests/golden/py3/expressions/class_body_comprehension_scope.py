class A:
    x = 10
    ys = [1, 2, 3]
    doubled = [y * 2 for y in ys]          # ys evaluated in class scope (outermost iterable)
    try:
        bad = [y + x for y in ys]          # x is not visible inside the comprehension
    except NameError as e:
        err = str(e)
    pairs = {k: k * k for k in range(3)}
    gen_first = list(z for z in ys)
print(A.doubled, A.err, A.pairs, A.gen_first)
print(hasattr(A, 'y'), hasattr(A, 'k'))

x = 'module'
class B:
    x = 'class'
    from_comp = [x for _ in range(2)]
    lam = (lambda: x)
    def meth(self):
        return x
print(B.from_comp, B.lam(), B().meth())

def outer():
    v = 'enclosing'
    class C:
        v = 'class'
        comp = [v for _ in range(1)]
        direct = v
    return C.comp, C.direct
print(outer())

class D:
    n = 3
    rows = [[i * j for j in range(3)] for i in range(n)]
print(D.rows)
class E:
    n = 3
    rows = [[i * n for j in range(2)] for i in range(2)]
