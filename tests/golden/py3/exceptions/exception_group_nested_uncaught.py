def task(n):
    if n % 2:
        raise ValueError(f"odd input {n}")
    return n
def run_all(inputs):
    errors = []
    for n in inputs:
        try:
            task(n)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("task failures", errors)
run_all([0, 2])
print("no failures for evens")
try:
    run_all([1, 2, 3])
except ExceptionGroup as g:
    print(g.message, [str(e) for e in g.exceptions])
raise ExceptionGroup("top", [TypeError("first"), ExceptionGroup("sub", [KeyError("x")])])
