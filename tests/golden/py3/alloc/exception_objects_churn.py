class AppError(Exception):
    def __init__(self, code, payload):
        super().__init__(code)
        self.code = code
        self.payload = payload
caught = 0
codes = 0
for i in range(150_000):
    try:
        if i % 3 == 0:
            raise AppError(i % 17, [i] * 3)
        elif i % 3 == 1:
            {}[i]
        else:
            raise ValueError(i)
    except AppError as e:
        caught += 1
        codes += e.code + len(e.payload)
    except KeyError as e:
        caught += 1
        codes += e.args[0] % 5
    except ValueError as e:
        caught += 1
        codes += 1
print(caught, codes)
def thrower(n):
    if n == 0:
        raise RuntimeError("bottom")
    return thrower(n - 1)
depth_total = 0
for i in range(3000):
    try:
        thrower(i % 40)
    except RuntimeError as e:
        tb = e.__traceback__
        d = 0
        while tb is not None:
            d += 1
            tb = tb.tb_next
        depth_total += d
print(depth_total)
