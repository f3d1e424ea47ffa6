{a: b for b, c in d, e}
