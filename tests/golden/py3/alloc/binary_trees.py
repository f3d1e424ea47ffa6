def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))
def check(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + check(left) + check(right)
max_depth = 16
stretch = make(max_depth + 1)
print("stretch tree of depth %d\t check: %d" % (max_depth + 1, check(stretch)))
del stretch
long_lived = make(max_depth)
for d in range(4, max_depth + 1, 2):
    iterations = 2 ** (max_depth - d + 4)
    c = 0
    for _ in range(iterations // 8):
        c += check(make(d))
    print("%d\t trees of depth %d\t check: %d" % (iterations // 8, d, c))
print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))
