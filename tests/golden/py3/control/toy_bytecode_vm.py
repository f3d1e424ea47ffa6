class VMError(Exception):
    pass

def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.split(';')[0].strip()
        if not line:
            continue
        if ':' in line:
            label, _, line = line.partition(':')
            labels[label.strip()] = len(code)
            line = line.strip()
            if not line:
                continue
        op, *args = line.split()
        code.append((op.upper(), *[int(a) if a.lstrip('-').isdigit() else a for a in args]))
    return [(op, *[labels.get(a, a) for a in args]) for op, *args in code]

def run(code, max_steps=10000, trace=False):
    stack, pc, out, steps, variables = [], 0, [], 0, {}
    binops = {'ADD': lambda a, b: a + b, 'SUB': lambda a, b: a - b,
              'MUL': lambda a, b: a * b, 'DIV': lambda a, b: a // b,
              'MOD': lambda a, b: a % b, 'LT': lambda a, b: int(a < b),
              'EQ': lambda a, b: int(a == b)}
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise VMError(f"step limit at pc={pc}")
        op, *args = code[pc]
        if trace:
            print(f"  {pc:3} {op:6} {args} {stack}")
        pc += 1
        if op == 'PUSH': stack.append(args[0])
        elif op == 'POP': stack.pop()
        elif op == 'DUP': stack.append(stack[-1])
        elif op == 'SWAP': stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in binops:
            b, a = stack.pop(), stack.pop()
            try:
                stack.append(binops[op](a, b))
            except ZeroDivisionError:
                raise VMError(f"division by zero at pc={pc - 1}") from None
        elif op == 'JMP': pc = args[0]
        elif op == 'JZ':
            if stack.pop() == 0: pc = args[0]
        elif op == 'STORE': variables[args[0]] = stack.pop()
        elif op == 'LOAD':
            if args[0] not in variables:
                raise VMError(f"undefined variable {args[0]}")
            stack.append(variables[args[0]])
        elif op == 'PRINT': out.append(stack.pop())
        elif op == 'HALT': break
        else:
            raise VMError(f"bad opcode {op}")
    return out, steps

factorial = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
print(run(assemble(factorial)))
fizz = """
    push 1
    store i
top: load i
    push 16
    lt
    jz end
    load i
    push 3
    mod
    jz three
    load i
    print
    jmp next
three: push -3
    print
next: load i
    push 1
    add
    store i
    jmp top
end:
"""
print(run(assemble(fizz)))
print(run(assemble("push 2\npush 3\nswap\nsub\ndup\nmul\nprint"), trace=True))
for prog in ["push 1\npush 0\ndiv", "load x", "frob", "top: jmp top"]:
    try:
        run(assemble(prog), max_steps=50)
    except VMError as e:
        print("VMError:", e)
run(assemble("pop"))
