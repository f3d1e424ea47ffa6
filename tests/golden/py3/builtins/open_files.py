# open(): text and binary files, modes, newlines, encodings, errors.
# Files are written next to this program as open_files_tmp_* (see .gitignore),
# found through __file__ since a runner may not start the program in its directory.

D = __file__[:__file__.rfind("/") + 1]
T = D + "open_files_tmp_text.txt"
B = D + "open_files_tmp_data.bin"
X = D + "open_files_tmp_excl.txt"

# Writing and reading text.
f = open(T, "w")
print(f)
print(type(f).__name__, type(f).__module__, f.name, f.mode, f.encoding, f.closed)
print(f.write("alpha\n"), f.write("beta\r\ngamma\rdelta"), f.write(""))
f.writelines(["\n", "one\n", "two\n"])
f.close()
print(f.closed, f)

with open(T) as f:
    print(repr(f.read()))
    print(repr(f.read()))
with open(T, "r", newline="") as f:
    print(f.readlines())
with open(T, newline="\n") as f:
    print(list(f))
with open(T, newline="\r") as f:
    print(list(f))
with open(T, newline="\r\n") as f:
    print(list(f))
with open(T, "rt") as f:
    print(f.mode, repr(f.readline()), repr(f.readline(2)), repr(f.readline()), repr(f.read(3)))
    for line in f:
        print("line:", repr(line))
    print(repr(f.readline()), repr(f.read(5)))

# Line iteration, enumerate, with-statement result.
with open(T) as f:
    print([(i, len(l)) for i, l in enumerate(f)])
with open(T) as f:
    print(f.readlines(3))
    print(next(f))
print(f.closed)

# Appending.
with open(T, "a") as f:
    print(f.mode, f.write("three\n"))
with open(T, "a+") as f:
    f.write("four\n")
    f.seek(0)
    print(f.read().splitlines())

# w+ / r+
with open(T, "w+") as f:
    f.write("abc\ndef\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()), f.tell())
with open(T, "r+") as f:
    print(repr(f.readline()))
    f.seek(0, 2)
    f.write("ghi\n")
    f.seek(0)
    print(f.readlines())
    print(f.readable(), f.writable(), f.seekable())
    print(f.truncate(4), f.tell())
with open(T) as f:
    print(repr(f.read()))

# Encodings and errors.
text = "caf\xe9 na\xefve \u20ac"
for enc in ["utf-8", "latin-1", "utf-16", "cp1252"]:
    try:
        with open(T, "w", encoding=enc) as f:
            print(enc, f.write(text), f.encoding)
        with open(B, "rb") if False else open(T, "rb") as f:
            print(f.read())
        with open(T, encoding=enc) as f:
            print(repr(f.read()))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
try:
    with open(T, "w", encoding="ascii") as f:
        f.write(text)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open(T, "w", encoding="ascii", errors="replace") as f:
    f.write(text)
with open(T, encoding="ascii") as f:
    print(repr(f.read()))
with open(T, "w", encoding="latin-1") as f:
    f.write("\xe9t\xe9\n")
try:
    with open(T, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(T, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()), f.errors)
with open(T, encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
try:
    open(T, encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)

# Long text with multi-byte characters crossing buffer boundaries.
long_text = "".join("line %d \u00e9\u4e2d\U0001F600\n" % i for i in range(3000))
with open(T, "w") as f:
    print(f.write(long_text))
with open(T) as f:
    data = f.read()
print(data == long_text, len(data))
with open(T) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end="")
with open(T) as f:
    n = 0
    while True:
        chunk = f.read(7)
        if not chunk:
            break
        n += len(chunk)
print(n)

# Binary files.
with open(B, "wb") as f:
    print(f)
    print(type(f).__name__, f.mode, f.name)
    print(f.write(b"\x00\x01\x02line1\nline2\n"), f.write(bytearray(b"xyz")), f.write(memoryview(b"!")))
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
    print(f.tell())
with open(B, "rb") as f:
    print(f, f.mode)
    print(f.read(3), f.tell())
    print(f.readline())
    print(list(f))
    print(f.read(), f.tell())
    print(f.seek(0), f.read(1), f.seek(-2, 2), f.read(), f.seek(3), f.seek(2, 1), f.read(4))
with open(B, "ab") as f:
    print(type(f).__name__, f.mode, f.tell())
    f.write(b"END")
with open(B, "rb") as f:
    print(f.readlines())
with open(B, "r+b") as f:
    print(f, f.mode)
    f.seek(3)
    f.write(b"LINE")
    f.seek(0)
    print(f.read())
with open(B, "wb+") as f:
    print(type(f).__name__, f.mode)
    f.write(b"0123456789")
    f.seek(4)
    print(f.read(3), f.tell())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())

# Text writes check their argument.
with open(T, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
with open(T) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)

# Exclusive creation.
with open(X, "w") as f:
    pass
try:
    open(X, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)

# Missing files and directories.
try:
    open(D + "open_files_tmp_missing.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.strerror, repr(e.filename), isinstance(e, OSError))
try:
    open(D + "open_files_tmp_missing_dir/inner.txt", "w")
except OSError as e:
    print(type(e).__name__, e)
try:
    open(D or ".")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open(D or ".", "w")
except OSError as e:
    print(type(e).__name__, e)

# Closed files.
f = open(T)
f.close()
f.close()
for op in [lambda: f.read(), lambda: f.readline(), lambda: f.write("x"), lambda: f.tell(),
           lambda: f.seek(0), lambda: list(f), lambda: f.flush(), lambda: f.__enter__()]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
g = open(B, "rb")
g.close()
for op in [lambda: g.read(), lambda: g.tell(), lambda: next(g)]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)

# Bad arguments.
for args, kwargs in [((T, "rw"), {}), ((T, "rr"), {}), ((T, "q"), {}), ((T, "rbt"), {}),
                     ((T, "b"), {}), ((T, "rb"), {"encoding": "utf-8"}),
                     ((T, "rb"), {"errors": "strict"}), ((T, "rb"), {"newline": ""}),
                     ((T, "r"), {"buffering": 0}), ((T, "r"), {"newline": "x"}),
                     ((T, 5), {}), ((3.5,), {}), ((T,), {"encoding": 3})]:
    try:
        open(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# An exception inside with still closes the file.
try:
    with open(T, "w") as f:
        f.write("partial")
        raise KeyError("boom")
except KeyError:
    print("closed after error:", f.closed)
with open(T) as f:
    print(f.read())

# print() to a file.
with open(T, "w") as f:
    print("to", "file", sep="-", file=f)
    print(42, file=f, end="!\n")
with open(T) as f:
    print(repr(f.read()))

print("done")
