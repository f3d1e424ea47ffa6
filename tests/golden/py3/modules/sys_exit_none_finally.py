import sys
def work():
    try:
        print("in try")
        sys.exit(None)
    finally:
        print("finally runs on exit")
try:
    work()
finally:
    print("outer finally")
print("never")
