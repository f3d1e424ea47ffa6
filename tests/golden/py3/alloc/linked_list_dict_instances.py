class Cell:
    def __init__(self, value, rest=None):
        self.value = value
        self.rest = rest
        self.tag = "c%d" % (value % 10)
def build(n):
    lst = None
    for i in range(n):
        lst = Cell(i, lst)
    return lst
checksum = 0
for round_no in range(4):
    lst = build(50_000)
    s = 0
    tags = {}
    while lst is not None:
        s += lst.value * (round_no + 1)
        tags[lst.tag] = tags.get(lst.tag, 0) + 1
        lst = lst.rest
    checksum += s
    print(round_no, s, sorted(tags.items())[:3])
print(checksum)
