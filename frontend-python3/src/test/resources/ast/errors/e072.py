'abc' b'x'
