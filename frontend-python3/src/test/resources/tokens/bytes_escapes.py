b = b"\x00\xff\'"
r = rb"\"\n"
