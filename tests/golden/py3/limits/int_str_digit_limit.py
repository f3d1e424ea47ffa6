import sys
big = 10 ** 4299
print(len(str(big)))
s = "7" * 4300
print(int(s) % 1000)
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(hex(10 ** 5000)[:10], len(bin(2 ** 20000)))
print(int("f" * 5000, 16) == 16 ** 5000 - 1)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)
print(f"{10 ** 5000:d}")
