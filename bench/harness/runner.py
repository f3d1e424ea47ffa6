"""Runs the Python benchmarks of bench/python on several implementations and compares them.

Run through bench/run, which picks CPython 3.11 to execute this file; `bench/run --help` lists
the options and docs/benchmarking.md explains the method and the output.
"""
import argparse
import datetime
import json
import math
import os
import platform
import statistics
import subprocess
import sys

from chart import ratio_chart
from implementations import BASELINE, all_implementations
from measure import exact_rss, run_measured

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)
PROGRAMS = os.path.join(BENCH, "python")
CHECKSUMS = os.path.join(PROGRAMS, "checksums.json")
RESULTS = os.path.join(BENCH, "results")
STARTUP_PROGRAM = 'print("hi")'


def available_benchmarks():
    return sorted(name[:-3] for name in os.listdir(PROGRAMS)
                  if name.endswith(".py") and not name.startswith("_"))


def parse_arguments(argv, benchmarks, implementations):
    parser = argparse.ArgumentParser(
        prog="bench/run",
        description="Runs Python benchmarks on Pyxis and other Python implementations, "
                    "interleaved, and compares their times with CPython 3.11's.",
        epilog="Benchmarks: " + " ".join(benchmarks) + ". Implementations: "
               + " ".join(i.name for i in implementations) + ".")
    parser.add_argument("benchmarks", nargs="*", metavar="BENCHMARK",
                        help="benchmarks to run (default: all)")
    parser.add_argument("-i", "--impl", default="",
                        help="comma-separated implementations (default: every available one)")
    parser.add_argument("-r", "--repetitions", type=int, default=3,
                        help="processes per benchmark and implementation (default 3)")
    parser.add_argument("-n", "--iterations", type=int, default=3,
                        help="iterations inside each process (default 3)")
    parser.add_argument("--quick", action="store_true",
                        help="a quick look: 1 repetition, 2 iterations, 3 start-up runs")
    parser.add_argument("--timeout", action="append", default=[], metavar="[IMPL=]SECONDS",
                        help="kill a process after this long and report a timeout "
                             "(default 600; IMPL=SECONDS for one implementation; repeatable)")
    parser.add_argument("--startup-runs", type=int, default=10,
                        help="runs of print(\"hi\") per implementation (default 10)")
    parser.add_argument("--startup-only", action="store_true",
                        help="measure start-up only")
    parser.add_argument("--no-startup", action="store_true",
                        help="skip the start-up measurement")
    parser.add_argument("--pyxis-arg", action="append", default=[], metavar="ARG",
                        help="an extra argument for every Pyxis run, e.g. --pyxis-arg=-Xheap=1g")
    parser.add_argument("--report", metavar="JSON",
                        help="run nothing: print the tables of a recorded run and redraw its chart")
    parser.add_argument("--output", default=RESULTS,
                        help="directory for the JSON and SVG (default bench/results)")
    options = parser.parse_args(argv)
    if options.quick:
        options.repetitions = 1
        options.iterations = 2
        options.startup_runs = 3
    unknown = [b for b in options.benchmarks if b not in benchmarks]
    if unknown:
        parser.error("unknown benchmark(s): %s" % " ".join(unknown))
    if options.repetitions < 1 or options.iterations < 1 or options.startup_runs < 1:
        parser.error("repetitions, iterations and start-up runs must be at least 1")
    return parser, options


def parse_timeouts(parser, specs, names):
    """{implementation: seconds} from --timeout values."""
    default = 600.0
    per_implementation = {}
    for spec in specs:
        name, _, seconds = spec.rpartition("=")
        try:
            value = float(seconds)
        except ValueError:
            parser.error("bad --timeout %r" % spec)
        if not name:
            default = value
        elif name in names:
            per_implementation[name] = value
        else:
            parser.error("--timeout for unknown implementation %r" % name)
    return dict((name, per_implementation.get(name, default)) for name in names)


def choose_implementations(parser, options, known):
    by_name = dict((i.name, i) for i in known)
    if options.impl:
        names = [n.strip() for n in options.impl.split(",") if n.strip()]
        unknown = [n for n in names if n not in by_name]
        if unknown:
            parser.error("unknown implementation(s): %s" % " ".join(unknown))
        chosen = [i for i in known if i.name in names]
    else:
        chosen = list(known)
    skipped = {}
    usable = []
    for implementation in chosen:
        if implementation.missing:
            skipped[implementation.name] = implementation.missing
        else:
            usable.append(implementation)
    return usable, skipped


