class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, list(children)
    def preorder(self):
        yield self.value
        for c in self.children:
            yield from c.preorder()
    def postorder(self):
        for c in self.children:
            yield from c.postorder()
        yield self.value
    def levels(self):
        level = [self]
        while level:
            yield [n.value for n in level]
            level = [c for n in level for c in n.children]
    def paths(self, prefix=()):
        p = prefix + (self.value,)
        if not self.children:
            yield p
        for c in self.children:
            yield from c.paths(p)
    def depth_first_iter(self):
        stack = [(self, 0)]
        while stack:
            node, d = stack.pop()
            yield d, node.value
            stack.extend((c, d + 1) for c in reversed(node.children))

t = Tree('root', Tree('a', Tree('a1'), Tree('a2', Tree('a2x'))), Tree('b'), Tree('c', Tree('c1')))
print(list(t.preorder()))
print(list(t.postorder()))
print(list(t.levels()))
print(list(t.paths()))
for d, v in t.depth_first_iter():
    print('  ' * d + v)
def find(tree, pred):
    return next((v for v in tree.preorder() if pred(v)), None)
print(find(t, lambda v: v.endswith('x')), find(t, lambda v: v == 'zz'))
deep = Tree(0)
node = deep
for i in range(1, 200):
    child = Tree(i)
    node.children.append(child)
    node = child
print(sum(deep.preorder()), len(list(deep.levels())), next(deep.paths())[-1])
g = t.preorder()
print(next(g), next(g))
g.close()
print(list(g))
