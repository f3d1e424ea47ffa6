package dev.pyxis.launcher;

import dev.pyxis.launcher.osgi.OsgiShell;
import dev.pyxis.launcher.plain.PlainLauncher;
import dev.pyxis.python.api.Python;
import dev.pyxis.registry.api.Profile;
import dev.pyxis.registry.api.ProfileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code pyxis} command: {@code python3}'s command line (see {@link ArgumentParser}) on a VM
 * assembled in plain mode from a profile; {@code --osgi} boots an OSGi framework instead.
 *
 * <p>Exit status: the program's; 2 for a bad command line or profile or a script that cannot be
 * opened (CPython's usage status); 70 (EX_SOFTWARE) for an internal error.
 */
public final class Main {
    /** CPython's exit status for usage errors. */
    static final int USAGE = 2;
    /** An unexpected failure of Pyxis itself (sysexits' EX_SOFTWARE). */
    static final int INTERNAL_ERROR = 70;
    /** The name the command was started by, for messages; the {@code pyxis} script sets it. */
    static final String PROGRAM_PROPERTY = "pyxis.program";

    /** The profile the launcher starts from: the framework's defaults with the python3 front end. */
    static final String BASE_PROFILE = "frontend = python3\n";

    private final ProgramRunner.Console console;
    private final Map<String, String> env;
    private final String programName;

    Main(ProgramRunner.Console console, Map<String, String> env, String programName) {
        this.console = console;
        this.env = env;
        this.programName = programName;
    }

    /**
     * The interpreter recurses on the Java stack for Python calls: the program runs on a thread
     * whose stack holds far more than the default recursion limit (the memory is reserved, and
     * committed only as deep as the program goes).
     */
    private static final long PROGRAM_STACK_BYTES = 1L << 30;

    public static void main(String[] args) throws InterruptedException {
        // The runtime builds its builtin tables while this thread wires the components.
        Python.prepareInBackground();
        ProgramRunner.Console console = new ProgramRunner.Console(System.in, System.out, System.err, () -> Tty.isatty(0));
        int[] status = new int[1];
        Thread program = new Thread(null, () -> status[0] = new Main(console, System.getenv(),
                System.getProperty(PROGRAM_PROPERTY, "pyxis")).run(List.of(args)), "main", PROGRAM_STACK_BYTES);
        program.start();
        program.join();
        System.out.flush();
        System.err.flush();
        System.exit(status[0]);
    }

    int run(List<String> args) {
        PrintStream out = console.out();
        PrintStream err = console.err();
        Invocation invocation;
        try {
            invocation = ArgumentParser.parse(args);
        } catch (UsageError e) {
            err.println(e.getMessage());
            err.print(Usage.error(programName));
            return USAGE;
        }
        if (invocation.help()) {
            out.print(Usage.help(programName));
            return 0;
        }
        if (invocation.versionCount() > 0) {
            out.println(invocation.versionCount() > 1 ? VersionInfo.pythonLong() : VersionInfo.python());
            return 0;
        }
        if (invocation.pyxisVersion()) {
            out.println(VersionInfo.line(invocation.osgi() ? "osgi mode" : "plain mode"));
            return 0;
        }
        try {
            if (invocation.osgi()) {
                return osgi(invocation);
            }
            PlainLauncher launcher = new PlainLauncher(profile(invocation));
            if (invocation.components()) {
                PrintWriter w = new PrintWriter(out, true);
                launcher.listComponents(w);
                w.flush();
                return 0;
            }
            launcher.validate();
            return new ProgramRunner(invocation, programName, env, console)
                    .run(launcher.profile(), launcher.collector(), launcher.compiler());
        } catch (ProfileException e) {
            err.println("pyxis: " + e.getMessage());
            return USAGE;
        } catch (Exception e) {
            // The logger only now: configuring Logback costs start-up time that other paths need not pay.
            Logger log = LoggerFactory.getLogger(Main.class);
            err.println("pyxis: internal error: " + e + (log.isDebugEnabled() ? "" : " (PYXIS_LOG=debug shows the stack trace)"));
            log.debug("internal error", e);
            return INTERNAL_ERROR;
        }
    }

    /**
     * The launcher's base profile, then the profile file's lines, then the {@code -X} settings
     * ({@code gc}, {@code heap}, {@code stress}, {@code checked}).
     */
    static Profile profile(Invocation invocation) {
        Profile p = Profile.parse(BASE_PROFILE, "pyxis defaults");
        Path file = invocation.profile();
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ProfileException("no profile file " + file);
            }
            try {
                p = p.apply(Files.readString(file), file.toString());
            } catch (IOException e) {
                throw new ProfileException("cannot read profile " + file + ": " + e.getMessage());
            }
        }
        for (var x : invocation.xOptions().entrySet()) {
            String key = x.getKey();
            if (key.equals("gc") || key.equals("heap") || key.equals("stress") || key.equals("checked")) {
                try {
                    p = p.with(key, x.getValue());
                } catch (ProfileException e) {
                    throw new ProfileException("-X " + e.getMessage());
                }
            }
        }
        return p;
    }

    private int osgi(Invocation invocation) throws Exception {
        PrintStream err = console.err();
        if (invocation.profile() != null) {
            err.println("pyxis: --profile applies to plain mode; the shell's VM uses the default profile");
            return USAGE;
        }
        if (invocation.program() != Invocation.Program.NONE) {
            err.println("pyxis: --osgi starts the OSGi shell; it does not run programs yet");
            return USAGE;
        }
        PrintWriter out = new PrintWriter(console.out(), true);
        PrintWriter errWriter = new PrintWriter(err, true);
        return new OsgiShell(OsgiShell.defaultBundles()).run(invocation.components(), out, errWriter);
    }
}
