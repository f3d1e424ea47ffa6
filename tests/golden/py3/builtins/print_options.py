import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="", end="|\n")
print(1, 2.5, None, True, [1, "x"], (1,), {"k": 1})
print("no newline", end="")
print(" then more")
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("x", "y", sep=None, end=None)
print(sep="::")
print("multi\nline", "value")
print("", end="")
print("tab\tsep", 3, sep="\t")
print(*[], sep="X", end="[end]\n")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", end=[])
except TypeError as e:
    print("TypeError:", e)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(), S()))
sys.stdout.write("written directly\n")
print("last line without newline", end="")
