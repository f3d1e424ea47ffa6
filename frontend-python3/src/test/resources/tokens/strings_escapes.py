a = "tab\tnew\nquote\" end"
b = '\''
c = "\\"
d = "x\
y"
