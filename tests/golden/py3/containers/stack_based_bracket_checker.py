PAIRS = {')': '(', ']': '[', '}': '{', '>': '<'}
def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in '([{<':
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {i}"
            top, j = stack.pop()
            if top != PAIRS[ch]:
                return f"mismatch {top!r}@{j} vs {ch!r}@{i}"
    if stack:
        return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
    return "ok"
for s in ["", "()", "([]{<>})", "(]", "((", "())", "a(b[c]d)e", "{[(<>)]}}", "<<<>>", "([)]"]:
    print(f"{s!r:14} {check(s)}")

def rpn(expr):
    st = []
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            if len(st) < 2:
                raise ValueError(f"stack underflow at {tok!r}")
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(int(tok))
    if len(st) != 1:
        raise ValueError(f"leftover stack {st}")
    return st[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1 +", "1 2", "6 3 /", "x"]:
    try:
        print(e, '=', rpn(e))
    except ValueError as ex:
        print(e, "ValueError:", ex)

def to_rpn(tokens):
    prec = {'+': 1, '-': 1, '*': 2, '/': 2}
    out, ops = [], []
    for t in tokens:
        if t.isdigit(): out.append(t)
        elif t == '(': ops.append(t)
        elif t == ')':
            while ops[-1] != '(': out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != '(' and prec[ops[-1]] >= prec[t]:
                out.append(ops.pop())
            ops.append(t)
    return ' '.join(out + ops[::-1])
for infix in ["3 + 4 * 2", "( 1 + 2 ) * ( 3 + 4 )", "8 / 2 / 2", "1 - 2 - 3"]:
    r = to_rpn(infix.split())
    print(infix, '->', r, '=', rpn(r))
