def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"out of order: {a} > {b}"
    return True

print(check_sorted([1, 2, 2, 5]))
try:
    check_sorted([1, 3, 2])
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-str message:", e.args)
x = 0
assert (x := x + 1), "never"
print("walrus in assert", x)
assert (False, "tuple is truthy")
print("tuple assert passed")
def validate(cfg):
    assert isinstance(cfg, dict), type(cfg)
    assert 'port' in cfg, "missing port"
    assert 0 < cfg['port'] < 65536, cfg['port']
    return cfg['port']
for cfg in [{'port': 80}, [], {}, {'port': 70000}]:
    try:
        print(validate(cfg))
    except AssertionError as e:
        print("invalid:", e)
validate({'port': -1, 'host': 'h'})
