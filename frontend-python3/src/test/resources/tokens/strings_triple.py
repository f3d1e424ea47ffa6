s = """one
two
  three"""
t = '''a'b''c'''
u = """"quoted" inside"""
v = """ends with quote\""""
