package dev.pyxis.bench.substrate;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The one table the runner prints: a row per plan and shape. */
final class ResultTable {
    private static final String FORMAT = "%-10s %-22s %8s %16s %8s %7s %9s %9s %9s %6s%n";

    private ResultTable() {}

    static void print(List<ResultRow> rows, PrintStream out) {
        out.printf(Locale.ROOT, FORMAT, "plan", "shape", "live MiB", "Mobj/s", "MiB/s",
                "pauses", "median ms", "p99 ms", "max ms", "gc %");
        for (ResultRow r : rows) {
            PauseSummary p = r.pauses();
            out.printf(Locale.ROOT, FORMAT, r.plan(), r.shape(),
                    String.format(Locale.ROOT, "%.2f", r.samples().liveBytes() / (double) (1 << 20)),
                    throughput(r),
                    String.format(Locale.ROOT, "%.0f", r.mibPerSecond()),
                    p.count(), millis(p.median()), millis(p.p99()), millis(p.max()),
                    String.format(Locale.ROOT, "%.1f", 100 * r.pauseShare()));
        }
    }

    private static String throughput(ResultRow r) {
        double score = r.objectsPerSecond() / 1e6;
        double error = r.objectsPerSecondError() / 1e6;
        return Double.isNaN(error)
                ? String.format(Locale.ROOT, "%.2f", score)
                : String.format(Locale.ROOT, "%.2f ± %.2f", score, error);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
