"""Two or more Pyxis checkouts on the benchmark programs, interleaved, for a change too small to
see across separate runs (single processes move by 10-20% on this machine):

    python3 bench/harness/compare_builds.py ROUNDS ITERATIONS DIR_A DIR_B [-- PROGRAM ...]

Each round runs every program once on each checkout, one after the other (`DIR/pyxis
DIR/bench/python/PROGRAM.py ITERATIONS`); the table gives per checkout the median wall time
of the process and the median of the iterations after the first, then their geometric means.
Build each checkout first (`DIR/pyxis -c pass`). See docs/benchmarking.md.
"""
import collections
import math
import os
import subprocess
import sys
import time


def median(values):
    return sorted(values)[len(values) // 2]


def main():
    args = sys.argv[1:]
    programs = []
    if "--" in args:
        programs = args[args.index("--") + 1:]
        args = args[:args.index("--")]
    if len(args) < 4:
        sys.exit(__doc__)
    rounds, iterations, dirs = int(args[0]), args[1], args[2:]
    if not programs:
        programs = sorted(f[:-3] for f in os.listdir(os.path.join(dirs[0], "bench/python")) if f.endswith(".py"))
    wall = collections.defaultdict(list)
    later = collections.defaultdict(list)
    for _ in range(rounds):
        for program in programs:
            for d in dirs:
                started = time.time()
                out = subprocess.run([os.path.join(d, "pyxis"), os.path.join(d, "bench/python", program + ".py"),
                                      iterations], capture_output=True, text=True).stdout
                wall[d, program].append(time.time() - started)
                times = [float(line.split()[2]) for line in out.splitlines() if line.startswith("bench-iteration")]
                later[d, program] += times[1:]
    print("%-16s" % "program" + "".join("%14s %8s" % (d[-14:], "iter.") for d in dirs))
    logs = collections.defaultdict(float)
    for program in programs:
        row = "%-16s" % program
        for d in dirs:
            w, i = median(wall[d, program]), median(later[d, program] or [float("nan")])
            logs[d, "wall"] += math.log(w)
            logs[d, "iter"] += math.log(i)
            row += "%14.3f %8.3f" % (w, i)
        print(row)
    print("%-16s" % "geometric mean" + "".join(
        "%14.3f %8.3f" % (math.exp(logs[d, "wall"] / len(programs)), math.exp(logs[d, "iter"] / len(programs)))
        for d in dirs))


if __name__ == "__main__":
    main()
