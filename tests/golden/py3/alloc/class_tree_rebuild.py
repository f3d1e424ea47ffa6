class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
def insert(root, key):
    if root is None:
        return TreeNode(key)
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = TreeNode(key)
                return root
            node = node.left
        else:
            if node.right is None:
                node.right = TreeNode(key)
                return root
            node = node.right
def inorder_sum(root):
    total, count, stack, node = 0, 0, [], root
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        node = stack.pop()
        total += node.key
        count += 1
        node = node.right
    return total, count
def height(root):
    best, stack = 0, [(root, 1)]
    while stack:
        n, h = stack.pop()
        if n:
            best = max(best, h)
            stack.append((n.left, h + 1))
            stack.append((n.right, h + 1))
    return best
seed = 12345
for rnd in range(5):
    root = None
    for _ in range(20_000):
        seed = (seed * 1103515245 + 12345) % 2**31
        root = insert(root, seed % 100_000)
    print(rnd, inorder_sum(root), height(root))
    root = None
