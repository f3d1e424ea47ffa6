class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child
def depth_sum(node):
    if node is None:
        return 0
    return node.value + depth_sum(node.child)
def build(values):
    node = None
    for v in reversed(values):
        node = Node(v, node)
    return node
print(depth_sum(build([1, 2, 3])))
def compute(values):
    tree = build(values)
    return depth_sum(tree) * 2
data = [1, 2, None, 4]
result = compute(data)
print(result)
