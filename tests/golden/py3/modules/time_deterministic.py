import time
t = time.time()
print(type(t).__name__, t > 1.5e9, type(time.monotonic()).__name__, type(time.perf_counter()).__name__, type(time.time_ns()).__name__)
a = time.monotonic()
b = time.monotonic()
print(b >= a, time.sleep(0), time.sleep(0.0))
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, tuple(g))
g2 = time.gmtime(1234567890)
print(tuple(g2), g2.tm_year, g2[0], len(g2))
st = time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0))
for fmt in ["%Y-%m-%d", "%H:%M:%S", "%y %j", "%d/%m/%Y %H:%M", "%%literal", "%Y%m%dT%H%M%S", "%I %p", "%a %A %b %B"]:
    print(repr(fmt), time.strftime(fmt, st))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)), time.strftime("%j", time.gmtime(86400 * 59)))
print(time.asctime(st), time.asctime(time.gmtime(0)))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)).tm_wday, st.tm_zone if False else "skip", len(st), st[:3])
print(time.gmtime(-86400)[:6], time.gmtime(2**31)[:6])
time.sleep("1")
