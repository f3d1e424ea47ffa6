#!/usr/bin/env python3
"""Writes the expected data of the dev.pyxis.python.support Unicode tests from CPython 3.11.

Run with ``PYENV_VERSION=3.11.7 python tools/gen-unicode-tests.py`` from the repository root.
Outputs, under bundles/python-runtime/src/test/resources/dev/pyxis/python/support/:

* ``expected-codepoints.txt.gz``: every code point's str predicates, full case mappings and
  unicodedata properties, as runs of code points that share them (mappings as deltas).
* ``expected-names.txt.gz``: a CRC-32 of the names of every block of code points, and lookups.
* ``expected-str.txt.gz``: random and edge cases of the str methods, repr and ascii.
* ``expected-codecs.txt.gz``: codec lookups, encodings and decodings with every error handler.

Case files hold one case per line, tab-separated tokens: an operation name, its arguments, "=>",
then the result. Tokens: ``s:`` string (characters outside 0x20..0x7E and the backslash written
as ``\\{hex}``), ``i:`` int, ``t:``/``f:`` bool, ``n:`` None, ``b:`` bytes in hex, ``L:count``
followed by that many tokens, ``E:Type`` followed by the message (and for Unicode errors the
encoding, start, end and reason).  The generator is seeded, so reruns give the same files.
"""
import codecs
import gzip
import os
import random
import sys
import unicodedata
import zlib

if sys.version_info[:2] != (3, 11):
    sys.exit("run with CPython 3.11 (PYENV_VERSION=3.11.7 python)")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bundles", "python-runtime",
                   "src", "test", "resources", "dev", "pyxis", "python", "support")
MAX = 0x110000
rnd = random.Random(20261124)


def esc(s):
    return "".join(ch if 0x20 <= ord(ch) < 0x7F and ch != "\\" else "\\{%x}" % ord(ch) for ch in s)


def tok(v):
    if isinstance(v, bool):
        return "t:" if v else "f:"
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, str):
        return "s:" + esc(v)
    if v is None:
        return "n:"
    if isinstance(v, (bytes, bytearray)):
        return "b:" + bytes(v).hex()
    if isinstance(v, (list, tuple)):
        return "\t".join(["L:%d" % len(v)] + [tok(x) for x in v])
    if isinstance(v, BaseException):
        parts = ["E:" + type(v).__name__, tok(str(v))]
        if isinstance(v, UnicodeError):
            parts += [tok(v.encoding), tok(v.start), tok(v.end), tok(v.reason)]
        return "\t".join(parts)
    raise TypeError(v)


def case(op, args, fn):
    try:
        result = fn()
    except (ValueError, TypeError, LookupError, OverflowError) as e:
        result = e
    return "\t".join([op] + [tok(a) for a in args] + ["=>", tok(result)])


def ambiguous(s):
    """A lone high surrogate right before a lone low one reads as one character in Java."""
    return any("\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff" for a, b in zip(s, s[1:]))


def write(name, text, compress=False):
    os.makedirs(OUT, exist_ok=True)
    data = text.encode("ascii")
    if compress:
        data = gzip.compress(data, 9, mtime=0)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# ------------------------------------------------------------------ per code point

def mapping_field(cp, mapped):
    if len(mapped) == 1:
        return "d%d" % (ord(mapped) - cp)
    return "x" + ",".join("%x" % ord(ch) for ch in mapped)


def flags_field(c):
    letters = [
        ("a", c.isalpha()), ("d", c.isdecimal()), ("g", c.isdigit()), ("n", c.isnumeric()),
        ("s", c.isspace()), ("l", c.islower()), ("u", c.isupper()), ("t", c.istitle()),
        ("p", c.isprintable()),
        ("T", c.istitle() and not c.isupper()), ("S", c.isidentifier()), ("C", ("a" + c).isidentifier()),
        ("A", c.isalnum()),
    ]
    return "".join(ch for ch, on in letters if on) or "-"


def gen_codepoints():
    lines = []
    run_start, prev = 0, None
    for cp in range(MAX):
        c = chr(cp)
        num = unicodedata.numeric(c, None)
        fields = (
            flags_field(c),
            mapping_field(cp, c.lower()), mapping_field(cp, c.upper()), mapping_field(cp, c.title()),
            mapping_field(cp, c.casefold()), mapping_field(cp, c.swapcase()),
            unicodedata.category(c), unicodedata.bidirectional(c) or "-", str(unicodedata.combining(c)),
            unicodedata.east_asian_width(c), str(unicodedata.mirrored(c)),
            str(unicodedata.decimal(c, -1)), str(unicodedata.digit(c, -1)),
            "-" if num is None else float(num).hex(),
        )
        if fields != prev:
            if prev is not None:
                lines.append("%x %x %s" % (run_start, cp - 1, " ".join(prev)))
            run_start, prev = cp, fields
    lines.append("%x %x %s" % (run_start, MAX - 1, " ".join(prev)))
    write("expected-codepoints.txt.gz", "\n".join(lines) + "\n", compress=True)
    print("code points: %d runs" % len(lines))


