print('single', "double", '''triple single''', """triple double""")
print(r'raw\n', R"raw\t", u'unicode', U"U")
print(b'bytes', B"BYTES", rb'\x00', Rb'\d', bR'\s', BR"x", br'y', Br'z')
print(f'{1+1}', F"{'x'}", rf'\n{2}', fR'{3}\t', Rf"{4}", FR'{5}')
print('adjacent' "concat" '''enation''')
print(b'a' b'b', 'x' r'\y')
print("it's", 'say "hi"', '''both ' and "''', """a "" b""")
print(repr(r'\''), repr(r"\""), len(r'\\'))
print(type(b'').__name__, type(rb'').__name__, type(f'').__name__)
print('multi\
line')
s = """line one
  line two
line three"""
print(s.splitlines())
print(repr('''\
no leading newline'''))
