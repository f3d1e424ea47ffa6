def f(x) -> int:
    if (n := len(x)) > 10:
        return n