# ------------------------------------------------------------------ names

def gen_names():
    lines = []
    block = 4096
    for start in range(0, MAX, block):
        text = "".join((unicodedata.name(chr(cp), "-")) + "\n" for cp in range(start, start + block))
        lines.append("crc\t%x\t%x" % (start, zlib.crc32(text.encode("ascii"))))
    named = [cp for cp in range(MAX) if unicodedata.name(chr(cp), None)]
    queries = []
    for cp in rnd.sample(named, 3000):
        name = unicodedata.name(chr(cp))
        queries.append(name)
        queries.append(name.lower())
        queries.append(name[:-1])
    queries += ["latin small letter a", "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A",
                "hangul syllable ga", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE", "HANGUL SYLLABLE A",
                "HANGUL SYLLABLE GGAG", "HANGUL SYLLABLE GAX", "HANGUL SYLLABLE YAE", "HANGUL SYLLABLE GYAE",
                "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4E0",
                "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-",
                "CJK UNIFIED IDEOGRAPH-004E00", "CJK UNIFIED IDEOGRAPH-20000", "cjk unified ideograph-4E00",
                "NUSHU CHARACTER-1B170", "NUSHU CHARACTER-1b170", "nushu character-1B170",
                "NUSHU CHARACTER-01B170", "TANGUT IDEOGRAPH-17000", "cjk compatibility ideograph-f900",
                "CJK COMPATIBILITY IDEOGRAPH-2F800", "KHITAN SMALL SCRIPT CHARACTER-18CD5",
                "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "latin capital letter gha", "NULL",
                "null", "BYTE ORDER MARK", "x" * 256, "x" * 257, "", "LATIN SMALL LETTER \u00c9",
                "KEYCAP NUMBER SIGN", "TAMIL CONSONANT K"]
    for line in open(os.path.join("/usr/share/perl/5.36.0/unicore", "NamedSequences.txt"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            queries.append(line.split(";")[0])
    for name in queries:
        try:
            result = unicodedata.lookup(name)
        except KeyError as e:
            result = KeyError(e.args[0])
        lines.append("lookup\t%s\t=>\t%s" % (tok(name), tok(result) if isinstance(result, str)
                                               else "E:KeyError\t" + tok(str(result.args[0]))))
    for cp in list(range(0xAC00, 0xD7A4, 97)) + [0x3400, 0x4DBF, 0x2EBE0, 0x3134A, 0x17000, 0x378, 0xE000]:
        lines.append("name\t%s\t=>\t%s" % (tok(cp), tok(unicodedata.name(chr(cp), None))))
    write("expected-names.txt.gz", "\n".join(lines) + "\n", compress=True)
    print("names: %d lines" % len(lines))


# ------------------------------------------------------------------ str methods

ALPHABET = (list("aAbB zZ019_-+'.\"\\") + ["\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f",
            "\x85", "\xa0", "\u2028", "\u2029", "\u3000", "\u200b", "\xdf", "\u03a3", "\u03c3", "\u03c2",
            "\u0130", "\u0131", "\u01c5", "\u01c6", "\u01c4", "\ufb03", "\u0301", "\u0345", "\u02b0", "\u0660",
            "\xbd", "\xb2", "\u2167", "\U0001f600", "\U00010400", "\U00010428", "\ud800", "\udc00", "\udfff",
            "\xe9", "\xc9", "\x00", "\x7f", "\xad", "\u0390", "\u1e9e", "\u1f80", "\u1f88", "\ufeff", "\U0001d7ce",
            "\u00aa", "\u2160", "\u24b6", "\U000e0001"])


def rstr(max_len=12, alphabet=ALPHABET):
    while True:
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, max_len)))
        if not ambiguous(s):
            return s


def rsub(s):
    r = rnd.random()
    if s and r < 0.5:
        i = rnd.randint(0, len(s))
        j = rnd.randint(i, min(len(s), i + 3))
        return s[i:j]
    if r < 0.6:
        return ""
    return rstr(2)


def rbound():
    return rnd.choice([None, None, 0, 1, 2, 3, -1, -2, -3, 5, 8, 11, -8, -12, 100, -100, 2**31 - 1, -2**31])


