#!/usr/bin/env python3
"""Writes the Unicode tables of dev.pyxis.python.support from a running CPython 3.11.

Run with ``PYENV_VERSION=3.11.7 python tools/gen-unicode-data.py`` from the repository root.
Everything is learnt black-box: per code point from the ``str`` methods and the ``unicodedata``
module (Unicode 14.0.0 in CPython 3.11), so the tables describe exactly what Python 3.11 does,
whatever Unicode version the JDK carries.  Candidate name aliases and named sequences come from
the Unicode data shipped with Perl 5.36 (also Unicode 14.0.0); only those that CPython's
``unicodedata.lookup`` accepts are kept.

Outputs (under bundles/python-runtime/src/main/resources/dev/pyxis/python/support/):

* ``unicode-ctype.bin``  what the str methods need: a flags word and the four full case mappings.
* ``unicode-props.bin``  what unicodedata needs: category, bidirectional class, combining class,
  east asian width, mirrored, decimal/digit/numeric values.
* ``unicode-names.bin.gz`` character names (binary part: ``count u32, codes i32[count],
  offsets i32[count + 1]`` into the ASCII bytes of all names, ``order i32[count]`` the positions
  sorted by name for binary search, then the name bytes), then text lines for
  algorithmic name ranges, Hangul jamo short names, aliases and named sequences.
* ``codec-aliases.txt``  the normalized codec aliases (from ``encodings.aliases.aliases`` at run
  time) that lead to the codecs Codecs.java implements: "alias module" per line.

Binary layout (big-endian), one "code point table" each: ``magic u32, shift u32, n1 u32,
stage1 u16[n1], n2 u32, stage2 u16[n2], nrec u32, ncols u32, columns i32[ncols][nrec]``
followed by file-specific sections described where they are written.  The record of code point
``cp`` is ``stage2[(stage1[cp >> shift] << shift) | (cp & ((1 << shift) - 1))]``.
"""
import gzip
import os
import struct
import sys
import unicodedata

if sys.version_info[:2] != (3, 11):
    sys.exit("run with CPython 3.11 (PYENV_VERSION=3.11.7 python)")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bundles", "python-runtime",
                   "src", "main", "resources", "dev", "pyxis", "python", "support")
MAX = 0x110000
PERL_UNICORE = "/usr/share/perl/5.36.0/unicore"

# Flag bits; must match UnicodeProperties.java.
ALPHA, DECIMAL, DIGIT, NUMERIC, SPACE, LOWER, UPPER, TITLE = (1 << i for i in range(8))
CASED, CASE_IGNORABLE, PRINTABLE, ID_START, ID_CONTINUE = (1 << i for i in range(8, 13))
# Bits 16..19 say that the lower/upper/title/fold column holds a pool reference, not a delta.
SPECIAL_SHIFT = 16


def flags_of(c):
    f = 0
    if c.isalpha(): f |= ALPHA
    if c.isdecimal(): f |= DECIMAL
    if c.isdigit(): f |= DIGIT
    if c.isnumeric(): f |= NUMERIC
    if c.isspace(): f |= SPACE
    if c.islower(): f |= LOWER
    if c.isupper(): f |= UPPER
    # A lone character is a title-cased string when it is upper or title case; keep the latter.
    if c.istitle() and not c.isupper(): f |= TITLE
    # title() lowers a letter that follows a cased character: that is how "cased" is observed.
    cased = (c + "a").title()[-1] == "a"
    if cased: f |= CASED
    # The final-sigma rule skips case-ignorable characters between a cased letter and sigma.
    if cased:
        ignorable = (c + "\u03a3").lower()[-1] == "\u03c3"
    else:
        ignorable = ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
    if ignorable: f |= CASE_IGNORABLE
    if c.isprintable(): f |= PRINTABLE
    if c.isidentifier(): f |= ID_START
    if ("a" + c).isidentifier(): f |= ID_CONTINUE
    return f


def best_split(records):
    """Two-level split of the per-code-point record ids with the smallest total size."""
    best = None
    for shift in range(4, 11):
        size = 1 << shift
        blocks, stage1, stage2 = {}, [], []
        for start in range(0, MAX, size):
            block = tuple(records[start:start + size])
            idx = blocks.get(block)
            if idx is None:
                idx = blocks[block] = len(blocks)
                stage2.extend(block)
            stage1.append(idx)
        cost = 2 * len(stage1) + 2 * len(stage2)
        if best is None or cost < best[0]:
            best = (cost, shift, stage1, stage2)
    _, shift, stage1, stage2 = best
    assert len(stage1) < 65536 and len(stage2) // (1 << shift) < 65536
    return shift, stage1, stage2


