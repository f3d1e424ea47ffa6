print(*a)
x = *a, b
*a, = b