EDGE = ["", " ", "a", "A", "\u03a3", "A\u03a3", "A\u03a3.", "A.\u03a3", "\u03a3\u03a3", "A\u02b0\u03a3",
        "A\u03a3\u02b0b", "hello world", "Hello World", "they're bill's friends", "\ufb03 x", "\xdf",
        "\u0130", "\u01c6a \u01c4", "a\tb\tc", "  a  b  ", "a\r\nb\rc\nd\x85e\u2028f", "\U0001f600x\U0001f600",
        "\ud800", "\udc00a", "x\U00010400y", "-42", "+", "-", "\u0660\u0661", "ab\u0301", "__init__", "1a",
        "\u00aa\u00ba", "\u2160\u2161", "\U00010428\U00010400"]


def gen_str():
    lines = []

    def add(op, args, fn):
        lines.append(case(op, args, fn))

    strings = EDGE + [rstr() for _ in range(400)]
    unary = ["lower", "upper", "title", "capitalize", "swapcase", "casefold", "isalpha", "isdecimal",
             "isdigit", "isnumeric", "isalnum", "isspace", "islower", "isupper", "istitle",
             "isidentifier", "isprintable", "isascii"]
    for s in strings:
        for op in unary:
            add(op, [s], lambda: getattr(s, op)())
        add("len", [s], lambda: len(s))
        add("repr", [s], lambda: repr(s))
        add("ascii", [s], lambda: ascii(s))
    # Longer words for the case conversions and predicates.
    for _ in range(300):
        s = rstr(30, list("aAzZ '.-1") + ALPHABET[40:])
        for op in unary[:6] + ["istitle", "islower", "isupper"]:
            add(op, [s], lambda: getattr(s, op)())
    for _ in range(1500):
        s = rnd.choice(strings) if rnd.random() < 0.3 else rstr()
        sub = rsub(s)
        start, end = rbound(), rbound()
        op = rnd.choice(["find", "rfind", "index", "rindex", "count", "startswith", "endswith"])
        add(op, [s, sub, start, end], lambda: getattr(s, op)(sub, start, end))
    for _ in range(800):
        s = rstr(16)
        old = rsub(s)
        new = rstr(3)
        count = rnd.choice([-1, -1, 0, 1, 2, 3])
        add("replace", [s, old, new, count], lambda: s.replace(old, new, count))
    seps = [None, None, " ", ",", "ab", "\U0001f600", "\udc00", "\ud800", "", "a"]
    for _ in range(1200):
        s = rstr(16, ALPHABET + [" ", " ", ",", "ab"] * 4)
        sep = rnd.choice(seps) if rnd.random() < 0.7 else rsub(s)
        maxsplit = rnd.choice([-1, -1, 0, 1, 2, 5])
        op = rnd.choice(["split", "rsplit"])
        add(op, [s, sep, maxsplit], lambda: getattr(s, op)(sep, maxsplit))
    for _ in range(300):
        s = rstr(16, ALPHABET + ["\n", "\r", "\r\n"] * 4)
        keep = rnd.random() < 0.5
        add("splitlines", [s, keep], lambda: s.splitlines(keep))
    for _ in range(600):
        s = rstr(12, ALPHABET + [" "] * 6)
        chars = rnd.choice([None, None, " ", "ab", "", "\U0001f600", "\udc00", "\ud800", rsub(s), rstr(3)])
        op = rnd.choice(["strip", "lstrip", "rstrip"])
        add(op, [s, chars], lambda: getattr(s, op)(chars))
    for _ in range(400):
        s = rstr(12)
        sep = rsub(s) if rnd.random() < 0.7 else rnd.choice(["", "a", "\U0001f600", "\udc00"])
        op = rnd.choice(["partition", "rpartition"])
        add(op, [s, sep], lambda: getattr(s, op)(sep))
    for _ in range(300):
        s = rstr(14, ALPHABET + ["\t"] * 8)
        size = rnd.choice([-1, 0, 1, 2, 4, 8])
        add("expandtabs", [s, size], lambda: s.expandtabs(size))
    for _ in range(600):
        s = rstr(6)
        width = rnd.randint(-1, 12)
        fill = rnd.choice([" ", "*", "\U0001f600", "\xe9", "\udc00"])
        op = rnd.choice(["center", "ljust", "rjust", "zfill"])
        if op == "zfill":
            s = rnd.choice(["", "+", "-", "-4", "+12", "a-"]) + s
            add(op, [s, width], lambda: s.zfill(width))
        else:
            add(op, [s, width, fill], lambda: getattr(s, op)(width, fill))
    for _ in range(200):
        b = bytes(rnd.choice([0, 9, 10, 13, 34, 39, 92, 65, 127, 128, 255, 0x20]) for _ in range(rnd.randint(0, 8)))
        add("bytesrepr", [b], lambda: repr(b))
    for s in strings:
        if ambiguous(s.lower()) or ambiguous(s.upper()):
            raise AssertionError("ambiguous case mapping of " + ascii(s))
    write("expected-str.txt.gz", "\n".join(lines) + "\n", compress=True)
    print("str: %d cases" % len(lines))


