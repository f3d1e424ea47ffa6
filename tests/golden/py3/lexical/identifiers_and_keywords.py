_private = 1
__dunder = 2
CamelCase = 3
snake_case_9 = 4
été = 5
π = 3.14
变量 = "chinese"
print(_private, __dunder, CamelCase, snake_case_9, été, π, 变量)
print("abc".isidentifier(), "9abc".isidentifier(), "été".isidentifier(), "a-b".isidentifier())
match = 1
case = 2
_ = 3
type = "shadowed"
print(match, case, _, type)
del type
print(type(1).__name__)
ﬁ = "ligature"
print(fi)
class match_:
    case = "attr"
print(match_.case)
print(sorted(k for k in dir() if not k.startswith('__'))[:6])
