package dev.pyxis.bench.substrate;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The launcher behind {@code bench/substrate/run}: runs the shapes under every discovered plan
 * with modest JMH defaults, joins JMH's scores with the pause samples the forks wrote, prints
 * one table and writes JSON.
 *
 * <p>Usage: {@code SubstrateRun <result.json> [JMH options]}. JMH options given on the command
 * line win over the defaults here; JMH's own progress output goes to a log next to the JSON
 * unless {@code -o} says otherwise.
 */
public final class SubstrateRun {
    private SubstrateRun() {}

    public static void main(String[] args) throws IOException, RunnerException {
        if (args.length == 0) {
            System.err.println("usage: SubstrateRun <result.json> [JMH options]");
            System.exit(2);
        }
        Path json = Path.of(args[0]);
        CommandLineOptions cli;
        try {
            cli = new CommandLineOptions(Arrays.copyOfRange(args, 1, args.length));
        } catch (CommandLineOptionException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (cli.shouldHelp()) {
            cli.showHelp();
            return;
        }
        Path samples = Files.createTempDirectory("pyxis-bench-samples");
        try {
            Options options = withDefaults(cli, json, samples);
            System.out.println("plans: " + String.join(", ", options.getParameter("plan").get())
                    + "; JMH log: " + options.getOutput().orElse("stdout"));
            List<RunResult> runs = new ArrayList<>(new Runner(options).run());
            if (runs.isEmpty()) {
                System.err.println("no benchmark ran; see the JMH log");
                System.exit(1);
            }
            List<ResultRow> rows = new ArrayList<>();
            for (RunResult run : runs) {
                rows.add(ResultRow.of(run, SampleFile.read(samples, run.getParams())));
            }
            rows.sort(Comparator.comparingLong((ResultRow r) -> r.samples().liveBytes())
                    .thenComparing(ResultRow::shape).thenComparing(ResultRow::plan));
            ResultTable.print(rows, System.out);
            ResultJson.write(json, rows, runs.getFirst().getParams());
            System.out.println("results: " + json);
        } finally {
            try (Stream<Path> files = Files.list(samples)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(samples);
        }
    }

    private static Options withDefaults(CommandLineOptions cli, Path json, Path samples) {
        ChainedOptionsBuilder b = new OptionsBuilder().parent(cli);
        if (cli.getIncludes().isEmpty()) {
            b.include(SubstrateRun.class.getPackageName() + "\\.");
        }
        if (!cli.getParameter("plan").hasValue()) {
            b.param("plan", PlanHeaps.discovered().toArray(String[]::new));
        }
        if (!cli.getForkCount().hasValue()) {
            b.forks(1);
        }
        if (!cli.getWarmupIterations().hasValue()) {
            b.warmupIterations(3);
        }
        if (!cli.getWarmupTime().hasValue()) {
            b.warmupTime(TimeValue.seconds(2));
        }
        if (!cli.getMeasurementIterations().hasValue()) {
            b.measurementIterations(5);
        }
        if (!cli.getMeasurementTime().hasValue()) {
            b.measurementTime(TimeValue.seconds(2));
        }
        if (!cli.getOutput().hasValue()) {
            b.output(json.toString().replaceFirst("\\.json$", "") + ".log");
        }
        List<String> jvmArgs = new ArrayList<>(cli.getJvmArgsAppend().orElse(List.of()));
        jvmArgs.add("--enable-native-access=ALL-UNNAMED");
        jvmArgs.add("--sun-misc-unsafe-memory-access=allow");
        jvmArgs.add("-D" + SampleFile.DIRECTORY_PROPERTY + "=" + samples);
        // With -f 0 the benchmarks run in this JVM.
        System.setProperty(SampleFile.DIRECTORY_PROPERTY, samples.toString());
        b.jvmArgsAppend(jvmArgs.toArray(String[]::new));
        return b.build();
    }
}
