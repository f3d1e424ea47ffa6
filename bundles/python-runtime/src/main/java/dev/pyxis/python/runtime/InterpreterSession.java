package dev.pyxis.python.runtime;

import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.python.api.CompileFailure;
import dev.pyxis.python.api.PythonInterpreter;
import dev.pyxis.python.api.PythonOptions;
import dev.pyxis.python.api.SourceCompiler;
import dev.pyxis.python.bytecode.CodeUnit;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One interpreter: a space, its modules, and the runs of files, commands and REPL input. */
final class InterpreterSession implements PythonInterpreter {
    private final PythonOptions options;
    private final Space space;
    private final PrintStream err;

    InterpreterSession(PythonOptions options) {
        this.options = options;
        HeapConfig heap = options.heap() != null ? options.heap() : HeapConfig.defaults();
        this.space = PythonSpace.create(heap, options.collector());
        this.err = new PrintStream(options.stderr(), true, StandardCharsets.UTF_8);
    }

    @Override
    public int runFile(Path script) {
        byte[] source;
        try {
            source = Files.readAllBytes(script);
        } catch (IOException e) {
            err.println(Launch.cannotOpen(script, e));
            return 2;
        }
        return run(source, null, script.toString());
    }

    @Override
    public int runCommand(String code) {
        return run(null, code, "<string>");
    }

    @Override
    public int runModule(String module) {
        err.println("pyxis: -m is not supported yet");
        return 1;
    }

    @Override
    public int runInteractive(String source) {
        if (options.compiler().isIncomplete(source)) {
            return INCOMPLETE;
        }
        int status = run(null, source, "<stdin>");
        return status == 0 ? CONTINUE : status;
    }

    private int run(byte[] source, String text, String filename) {
        CodeUnit unit;
        try {
            unit = options.compiler().compile(source, text, filename, SourceCompiler.Mode.EXEC, 0,
                    (category, message, file, line) -> err.println(file + ":" + line + ": " + category + ": " + message));
        } catch (CompileFailure f) {
            err.print(Launch.formatSyntaxError(f));
            err.flush();
            return 1;
        }
        try {
            new Interpreter(space).execute(unit);
            return 0;
        } catch (PyException e) {
            long exc = space.ts.takeRaised();
            err.println(space.typeOf(exc).name + ": " + space.str(Space.item(Exceptions.slot(exc, Exceptions.ARGS), 0)));
            return 1;
        }
    }

    @Override
    public void close() {
        space.heap.close();
    }
}
