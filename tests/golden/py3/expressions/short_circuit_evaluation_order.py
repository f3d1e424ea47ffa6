log = []
def v(name, val):
    log.append(name)
    return val
def show(label, result):
    print(f"{label:28} -> {result!r:8} evaluated {log}")
    log.clear()
show("a and b", v('a', 1) and v('b', 2))
show("falsy and b", v('a', 0) and v('b', 2))
show("a or b", v('a', '') or v('b', 'B'))
show("truthy or b", v('a', 'A') or v('b', 'B'))
show("not a", not v('a', []))
show("chain a<b<c", v('a', 1) < v('b', 2) < v('c', 3))
show("chain short", v('a', 3) < v('b', 2) < v('c', 1))
show("ternary", v('t', 'yes') if v('cond', 0) else v('f', 'no'))
show("call args order", (lambda *a: a)(v('x', 1), v('y', 2), v('z', 3)))
show("dict literal order", {v('k1', 'a'): v('v1', 1), v('k2', 'b'): v('v2', 2)})
show("subscript order", v('obj', [10, 20])[v('idx', 1)])
show("binary op order", v('l', 2) ** v('r', 3))
show("any short circuits", any(v(str(i), i > 1) for i in range(5)))
show("all short circuits", all(v(str(i), i < 2) for i in range(5)))
show("mixed and/or", v('a', 0) or v('b', 1) and v('c', 0) or v('d', 'D'))
d = {}
def key(k):
    log.append('key ' + k); return k
def val(x):
    log.append('val ' + str(x)); return x
d[key('a')] = val(1)
show("assignment order", d)
x = [0, 0]
i = 0
i, x[i] = 1, 5
print("tuple assign left to right:", i, x)
a = b = []
a.append(1)
print("a = b = []", b, a is b)
class R:
    def __repr__(self):
        return 'R()'
    def __bool__(self):
        log.append('bool'); return False
show("and returns operand", R() and 1)
log.clear()
print(repr(0 or ''), repr('' and 0), repr(None or 0 or [] or 'last'), repr(1 and 2 and 3))