def build_pyxis(implementations, skipped):
    """Builds the Pyxis distribution once, before anything is timed; drops Pyxis if it fails."""
    pyxis = [i for i in implementations if i.is_pyxis]
    if not pyxis:
        return implementations
    note("building Pyxis if needed (./pyxis -c pass), not timed...")
    done = subprocess.run([os.path.join(ROOT, "pyxis"), "-c", "pass"], cwd=ROOT,
                          capture_output=True, text=True)
    if done.returncode == 0:
        return implementations
    note(done.stderr.strip())
    for implementation in pyxis:
        skipped[implementation.name] = "the Pyxis build failed (see above)"
    return [i for i in implementations if not i.is_pyxis]


def note(text):
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def last_line(text):
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def judge(outcome, iterations, expected, timeout):
    """(iteration times, None) for a good run, or (None, why it failed)."""
    if outcome.timed_out:
        return None, "timeout after %g s" % timeout
    if outcome.status != 0:
        return None, "exit status %d: %s" % (outcome.status,
                                             last_line(outcome.stderr) or last_line(outcome.stdout))
    times = []
    checksum = None
    for line in outcome.stdout.splitlines():
        if line.startswith("bench-iteration "):
            times.append(float(line.split()[2]))
        elif line.startswith("bench-checksum "):
            checksum = line[len("bench-checksum "):]
    if len(times) != iterations:
        return None, "%d iterations reported, %d expected" % (len(times), iterations)
    if expected is None:
        return None, "no expected checksum (run bench/harness/regen_checksums.py)"
    if checksum != expected:
        return None, "wrong checksum %r, expected %r" % (checksum, expected)
    return times, None


class Cell(object):
    """The measurements of one benchmark on one implementation, over the repetitions."""

    def __init__(self):
        self.walls = []
        self.rss = []
        self.iterations = []
        self.failure = None

    def ok(self):
        return self.failure is None and bool(self.walls)

    def median_wall(self):
        return statistics.median(self.walls)

    def median_iteration(self):
        return statistics.median([t for run in self.iterations for t in run])

    def summary(self):
        if not self.ok():
            return {"failure": self.failure}
        every = [t for run in self.iterations for t in run]
        return {
            "median_wall": self.median_wall(),
            "walls": self.walls,
            "peak_rss_mib": max(self.rss),
            "rss_mib": self.rss,
            "iterations": self.iterations,
            "first_iteration": statistics.median([run[0] for run in self.iterations]),
            "last_iteration": statistics.median([run[-1] for run in self.iterations]),
            "min_iteration": min(every),
            "median_iteration": statistics.median(every),
        }


def measure_startup(implementations, runs, timeouts):
    results = {}
    for implementation in implementations:
        results[implementation.name] = {"walls": [], "rss_mib": [], "failure": None}
    for index in range(runs):
        for implementation in implementations:
            entry = results[implementation.name]
            if entry["failure"]:
                continue
            outcome = run_measured(implementation.argv("-c", STARTUP_PROGRAM),
                                   timeouts[implementation.name], cwd=ROOT)
            if outcome.timed_out or outcome.status != 0 or outcome.stdout != "hi\n":
                entry["failure"] = ("timeout" if outcome.timed_out else
                                    "exit %d, output %r %s" % (outcome.status, outcome.stdout,
                                                               last_line(outcome.stderr)))
                continue
            entry["walls"].append(outcome.wall)
            entry["rss_mib"].append(outcome.rss_mib)
        note("start-up run %d/%d done" % (index + 1, runs))
    for entry in results.values():
        if entry["walls"]:
            entry["median_wall"] = statistics.median(entry["walls"])
            entry["min_wall"] = min(entry["walls"])
            entry["median_rss_mib"] = statistics.median(entry["rss_mib"])
    return results


