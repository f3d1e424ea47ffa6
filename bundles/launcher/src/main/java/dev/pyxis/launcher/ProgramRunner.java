package dev.pyxis.launcher;

import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.launcher.repl.LineSource;
import dev.pyxis.launcher.repl.Repl;
import dev.pyxis.launcher.repl.StreamLines;
import dev.pyxis.launcher.repl.TerminalLines;
import dev.pyxis.python.api.CompileFailure;
import dev.pyxis.python.api.Python;
import dev.pyxis.python.api.PythonInterpreter;
import dev.pyxis.python.api.PythonOptions;
import dev.pyxis.python.api.SourceCompiler;
import dev.pyxis.python.bytecode.Disassembler;
import dev.pyxis.registry.api.Profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs what an {@link Invocation} names in one interpreter, as {@code python3} does: the program,
 * then the interactive prompt if {@code -i} was given or if there was no program and stdin is a
 * terminal. With no program and stdin not a terminal, stdin is the program.
 */
final class ProgramRunner {
    private final Invocation invocation;
    private final String programName;
    private final Map<String, String> env;
    private final Console console;

    /**
     * The standard streams; whether stdin is a terminal is asked only when it matters (no program,
     * or -i): the C library call costs start-up time.
     */
    record Console(InputStream in, PrintStream out, PrintStream err, java.util.function.BooleanSupplier terminalCheck) {
        boolean stdinIsTerminal() {
            return terminalCheck.getAsBoolean();
        }
    }

    ProgramRunner(Invocation invocation, String programName, Map<String, String> env, Console console) {
        this.invocation = invocation;
        this.programName = programName;
        this.env = env;
        this.console = console;
    }

    int run(Profile profile, CollectorProvider collector, SourceCompiler compiler) {
        Invocation.Program program = invocation.program();
        if (program == Invocation.Program.SCRIPT) {
            Integer status = checkScript(Path.of(invocation.target()));
            if (status != null) {
                return status;
            }
        }
        if (invocation.xOptions().containsKey("dis")) {
            return disassemble(compiler);
        }
        boolean inspect = invocation.inspect() || (!invocation.ignoreEnvironment() && set("PYTHONINSPECT"));
        boolean prompt = inspect || (program == Invocation.Program.NONE && console.stdinIsTerminal());
        boolean unbuffered = invocation.unbuffered() || (!invocation.ignoreEnvironment() && set("PYTHONUNBUFFERED"));
        PythonOptions options = new PythonOptions(profile.heapConfig(), collector, compiler, console.in(), console.out(),
                console.err(), invocation.argv(), pythonPath(), null, unbuffered, inspect);
        try (PythonInterpreter python = Python.create(options); CtrlC ctrlC = CtrlC.forwardTo(python)) {
            int status = switch (program) {
                case SCRIPT -> python.runFile(Path.of(invocation.target()));
                case COMMAND -> python.runCommand(invocation.target());
                case MODULE -> python.runModule(invocation.target());
                case STDIN -> python.runStdin(readStdin());
                case NONE -> prompt ? 0 : python.runStdin(readStdin());
            };
            if (!prompt) {
                return status;
            }
            if (program == Invocation.Program.NONE && !invocation.quiet()) {
                console.err().println(VersionInfo.banner());
                console.err().println("Type \"help\" for more information.");
            }
            try (LineSource lines = console.stdinIsTerminal()
                    ? new TerminalLines(Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".pyxis_history"))
                    : new StreamLines(console.in(), console.err())) {
                return new Repl(python, compiler, lines, console.err()).run();
            }
        }
    }

    /**
     * {@code -X dis}: the program's bytecode, its nested code units included, instead of running
     * it; a SyntaxError as running it would report.
     */
    private int disassemble(SourceCompiler compiler) {
        byte[] source;
        String text = null;
        String filename;
        switch (invocation.program()) {
            case SCRIPT -> {
                Path script = Path.of(invocation.target());
                try {
                    source = Files.readAllBytes(script);
                } catch (IOException e) {
                    console.err().println(programName + ": can't read '" + script + "': " + e.getMessage());
                    return 2;
                }
                filename = script.toAbsolutePath().toString();
            }
            case COMMAND -> {
                source = null;
                text = invocation.target();
                filename = "<string>";
            }
            case MODULE -> {
                console.err().println(programName + ": -X dis takes a script, -c or stdin, not -m");
                return 2;
            }
            default -> {
                source = readStdin();
                filename = "<stdin>";
            }
        }
        SourceCompiler.WarningSink warnings = (category, message, file, line) ->
                console.err().println(file + ":" + line + ": " + category + ": " + message);
        try {
            console.out().print(Disassembler.disassemble(compiler.compile(source, text, filename,
                    SourceCompiler.Mode.EXEC, 0, warnings)));
            return 0;
        } catch (CompileFailure f) {
            console.err().print(f.display());
            return 1;
        }
    }

    /** CPython's messages for a script that cannot be run; null when it can. */
    private Integer checkScript(Path script) {
        Path absolute = script.toAbsolutePath();
        if (Files.isDirectory(script)) {
            if (!Files.exists(script.resolve("__main__.py"))) {
                console.err().println(programName + ": can't find '__main__' module in '" + invocation.target() + "'");
                return 1;
            }
            return null;
        }
        if (!Files.exists(script)) {
            console.err().println(programName + ": can't open file '" + absolute + "': [Errno 2] No such file or directory");
            return 2;
        }
        if (!Files.isReadable(script)) {
            console.err().println(programName + ": can't open file '" + absolute + "': [Errno 13] Permission denied");
            return 2;
        }
        return null;
    }

    private byte[] readStdin() {
        try {
            return console.in().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the program from standard input", e);
        }
    }

    /** PYTHONPATH's entries, unless -E or -I. */
    private List<Path> pythonPath() {
        String value = invocation.ignoreEnvironment() ? null : env.get("PYTHONPATH");
        List<Path> path = new ArrayList<>();
        if (value != null) {
            for (String entry : value.split(":")) {
                if (!entry.isEmpty()) {
                    path.add(Path.of(entry));
                }
            }
        }
        return path;
    }

    private boolean set(String variable) {
        String v = env.get(variable);
        return v != null && !v.isEmpty();
    }
}
