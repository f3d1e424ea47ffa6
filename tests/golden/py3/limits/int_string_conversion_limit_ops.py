import sys
print(sys.get_int_max_str_digits())
n = 10 ** 4299
print(len(str(n)))
try:
    str(n * 10)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("9" * 4300) % 97)
print(hex(10 ** 5000)[:12], len(bin(2 ** 20000)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    print(f"{10 ** 5000}")
except ValueError as e:
    print("ValueError:", e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), int("1" * 640) % 7)
try:
    repr(10 ** 700)
except ValueError as e:
    print("ValueError:", e)
print(int("f" * 2000, 16) % 1000, int("1" * 1000, 2) % 1000)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
x = int("7" * 640)
print(str(x)[-5:])
print(x * 10)
