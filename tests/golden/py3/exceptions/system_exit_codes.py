import sys
for arg in (None, 0, 3, "message", (1, 2)):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code", e.code)
try:
    exit_called = True
    raise SystemExit(5)
except Exception:
    print("never: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
def cleanup():
    try:
        sys.exit(4)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup()
except SystemExit as e:
    print("code", e.code)
print("about to exit with 3")
sys.stdout.flush()
sys.exit(3)