def table_bytes(magic, per_cp_rows):
    """The code point table section for rows (tuples of ints), deduplicated into records."""
    rec_ids, recs = {}, []
    ids = []
    for row in per_cp_rows:
        i = rec_ids.get(row)
        if i is None:
            i = rec_ids[row] = len(recs)
            recs.append(row)
        ids.append(i)
    assert len(recs) < 65536
    shift, stage1, stage2 = best_split(ids)
    ncols = len(recs[0])
    out = bytearray()
    out += struct.pack(">4sI", magic, shift)
    out += struct.pack(">I", len(stage1)) + struct.pack(">%dH" % len(stage1), *stage1)
    out += struct.pack(">I", len(stage2)) + struct.pack(">%dH" % len(stage2), *stage2)
    out += struct.pack(">II", len(recs), ncols)
    for col in range(ncols):
        out += struct.pack(">%di" % len(recs), *(r[col] for r in recs))
    return out, len(recs), shift


def strings_bytes(strings):
    out = bytearray(struct.pack(">I", len(strings)))
    for s in strings:
        b = s.encode("ascii")
        out += struct.pack(">H", len(b)) + b
    return out


def gen_ctype():
    pool = []
    pool_index = {}

    def mapping(cp, mapped, which):
        """(value, special bit): a delta for one code point, else a pool reference."""
        if len(mapped) == 1:
            return ord(mapped) - cp, 0
        key = tuple(map(ord, mapped))
        ref = pool_index.get(key)
        if ref is None:
            ref = pool_index[key] = (len(pool) << 2) | len(key)
            pool.extend(key)
        return ref, 1 << (SPECIAL_SHIFT + which)

    rows = []
    for cp in range(MAX):
        c = chr(cp)
        f = flags_of(c)
        cols = []
        for which, mapped in enumerate((c.lower(), c.upper(), c.title(), c.casefold())):
            value, bit = mapping(cp, mapped, which)
            f |= bit
            cols.append(value)
        rows.append((f, *cols))
    out, nrec, shift = table_bytes(b"PYUC", rows)
    # Section: the pool of multi-code-point mappings (a reference is offset << 2 | length).
    out += struct.pack(">I", len(pool)) + struct.pack(">%di" % len(pool), *pool)
    write("unicode-ctype.bin", out)
    print("ctype: %d records, shift %d, %d pool entries, %d bytes" % (nrec, shift, len(pool), len(out)))


def gen_props():
    cats, bidis, widths, numerics = {}, {}, {}, {}

    def index(table, key):
        return table.setdefault(key, len(table))

    rows = []
    for cp in range(MAX):
        c = chr(cp)
        num = unicodedata.numeric(c, None)
        rows.append((
            index(cats, unicodedata.category(c)),
            index(bidis, unicodedata.bidirectional(c)),
            unicodedata.combining(c),
            index(widths, unicodedata.east_asian_width(c)),
            unicodedata.mirrored(c),
            unicodedata.decimal(c, -1),
            unicodedata.digit(c, -1),
            -1 if num is None else index(numerics, num),
        ))
    out, nrec, shift = table_bytes(b"PYUP", rows)
    # Sections: category names, bidirectional names, east asian widths (short ASCII strings, each
    # u16 length + bytes), then the numeric values as f64 in the order the records index them.
    for table in (cats, bidis, widths):
        out += strings_bytes(list(table))
    out += struct.pack(">I", len(numerics)) + struct.pack(">%dd" % len(numerics), *numerics)
    write("unicode-props.bin", out)
    print("props: %d records, shift %d, %d bytes" % (nrec, shift, len(out)))