def measure_benchmarks(benchmarks, implementations, options, timeouts, expected):
    cells = dict(((b, i.name), Cell()) for b in benchmarks for i in implementations)
    for repetition in range(options.repetitions):
        for benchmark in benchmarks:
            program = os.path.join(PROGRAMS, benchmark + ".py")
            for implementation in implementations:
                cell = cells[(benchmark, implementation.name)]
                if cell.failure:
                    continue  # failures are deterministic: no need to wait for them again
                timeout = timeouts[implementation.name]
                outcome = run_measured(implementation.argv(program, str(options.iterations)),
                                       timeout, cwd=ROOT)
                times, failure = judge(outcome, options.iterations, expected.get(benchmark),
                                       timeout)
                if failure:
                    cell.failure = failure
                    note("[%d/%d] %-16s %-16s FAILED: %s" % (repetition + 1, options.repetitions,
                                                             benchmark, implementation.name,
                                                             failure))
                    continue
                cell.walls.append(outcome.wall)
                cell.rss.append(outcome.rss_mib)
                cell.iterations.append(times)
                note("[%d/%d] %-16s %-16s %8.2f s" % (repetition + 1, options.repetitions,
                                                      benchmark, implementation.name,
                                                      outcome.wall))
    return cells


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def ratios(cells, benchmarks, implementations):
    """{(benchmark, implementation): (wall ratio, iteration ratio)} where both sides ran."""
    result = {}
    for benchmark in benchmarks:
        base = cells.get((benchmark, BASELINE))
        if base is None or not base.ok():
            continue
        for implementation in implementations:
            cell = cells[(benchmark, implementation.name)]
            if cell.ok():
                result[(benchmark, implementation.name)] = (
                    cell.median_wall() / base.median_wall(),
                    cell.median_iteration() / base.median_iteration())
    return result


def geometric_means(ratio_table, benchmarks, implementations):
    result = {}
    for implementation in implementations:
        pairs = [ratio_table[(b, implementation.name)] for b in benchmarks
                 if (b, implementation.name) in ratio_table]
        if pairs:
            result[implementation.name] = {
                "wall": geometric_mean([p[0] for p in pairs]),
                "iteration": geometric_mean([p[1] for p in pairs]),
                "benchmarks": len(pairs),
            }
    return result


def print_table(record):
    order = record["order"]
    header = ("%-16s %-16s %8s %8s %8s %8s %8s %8s %9s %9s"
              % ("benchmark", "implementation", "wall s", "first", "last", "min", "median",
                 "RSS MiB", "x3.11", "x3.11 it"))
    print(header)
    print("-" * len(header))
    for benchmark in record["benchmark_order"]:
        label = benchmark
        row = record["benchmarks"][benchmark]
        for name in order:
            s = row[name]
            if "failure" in s:
                print("%-16s %-16s %s" % (label, name, "FAILED: " + s["failure"]))
            else:
                ratio_wall = s.get("ratio_wall")
                ratio_iteration = s.get("ratio_iteration")
                print("%-16s %-16s %8.2f %8.3f %8.3f %8.3f %8.3f %8.1f %9s %9s"
                      % (label, name, s["median_wall"], s["first_iteration"],
                         s["last_iteration"], s["min_iteration"], s["median_iteration"],
                         s["peak_rss_mib"], "-" if ratio_wall is None else "%.2f" % ratio_wall,
                         "-" if ratio_iteration is None else "%.2f" % ratio_iteration))
            label = ""
    print("-" * len(header))
    print("geometric mean of the ratios to %s (wall time of the process; median iteration):"
          % BASELINE)
    means = record["geometric_mean"]
    for name in order:
        mean = means.get(name)
        if mean:
            print("  %-16s %8.2f x   %8.2f x   over %d of %d benchmarks"
                  % (name, mean["wall"], mean["iteration"], mean["benchmarks"],
                     len(record["benchmark_order"])))
        else:
            print("  %-16s        -" % name)


def print_startup(record):
    print("start-up, %s: median wall, min wall, median peak RSS" % STARTUP_PROGRAM)
    for name in record["order"]:
        entry = record["startup"][name]
        if entry.get("median_wall") is None:
            print("  %-16s FAILED: %s" % (name, entry["failure"]))
        else:
            print("  %-16s %8.0f ms %8.0f ms %8.1f MiB"
                  % (name, entry["median_wall"] * 1000, entry["min_wall"] * 1000,
                     entry["median_rss_mib"]))


def report(record, stem):
    """Prints the tables of a run's record and writes its chart to stem.svg."""
    print()
    for name in record["order"]:
        print("%-16s %s" % (name, record["implementations"][name]["version"]))
    for name, why in sorted(record["skipped"].items()):
        print("%-16s skipped: %s" % (name, why))
    if not record["settings"].get("rss_exact", False):
        print("peak RSS: upper bounds (GNU time is missing; see docs/benchmarking.md)")
    print()
    if "benchmarks" in record:
        print_table(record)
        print()
    if "startup" in record:
        print_startup(record)
        print()
    if "benchmarks" in record and BASELINE in record["order"]:
        groups = []
        for benchmark in record["benchmark_order"]:
            row = record["benchmarks"][benchmark]
            groups.append((benchmark, dict((name, row[name].get("ratio_wall"))
                                           for name in record["order"])))
        means = record["geometric_mean"]
        groups.append(("geometric mean", dict((name, means[name]["wall"] if name in means
                                               else None) for name in record["order"])))
        title = "Python benchmarks, %s (%s)" % (record["date"], record["commit"] or "?")
        with open(stem + ".svg", "w") as sink:
            sink.write(ratio_chart(title, groups, record["order"], BASELINE))
        print("wrote %s.svg" % stem)


