package dev.pyxis.bench.substrate;

import org.openjdk.jmh.infra.BenchmarkParams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a run's rows, with every pause sample, as JSON for later comparison. */
final class ResultJson {
    private ResultJson() {}

    static void write(Path file, List<ResultRow> rows, BenchmarkParams settings) throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"date\": ").append(string(OffsetDateTime.now().toString())).append(",\n");
        json.append("  \"java\": ").append(string(Runtime.version().toString())).append(",\n");
        json.append("  \"cores\": ").append(Runtime.getRuntime().availableProcessors()).append(",\n");
        json.append("  \"forks\": ").append(settings.getForks()).append(",\n");
        json.append("  \"warmupIterations\": ").append(settings.getWarmup().getCount()).append(",\n");
        json.append("  \"warmupTime\": ").append(string(settings.getWarmup().getTime().toString())).append(",\n");
        json.append("  \"measurementIterations\": ").append(settings.getMeasurement().getCount()).append(",\n");
        json.append("  \"measurementTime\": ").append(string(settings.getMeasurement().getTime().toString())).append(",\n");
        json.append("  \"bytesPerObject\": ").append(number(Records.averageObjectBytes())).append(",\n");
        json.append("  \"results\": [");
        for (int i = 0; i < rows.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append(row(rows.get(i)));
        }
        json.append("\n  ]\n}\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json);
    }

    private static String row(ResultRow r) {
        PauseSummary p = r.pauses();
        return "    {\"benchmark\": " + string(r.benchmark())
                + ", \"plan\": " + string(r.plan())
                + ", \"shape\": " + string(r.shape())
                + ", \"params\": " + params(r.params())
                + ",\n     \"liveBytes\": " + r.samples().liveBytes()
                + ", \"objectsPerSecond\": " + number(r.objectsPerSecond())
                + ", \"objectsPerSecondError\": " + number(r.objectsPerSecondError())
                + ", \"mibPerSecond\": " + number(r.mibPerSecond())
                + ",\n     \"measuredNanos\": " + r.samples().measuredNanos()
                + ", \"pauseCount\": " + p.count()
                + ", \"pauseMedianNanos\": " + p.median()
                + ", \"pauseP99Nanos\": " + p.p99()
                + ", \"pauseMaxNanos\": " + p.max()
                + ", \"pauseTotalNanos\": " + p.total()
                + ", \"pauseShare\": " + number(r.pauseShare())
                + ",\n     \"pauseNanos\": " + Arrays.toString(r.samples().pauses()) + "}";
    }

    private static String params(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> string(e.getKey()) + ": " + string(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** JSON has no NaN: an undefined error (a single iteration) becomes null. */
    private static String number(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : "null";
    }

    private static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
