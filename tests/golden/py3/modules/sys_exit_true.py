import sys
print("exit(True) means status 1")
raise SystemExit(True)
