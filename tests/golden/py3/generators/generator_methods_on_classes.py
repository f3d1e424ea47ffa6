class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sum(t), max(t))
for depth, v in t.depth_first():
    print("  " * depth + str(v))
class Squares:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
s = Squares(4)
print(list(s), list(s), 9 in s)
class Lines:
    def __init__(self, text): self.text = text
    def words(self):
        for line in self.text.split("\n"):
            for w in line.split():
                yield w.lower()
print(sorted(set(Lines("The cat\nthe Dog\nA cat").words())))
def gen_attr():
    yield 1
gen = gen_attr()
print(gen.gi_code.co_name, gen_attr.__code__.co_flags & 0x20 == 0x20)
print(hasattr(gen, "send"), hasattr(gen, "throw"), hasattr(gen, "close"), iter(gen) is gen)
