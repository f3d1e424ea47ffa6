a = "double"
b = 'single'
c = ""
d = ''
e = "it's"
f = 'say "hi"'
