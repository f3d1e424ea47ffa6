data = [("alpha", 1.5, 10), ("beta", 22.25, 200), ("gamma", 333.125, 3000)]
for width in [6, 10]:
    for prec in [0, 2]:
        for name, val, n in data:
            print("{0:<{w}}|{1:>{w}.{p}f}|{2:^{w},}|".format(name, val, n, w=width, p=prec))
for align in "<^>=":
    print("[{:{a}10}] [{:*{a}10}] [{:{a}+10.2f}]".format(42, -42, 3.14159, a=align))
spec = ">12.3e"
print(f"{12345.6789:{spec}}", f"{'s':{'^'}{5}}", "{:{}}".format("x", "4"), "{0:{1}{2}}".format(7, "0", "5"))
for fill in "*0 .":
    print(format(-17, fill + "=8"), format(17, fill + "^8"), format("t", fill + ">4"))
print("{:010,.2f}".format(-1234567.891), "{:+,}".format(10**12), "{:_x}".format(0xDEADBEEF), "{:#_b}".format(1023))
print("{:,d}".format(-987654321), "{:08,}".format(12345), "{:012_}".format(123456789))
print("{0:.{1}g}".format(1 / 7, 3), "{0:.{1}%}".format(1 / 7, 1), "{0:#.{1}x}".format(255, 0) if False else "{0:#x}".format(255))
print("{:e}".format(0), "{:.2e}".format(-0.0), "{:g}".format(1e-5), "{:g}".format(1e-4), "{:g}".format(123456789), "{:.0g}".format(0.5))
print("{:n}".format(1234567), "{:.3n}".format(1234.5678), "{:c}{:c}".format(0x41, 0x263A))
try:
    "{:{}{}{}}".format(1, ">", "<", "5")
except ValueError as e:
    print("ValueError:", e)
print("{0:{1}}".format(1, "{"))
