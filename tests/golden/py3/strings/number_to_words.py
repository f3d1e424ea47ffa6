ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]

def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            head = f"{words(q)} {name}"
            if not r:
                return head
            sep = " and " if r < 100 else ", " if value > 100 else " "
            return head + sep + words(r)
    raise AssertionError(n)

for n in [0, 7, 13, 20, 21, 99, 100, 101, 110, 342, 1000, 1001, 1234, 90000, 100100, 1000000, 1234567, -45, 10 ** 12 + 1]:
    print(f"{n:>14,}  {words(n)}")
letters = sum(len(words(n).replace(" ", "").replace("-", "").replace(",", "")) for n in range(1, 1001))
print("letters 1..1000:", letters)
def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
print(' '.join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003]))
longest = max(range(1, 1000), key=lambda n: (len(words(n)), n))
print(longest, words(longest))
