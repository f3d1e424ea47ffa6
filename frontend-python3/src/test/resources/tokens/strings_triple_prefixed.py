x = rb"""raw\
bytes"""
y = f'''{a}
{b!r:>10}'''
