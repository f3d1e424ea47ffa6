a < b <= c != d
x not in y
x is not y
