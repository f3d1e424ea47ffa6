total = 1 + \
    2 + \
    3
print(total)
values = [1,
          2,
  3]
print(values)
d = {
    'a': 1,
        'b': 2,
}
print(sorted(d.items()))
def f(a,
      b=2,
      *, c=3):
    return a + b + c
print(f(1,
        c=10))
if (total > 3 and
        total < 10):
    print("in range")
x = (1 +
2)
print(x)
s = ('abc'
     'def')
print(s)
if True: print("one-liner"); print("two")
a = 1; b = 2; c = a + b; print(c)
for i in range(2): print(i)
print("end")  # trailing comment \
