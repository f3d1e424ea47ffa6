def two_spaces():
  x = 1
  if x:
    return "two"
def eight_spaces():
        if True:
                return "eight"
def mixed_blocks():
    if 1: a = 1; b = 2; return a + b
class Compact: x = 1; y = 2
print(two_spaces(), eight_spaces(), mixed_blocks(), Compact.x + Compact.y)
for i in range(3): print(i, end=';'); print('|', end='')
print()
while False: pass
else: print("while-else on one line")
if (1 +
        2 == 3):
    print("paren continuation")
total = 1 + \
    2 + \
    3
print(total)
data = {
  'a': [1,
      2],
        'b': (3,
  4),
}
print(data)
def f(a,
      b=2,
          *c):
    return a, b, c
print(f(1), f(1, 3, 4, 5))
x = 5; y = 6;
print(x, y)
if x: pass
elif y: pass
else: pass
try: 1 / 0
except ZeroDivisionError: print("one-line try")
finally: print("one-line finally")
import sys; sys.stdout.write("semicolon import\n")
lam = (lambda:
       "lambda across lines")
print(lam())
src = "if True:\n\tx = 1\n        y = 2\n"
try:
    exec(src)
except (TabError, IndentationError) as e:
    print(type(e).__name__, e.msg, e.lineno)
