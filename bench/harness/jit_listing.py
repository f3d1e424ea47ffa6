"""Machine code of one JIT-compiled method, with perf samples per instruction, on a JVM without
the hsdis disassembler plugin (which the JDKs here lack): HotSpot then prints the code as hex
words, which this turns back into bytes for objdump.

    PYXIS_JAVA_OPTS="-XX:+DisplayVMOutput -XX:+DumpPerfMapAtExit \
        -XX:CompileCommand=print,dev.pyxis.python.runtime.Interpreter::interpret" \
        perf record -F 2999 -o /tmp/p.data ./pyxis prog.py > /tmp/asm.txt
    grep "^Compiled method" /tmp/asm.txt            # the compile id follows the timestamp
    perf script -i /tmp/p.data -F ip > /tmp/ips.txt
    python3 bench/harness/jit_listing.py /tmp/asm.txt ID /tmp/ips.txt > /tmp/listing.txt

Each line of the listing starts with the number of samples at that instruction (perf's skid
puts them on the instruction after the one that stalled). See docs/benchmarking.md.
"""
import collections
import re
import subprocess
import sys
import tempfile


def code_of(dump_lines, compile_id):
    """The start address and bytes of the compile's main code, and its comments by address."""
    start = None
    for i, line in enumerate(dump_lines):
        if line.startswith("Compiled method") and line.split()[4] == compile_id:
            start = i
            break
    if start is None:
        sys.exit("jit_listing: no compile %s in the dump" % compile_id)
    base, data, comments = None, bytearray(), collections.defaultdict(list)
    for line in dump_lines[start + 1:]:
        if line.startswith(("Compiled method", "[Stub Code]", "[Exception Handler]")):
            break
        m = re.match(r"\s+0x([0-9a-f]+): (.*)", line)
        if not m:
            continue
        address, rest = int(m.group(1), 16), m.group(2)
        if rest.startswith(";"):
            comments[address].append(rest.strip())
            continue
        if base is None:
            base = address
        data += bytes.fromhex(rest.replace("|", "").replace(" ", ""))
    return base, bytes(data), comments


def main():
    dump = open(sys.argv[1]).read().split("\n")
    base, data, comments = code_of(dump, sys.argv[2])
    samples = collections.Counter()
    if len(sys.argv) > 3:
        for line in open(sys.argv[3]):
            word = line.strip()
            if word:
                samples[int(word, 16)] += 1
    with tempfile.NamedTemporaryFile(suffix=".bin") as f:
        f.write(data)
        f.flush()
        listing = subprocess.run(["objdump", "-D", "-b", "binary", "-mi386:x86-64", "--adjust-vma=%#x" % base,
                                  f.name], capture_output=True, text=True, check=True).stdout
    inside = sum(n for a, n in samples.items() if base <= a < base + len(data))
    print("# code %#x, %d bytes, %d of %d samples inside" % (base, len(data), inside, sum(samples.values())))
    for line in listing.split("\n"):
        m = re.match(r"\s*([0-9a-f]+):", line)
        if not m:
            continue
        address = int(m.group(1), 16)
        for c in comments.get(address, ()):
            print("%6s   %s" % ("", c))
        print("%6s %s" % (samples.get(address, "") or "", line))


if __name__ == "__main__":
    main()