def gen_names():
    """The explicit names (binary, see the module doc), then text lines sorted within each kind:

    R start end prefix      names prefix + '%X' % cp for every code point of the range
    J L|V|T a,b,c...        Hangul jamo short names for syllable names (Unicode 3.12)
    A cp alias              a name alias that lookup() accepts
    S cp,cp,... name        a named sequence that lookup() accepts
    """
    lines = []
    explicit = []
    ranges = []  # [start, end, prefix]
    hangul_first, hangul_last = 0xAC00, 0xD7A3
    for cp in range(MAX):
        name = unicodedata.name(chr(cp), None)
        if name is None or hangul_first <= cp <= hangul_last:
            continue
        suffix = "%X" % cp
        if name.endswith("-" + suffix):
            prefix = name[:-len(suffix)]
            if ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == prefix:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp, prefix])
        else:
            explicit.append((cp, name))
    for start, end, prefix in ranges:
        lines.append("R %X %X %s" % (start, end, prefix))

    # Syllable s = (l * 21 + v) * 28 + t from base 0xAC00; read each jamo's short name off the
    # syllables whose other parts have the empty (L = IEUNG) or "A" names.
    for cp in range(hangul_first, hangul_last + 1):
        assert unicodedata.name(chr(cp)).startswith("HANGUL SYLLABLE ")

    def syl(l, v, t):
        return unicodedata.name(chr(hangul_first + (l * 21 + v) * 28 + t))[len("HANGUL SYLLABLE "):]

    ieung = 11
    assert syl(ieung, 0, 0) == "A"
    jl = [syl(l, 0, 0)[:-1] for l in range(19)]
    jv = [syl(ieung, v, 0) for v in range(21)]
    jt = [syl(ieung, 0, t)[1:] for t in range(28)]
    for l in range(19):
        for v in range(21):
            for t in range(28):
                assert syl(l, v, t) == jl[l] + jv[v] + jt[t]
    lines.append("J L " + ",".join(jl))
    lines.append("J V " + ",".join(jv))
    lines.append("J T " + ",".join(jt))

    aliases, sequences = collect_aliases_and_sequences()
    for cp, alias in aliases:
        lines.append("A %X %s" % (cp, alias))
    for seq, name in sequences:
        lines.append("S %s %s" % (",".join("%X" % ord(ch) for ch in seq), name))
    blob = bytearray()
    offsets = [0]
    for _, name in explicit:
        blob += name.encode("ascii")
        offsets.append(len(blob))
    data = bytearray(struct.pack(">I", len(explicit)))
    data += struct.pack(">%di" % len(explicit), *(cp for cp, _ in explicit))
    data += struct.pack(">%di" % len(offsets), *offsets)
    order = sorted(range(len(explicit)), key=lambda i: explicit[i][1].encode("ascii"))
    data += struct.pack(">%di" % len(order), *order)
    data += blob
    data += ("\n".join(lines) + "\n").encode("ascii")
    write("unicode-names.bin.gz", gzip.compress(bytes(data), 9, mtime=0))
    print("names: %d explicit, %d ranges, %d aliases, %d sequences"
          % (len(explicit), len(ranges), len(aliases), len(sequences)))


def collect_aliases_and_sequences():
    aliases, sequences = [], []
    name_pl = os.path.join(PERL_UNICORE, "Name.pl")
    if not os.path.exists(name_pl):
        sys.exit("need Unicode 14 name data from Perl 5.36 at " + PERL_UNICORE)
    text = open(name_pl, encoding="ascii").read()
    body = text[text.index("<<'END';\n") + 9:text.index("\nEND\n")]
    seen = set()
    for entry in body.split("\n\n"):
        parts = entry.strip().split("\n")
        if len(parts) != 2:
            continue
        cps, name = parts
        chars = "".join(chr(int(h, 16)) for h in cps.split())
        try:
            found = unicodedata.lookup(name)
        except KeyError:
            continue
        if found != chars or (name, chars) in seen:
            continue
        seen.add((name, chars))
        if len(chars) == 1:
            if unicodedata.name(chars, None) != name:
                aliases.append((ord(chars), name))
        else:
            sequences.append((chars, name))
    seq_file = os.path.join(PERL_UNICORE, "NamedSequences.txt")
    for line in open(seq_file, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, cps = line.split(";")
        chars = "".join(chr(int(h, 16)) for h in cps.split())
        try:
            if unicodedata.lookup(name) == chars and (name, chars) not in seen:
                seen.add((name, chars))
                sequences.append((chars, name))
        except KeyError:
            pass
    aliases.sort()
    sequences.sort()
    return aliases, sequences


CODEC_MODULES = {"utf_8", "utf_8_sig", "ascii", "latin_1", "cp1252", "utf_16", "utf_16_le",
                 "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"}


def gen_codec_aliases():
    import codecs
    import encodings.aliases
    lines = []
    for alias, module in sorted(encodings.aliases.aliases.items()):
        if module in CODEC_MODULES:
            assert codecs.lookup(alias).name == codecs.lookup(module).name
            lines.append("%s %s" % (alias, module))
    write("codec-aliases.txt", ("\n".join(lines) + "\n").encode("ascii"))
    print("codec aliases: %d" % len(lines))


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


if __name__ == "__main__":
    gen_ctype()
    gen_props()
    gen_names()
    gen_codec_aliases()
