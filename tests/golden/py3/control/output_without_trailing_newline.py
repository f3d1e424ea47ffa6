import sys
print("first line")
print("no newline here", end="")
print(" -- continued", end="|")
sys.stdout.write("written directly")
sys.stderr.write("a warning on stderr\n")
sys.stderr.write("stderr also ends without newline")
print(end="")
print("", "x", sep="", end="")
