import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, type(tb).__name__, file=sys.stderr)
    print("hook out")
    raise KeyError("in hook")
sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__)
raise ValueError("boom")