# ------------------------------------------------------------------ codecs

CODECS = ["utf-8", "utf-8-sig", "ascii", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be",
          "utf-32", "utf-32-le", "utf-32-be"]
HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
            "surrogateescape", "surrogatepass", "bogus"]
NAMES = ["UTF8", "utf_8", "U8", "utf", "UTF-8", "utf 8", "utf--8", "Utf.8", " utf8 ", "utf-8 ", "utf__8",
         "latin1", "l1", "L1", "latin", "latin-1", "iso-8859-1", "iso8859_1", "8859", "cp819", "646",
         "us-ascii", "us_ascii", "ascii", "ANSI_X3.4-1968", "windows-1252", "cp1252", "1252", "utf-16",
         "utf16", "u16", "UTF-16BE", "utf_16_be", "utf-16be", "UTF16LE", "utf-32", "utf32", "u32",
         "utf-32-le", "utf_32be", "utf-8-sig", "utf8sig", "utf_8_sig", "cp65001", "iso_8859_1", "iso-ir-100",
         "ibm819", "csisolatin1", "l-1", "latin_1", "utf-16-le", "utf-8.", "u-8", "x", "utf-8-", "-utf-8",
         "UTF_16_LE", "unicodelittleunmarked", "unicodebigunmarked", "utf_16le", "ucs-2", "iso8859-1",
         "iso_8859-1:1987", "ascii.", "us", "cp367", "csascii", "ibm367", "iso646-us", "iso_646.irv:1991",
         "iso_ir_6", "iso-ir-6", "utf_32_le", "utf-32be", "utf\u20108", "utf\xe98", "UTF8\u0130", "",
         "utf8\x00", "_", "...", "utf8_ucs2", "ansi_x3.4_1986"]
BYTE_POOL = [0x00, 0x41, 0x61, 0x7F, 0x80, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x9F, 0xA0, 0xBB, 0xBF, 0xC0,
             0xC1, 0xC2, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF, 0xD8, 0xDC, 0xDB,
             0x11, 0x10, 0x5C]
TEXT = ALPHABET + ["\u20ac", "\u0192", "\x81", "\u2122", "\udc80", "\udcff", "\udc7f", "\U0010ffff",
                   "\ud83d", "\ude00", "\ufffd"]


def rbytes(enc):
    r = rnd.random()
    if r < 0.4:
        return bytes(rnd.choice(BYTE_POOL) for _ in range(rnd.randint(0, 9)))
    s = rstr(6, TEXT)
    try:
        b = bytearray(s.encode(enc, "surrogatepass"))
    except UnicodeEncodeError:
        b = bytearray(s.encode("utf-8", "surrogatepass"))
    for _ in range(rnd.randint(0, 2)):
        if b and rnd.random() < 0.5:
            b[rnd.randrange(len(b))] = rnd.choice(BYTE_POOL)
        elif b:
            del b[rnd.randrange(len(b)):]
    if rnd.random() < 0.15:
        b = bytearray(rnd.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00",
                                  b"\x00\x00\xfe\xff"])) + b
    return bytes(b)


def gen_codecs():
    lines = []
    for name in NAMES:
        lines.append(case("lookup", [name], lambda: codecs.lookup(name).name))
    for enc in CODECS:
        for errors in HANDLERS:
            for _ in range(110):
                b = rbytes(enc)
                lines.append(case("decode", [b, enc, errors], lambda: b.decode(enc, errors)))
            for _ in range(70):
                s = rstr(8, TEXT)
                lines.append(case("encode", [s, enc, errors], lambda: s.encode(enc, errors)))
    for b in [b"", b"\xff", b"abc\xff", b"\xe9", b"\xc3\xa9", b"\xef\xbb\xbf", b"\xef\xbb\xbfa", b"\xff\xfe",
              b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]:
        for enc in CODECS:
            lines.append(case("decode", [b, enc, "strict"], lambda: b.decode(enc, "strict")))
    write("expected-codecs.txt.gz", "\n".join(lines) + "\n", compress=True)
    print("codecs: %d cases" % len(lines))


if __name__ == "__main__":
    gen_codepoints()
    gen_names()
    gen_str()
    gen_codecs()
