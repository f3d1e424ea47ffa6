a = 'single' "double" '''triple''' """triple double"""
b = r'raw\n' R"RAW\d" rb'raw bytes\x00' Br"x" b'bytes\x00\xff\n' B"x"
c = u'unicode' U'upper'
d = 'escapes \\ \' \" \a \b \f \n \r \t \v \0 \012 \x41 \u00e9 \U0001F600 \N{BULLET} \q'
e = b'\\ \' \a \x7f \101 \q'
f = 'line one \
line two'
g = """multi
line
string"""
h = 'é' 'ü' + 'ß'
i = 'implicit' 'concat' \
    'across lines'
j = ('paren'
     'concat')
k = 'a' u'b'
l = u'a' 'b'
m = b'a' b'b'
n = '\N{LATIN SMALL LETTER A}\N{latin small letter b}'
o = "quote ' inside", 'quote " inside', 'both \' and "'
p = ''
q = '\x00\x1f\x7f\x80\xa0\u2028\U0010ffff'