def git_commit():
    try:
        done = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"],
                              capture_output=True, text=True, timeout=30)
        return done.stdout.strip() or None
    except (OSError, subprocess.TimeoutExpired):
        return None


def main(argv):
    benchmarks = available_benchmarks()
    pyxis_args = []
    known = all_implementations(ROOT, pyxis_args)
    parser, options = parse_arguments(argv, benchmarks, known)
    if options.report:
        return replot(options.report)
    pyxis_args.extend(options.pyxis_arg)
    for implementation in known:
        if implementation.is_pyxis:
            implementation.command.extend(pyxis_args)
    chosen_benchmarks = options.benchmarks or benchmarks
    implementations, skipped = choose_implementations(parser, options, known)
    timeouts = parse_timeouts(parser, options.timeout, [i.name for i in known])
    for name, why in skipped.items():
        note("skipping %s: %s" % (name, why))
    if not exact_rss():
        note("GNU time (/usr/bin/time) is missing: peak RSS figures are upper bounds")
    implementations = build_pyxis(implementations, skipped)
    if not implementations:
        note("no implementation to run")
        return 2
    with open(CHECKSUMS) as source:
        expected = json.load(source)

    started = datetime.datetime.now()
    versions = dict((i.name, i.version()) for i in implementations)
    record = {
        "date": started.isoformat(timespec="seconds"),
        "machine": {"host": platform.node(), "cpus": os.cpu_count(),
                    "load_average": os.getloadavg(), "platform": platform.platform()},
        "commit": git_commit(),
        "settings": {"repetitions": options.repetitions, "iterations": options.iterations,
                     "startup_runs": options.startup_runs, "timeouts": timeouts,
                     "pyxis_args": pyxis_args, "baseline": BASELINE,
                     "rss_exact": exact_rss()},
        "implementations": dict((i.name, {"command": i.command, "version": versions[i.name]})
                                for i in implementations),
        "skipped": skipped,
        "order": [i.name for i in implementations],
        "benchmark_order": chosen_benchmarks,
    }

    if not options.no_startup:
        record["startup"] = measure_startup(implementations, options.startup_runs, timeouts)
    cells = {}
    if not options.startup_only:
        cells = measure_benchmarks(chosen_benchmarks, implementations, options, timeouts,
                                   expected)
        ratio_table = ratios(cells, chosen_benchmarks, implementations)
        means = geometric_means(ratio_table, chosen_benchmarks, implementations)
        record["benchmarks"] = {}
        for benchmark in chosen_benchmarks:
            row = {}
            for implementation in implementations:
                entry = cells[(benchmark, implementation.name)].summary()
                pair = ratio_table.get((benchmark, implementation.name))
                if pair:
                    entry["ratio_wall"], entry["ratio_iteration"] = pair
                row[implementation.name] = entry
            record["benchmarks"][benchmark] = row
        record["geometric_mean"] = means
    record["duration_s"] = (datetime.datetime.now() - started).total_seconds()

    os.makedirs(options.output, exist_ok=True)
    stem = os.path.join(options.output, "python-" + started.strftime("%Y%m%d-%H%M%S"))
    with open(stem + ".json", "w") as sink:
        json.dump(record, sink, indent=1, sort_keys=True)
        sink.write("\n")
    report(record, stem)
    print("wrote %s.json" % stem)
    failures = sum(1 for cell in cells.values() if not cell.ok())
    return 1 if failures else 0


def replot(path):
    """Prints the tables of a recorded run again and redraws its chart."""
    with open(path) as source:
        record = json.load(source)
    # Records of the first runs did not keep the order of the table.
    if "order" not in record:
        known = [i.name for i in all_implementations(ROOT, [])]
        record["order"] = [name for name in known if name in record["implementations"]]
        record["benchmark_order"] = sorted(record.get("benchmarks", {}))
    report(record, path[:-len(".json")] if path.endswith(".json") else path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
