package dev.pyxis.bench.substrate;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One plan under one heap shape: JMH's throughput joined with the samples the forks wrote.
 *
 * @param shape            the benchmark method in kebab case, with its parameters other than the plan
 * @param objectsPerSecond JMH's score; {@code objectsPerSecondError} is its 99.9% half-interval
 */
record ResultRow(String benchmark, String plan, String shape, Map<String, String> params,
                 double objectsPerSecond, double objectsPerSecondError,
                 SampleFile.Samples samples, PauseSummary pauses) {

    static ResultRow of(RunResult run, SampleFile.Samples samples) {
        BenchmarkParams p = run.getParams();
        Map<String, String> params = new TreeMap<>();
        StringBuilder shape = new StringBuilder(kebab(p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.') + 1)));
        for (String key : p.getParamsKeys()) {
            params.put(key, p.getParam(key));
            if (!key.equals("plan")) {
                shape.append(' ').append(key).append('=').append(p.getParam(key));
            }
        }
        Result<?> score = run.getPrimaryResult();
        return new ResultRow(p.getBenchmark(), p.getParam("plan"), shape.toString(), params,
                score.getScore(), score.getScoreError(), samples, PauseSummary.of(samples.pauses()));
    }

    /** Allocation throughput in MiB/s: the score times the shapes' bytes per object. */
    double mibPerSecond() {
        return objectsPerSecond * Records.averageObjectBytes() / (1 << 20);
    }

    /** The share of the measured time spent in pauses; 0 when nothing was measured. */
    double pauseShare() {
        return samples.measuredNanos() == 0 ? 0 : (double) pauses.total() / samples.measuredNanos();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
