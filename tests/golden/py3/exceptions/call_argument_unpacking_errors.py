def f(x): pass
class A:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
for t in [lambda: f(*5), lambda: f(**5), lambda: f(x=1, **{'x': 2}), lambda: A().m(*5), lambda: A.m(*5), lambda: A.s(*5), lambda: A().m(x=1, **{'x':1}), lambda: print(*5), lambda: len(**5), lambda: (lambda: 0)(*1), lambda: A(*1), lambda: A().m(**{1:1}), lambda: int.__add__(*1), lambda: [].append(*1), lambda: dict(**{1:2})]:
    try: t()
    except TypeError as e: print(e)
