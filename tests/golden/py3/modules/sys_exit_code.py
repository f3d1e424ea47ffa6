import sys
print("about to exit with 3")
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no arg:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("string arg:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("tuple:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(5)
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
sys.exit(3)
