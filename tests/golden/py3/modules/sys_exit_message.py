import sys
print("exiting with a message")
sys.stdout.flush()
sys.exit("fatal: something went wrong")
