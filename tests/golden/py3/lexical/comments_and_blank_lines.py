# leading comment

#!not a shebang here

x = 1  # trailing comment
# comment between statements
y = 2
print(x + y)  # print it
def f():
    # comment inside function

    return "f"  # returning

    # comment after return
print(f())
s = "# not a comment"
print(s)
t = '''
# inside triple quotes
'''
print(repr(t))
if x:
# comment at column zero inside block
    print("block")
    
    print("after whitespace-only line")
"""a docstring-like expression statement"""
print(f.__doc__)
def g():
    """Doc of g."""
    return 1
print(g.__doc__, g())
