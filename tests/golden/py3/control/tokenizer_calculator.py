# A small tokenizer and recursive-descent calculator.
def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            toks.append(('num', float(text) if '.' in text else int(text)))
            i = j
        elif c in '+-*/()%^':
            toks.append(('op', c))
            i += 1
        else:
            raise SyntaxError(f"bad char {c!r} at {i}")
    toks.append(('end', None))
    return toks

class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        t = self.toks[self.pos]; self.pos += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == 'op' and self.peek()[1] in '*/%':
            op = self.take()[1]
            r = self.factor()
            if op == '*': v *= r
            elif op == '/': v /= r
            else: v %= r
        return v
    def factor(self):
        b = self.unary()
        if self.peek() == ('op', '^'):
            self.take()
            return b ** self.factor()
        return b
    def unary(self):
        t = self.take()
        if t == ('op', '-'):
            return -self.unary()
        if t == ('op', '('):
            v = self.expr()
            if self.take() != ('op', ')'):
                raise SyntaxError("expected )")
            return v
        if t[0] == 'num':
            return t[1]
        raise SyntaxError(f"unexpected {t}")

def calc(s):
    p = Parser(tokenize(s))
    v = p.expr()
    if p.peek()[0] != 'end':
        raise SyntaxError("trailing input")
    return v

for s in ["1+2*3", "(1+2)*3", "2^3^2", "-2^2", "10/4", "10%3", "7 - -3",
          "1.5*4", "((2))", "2*(3+4)*5", "1/0", "3 $ 4", "(1+2", "1 2"]:
    try:
        print(f"{s!r:14} = {calc(s)!r}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{s!r:14} ! {type(e).__name__}: {e}")
print(tokenize("12+3.5")[:3])
