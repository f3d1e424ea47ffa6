package dev.pyxis.launcher;

import dev.pyxis.launcher.osgi.OsgiShell;
import dev.pyxis.launcher.plain.PlainLauncher;
import dev.pyxis.registry.api.ProfileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** The {@code pyxis} command. Plain mode by default; {@code --osgi} boots an OSGi framework. */
@Command(name = "pyxis", sortOptions = false,
        description = "Pyxis, a modular Python virtual machine on the JVM.",
        footer = "Exit status: 0 on success, 2 for bad usage, a bad profile, or a program that cannot run.")
public final class Main implements Callable<Integer> {
    /** The exit status of usage errors, as picocli and CPython use it. */
    static final int USAGE = CommandLine.ExitCode.USAGE;

    @Spec
    private CommandSpec spec;

    @Option(names = "--version", description = "Print the version and exit.")
    private boolean version;

    @Option(names = "--components", description = "List the components per slot; * marks the profile's choice.")
    private boolean components;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Assemble the VM from this profile (default: gc = semispace, concurrency = gil).")
    private Path profile;

    @Option(names = "--osgi", description = "Boot Apache Felix with this distribution's bundles and run the Gogo shell.")
    private boolean osgi;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(paramLabel = "SCRIPT", arity = "0..*", description = "A Python program and its arguments.")
    private List<String> program = List.of();

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The parser: everything after the script name belongs to the script, as with {@code python}. */
    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setStopAtPositional(true)
                .setExecutionExceptionHandler(new InternalErrorHandler());
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (version) {
            out.println(VersionInfo.line(osgi ? "osgi mode" : "plain mode"));
            return 0;
        }
        if (profile != null && !Files.isRegularFile(profile)) {
            err.println("pyxis: no profile file " + profile);
            return USAGE;
        }
        try {
            if (osgi) {
                return osgi(out, err);
            }
            PlainLauncher launcher = new PlainLauncher(profile);
            if (components) {
                launcher.listComponents(out);
                return 0;
            }
            return launcher.run(program, err);
        } catch (ProfileException e) {
            err.println("pyxis: " + e.getMessage());
            return USAGE;
        }
    }

    private int osgi(PrintWriter out, PrintWriter err) throws Exception {
        if (profile != null) {
            err.println("pyxis: --profile applies to plain mode; the shell's VM uses the default profile");
            return USAGE;
        }
        if (!program.isEmpty()) {
            err.println(PlainLauncher.noFrontend(program.getFirst()));
            return USAGE;
        }
        return new OsgiShell(OsgiShell.defaultBundles()).run(components, out, err);
    }
}
