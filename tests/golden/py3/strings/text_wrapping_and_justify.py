TEXT = ("Python is a programming language that lets you work quickly and integrate systems "
        "more effectively. It is used for web development, data analysis, automation, and "
        "much more; supercalifragilisticexpialidocious words must still fit somewhere.")

def wrap(text, width):
    lines, cur = [], ''
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(cur); cur = ''
            lines.append(word[:width]); word = word[width:]
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += ' ' + word
        else:
            lines.append(cur); cur = word
    if cur:
        lines.append(cur)
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return ''.join(w + ' ' * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]

for width in (30, 45):
    lines = wrap(TEXT, width)
    print(f"--- width {width}: {len(lines)} lines")
    for l in lines[:-1]:
        print('|' + justify(l, width) + '|')
    print('|' + lines[-1].ljust(width) + '|')
print(wrap("short", 10), wrap("", 10), wrap("abcdefghij", 4))
box = wrap(TEXT[:80], 20)
w = max(map(len, box))
print('+' + '-' * (w + 2) + '+')
for l in box:
    print('| ' + l.center(w) + ' |')
print('+' + '-' * (w + 2) + '+')
for l in box:
    print(l.rjust(22, '.'), l.zfill(22)[:6], l.expandtabs())
