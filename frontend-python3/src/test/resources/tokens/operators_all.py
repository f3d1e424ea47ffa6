a + b - c * d / e // f % g ** h @ i
a << b >> c & d | e ^ f
~a
a < b > c <= d >= e == f != g
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1
a **= 1; a @= b; a &= 1; a |= 1; a ^= 1; a >>= 1; a <<= 1
