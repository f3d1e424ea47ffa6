package dev.pyxis.python.runtime;

import dev.pyxis.python.api.CompileFailure;
import dev.pyxis.python.api.SourceCompiler;
import dev.pyxis.python.bytecode.CodeUnit;

/**
 * The builtins that compile and run source at run time: compile, exec, eval, and the function
 * form of the import statement, __import__.
 */
final class EvalBuiltins {
    private EvalBuiltins() {}

    static void install(Space s) {
        for (Builtin b : new Builtin[] {COMPILE, EXEC, EVAL, IMPORT}) {
            Builtins.function(s, b);
        }
    }

    /** Compiles a str or bytes source into a code object; a syntax error is raised as SyntaxError. */
    private static long compile(Space s, long source, String filename, SourceCompiler.Mode mode, int flags, boolean stripIndent) {
        byte[] bytes = null;
        String text = null;
        if (s.isStr(source)) {
            text = s.str(source);
            if (stripIndent) {
                text = text.substring(leadingBlanks(text));
            }
            if (text.indexOf('\0') >= 0) {
                throw Errors.raise(s, "SyntaxError", "source code string cannot contain null bytes");
            }
        } else {
            bytes = s.bytes(source);
            if (stripIndent) {
                int i = 0;
                while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t')) {
                    i++;
                }
                bytes = java.util.Arrays.copyOfRange(bytes, i, bytes.length);
            }
            for (byte b : bytes) {
                if (b == 0) {
                    throw Errors.raise(s, "SyntaxError", "source code string cannot contain null bytes");
                }
            }
        }
        CodeUnit unit;
        try {
            unit = s.compiler.compile(bytes, text, filename, mode, flags, s.warnings);
        } catch (CompileFailure f) {
            throw SyntaxErrors.raise(s, f);
        }
        return Code.load(s, unit);
    }

    /** eval() ignores leading spaces and tabs, as CPython does. */
    private static int leadingBlanks(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isSource(Space s, long w) {
        return s.isStr(w) || s.typeOf(w).isSubtypeOf(s.bytesType);
    }

    static final Builtin COMPILE = Builtin.function("compile(source, filename, mode, flags=0, dont_inherit=False, "
            + "optimize=-1, *, _feature_version=-1)", (s, a) -> {
        if (!isSource(s, a.get(0))) {
            throw Errors.typeError(s, "compile() arg 1 must be a string, bytes or AST object");
        }
        String mode = s.isStr(a.get(2)) ? s.str(a.get(2)) : "";
        SourceCompiler.Mode m = switch (mode) {
            case "exec" -> SourceCompiler.Mode.EXEC;
            case "eval" -> SourceCompiler.Mode.EVAL;
            case "single" -> SourceCompiler.Mode.SINGLE;
            default -> throw Errors.valueError(s, "compile() mode must be 'exec', 'eval' or 'single'");
        };
        long filename = a.get(1);
        String name = s.isStr(filename) ? s.str(filename)
                : new String(s.bytes(filename), java.nio.charset.StandardCharsets.UTF_8);
        int flags = (int) s.bigValue(BuiltinFunctions.index(s, a.slot(3))).longValue();
        return compile(s, a.get(0), name, m, flags, false);
    });

    /**
     * The globals and locals of exec/eval in root slots {@code a.slot(1)}, {@code a.slot(2)}:
     * the caller's when none are given, the globals for the locals when only globals are.
     * Inserts {@code __builtins__} into the globals as CPython does.
     */
    private static void namespaces(Space s, Builtin.Args a, String fn) {
        long g = a.get(1), l = a.get(2);
        if (g != Py.NONE && !s.typeOf(g).isSubtypeOf(s.dictType)) {
            throw Errors.typeError(s, fn.equals("eval") ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "exec() globals must be a dict, not " + s.typeOf(g).name);
        }
        if (l != Py.NONE && !isMapping(s, l)) {
            throw Errors.typeError(s, fn.equals("eval") ? "locals must be a mapping"
                    : "locals must be a mapping or None, not " + s.typeOf(l).name);
        }
        if (g == Py.NONE) {
            Frame f = s.ts.frame;
            a.set(1, s.ts.get(f.base + Frame.GLOBALS));
            if (l == Py.NONE) {
                a.set(2, FrameLocals.locals(s, f));
            }
        } else if (l == Py.NONE) {
            a.set(2, g);
        }
        // The frame's globals are the dict itself: a dict subclass's instance gives the dict it
        // wraps (global lookups read the dict directly, as CPython's do; the locals mapping stays
        // the instance, whose methods it uses).
        a.set(1, s.unwrap(a.get(1)));
        if (Dicts.getStr(s, a.get(1), "__builtins__") == 0) {
            Dicts.putStr(s, a.slot(1), "__builtins__", s.builtinsDict());
        }
    }

    /** Whether {@code w} counts as a mapping for exec's locals and a class namespace (it has __getitem__). */
    static boolean isMapping(Space s, long w) {
        PyType t = s.typeOf(w);
        return t.isSubtypeOf(s.dictType) || t.lookup("__getitem__") != 0;
    }

    /** The code object to run: the argument itself, or its source compiled with {@code mode}. */
    private static long code(Space s, Builtin.Args a, String fn, SourceCompiler.Mode mode) {
        long src = a.get(0);
        if (Py.isObject(src) && s.typeOf(src) == s.codeType) {
            if (Code.unit(s, src).freevars().length > 0) {
                throw Errors.typeError(s, "code object passed to " + fn + "() may not contain free variables");
            }
            return src;
        }
        if (!isSource(s, src)) {
            throw Errors.typeError(s, fn + "() arg 1 must be a string, bytes or code object");
        }
        return compile(s, src, "<string>", mode, 0, mode == SourceCompiler.Mode.EVAL);
    }

    static final Builtin EXEC = Builtin.function("exec(source, globals=None, locals=None, /, *, closure=None)", (s, a) -> {
        int code = s.ts.push(code(s, a, "exec", SourceCompiler.Mode.EXEC));
        try {
            namespaces(s, a, "exec");
            Interpreter.runWithNames(s, s.ts.get(code), a.slot(1), a.slot(2));
            return Py.NONE;
        } finally {
            s.ts.truncate(code);
        }
    });

    static final Builtin EVAL = Builtin.function("eval(source, globals=None, locals=None, /)", (s, a) -> {
        int code = s.ts.push(code(s, a, "eval", SourceCompiler.Mode.EVAL));
        try {
            namespaces(s, a, "eval");
            return Interpreter.runWithNames(s, s.ts.get(code), a.slot(1), a.slot(2));
        } finally {
            s.ts.truncate(code);
        }
    });

    static final Builtin IMPORT = Builtin.function("__import__(name, globals=None, locals=None, fromlist=None, level=0)", (s, a) -> {
        if (!s.isStr(a.get(0))) {
            throw Errors.typeError(s, "module name must be a string");
        }
        long level = s.bigValue(BuiltinFunctions.index(s, a.slot(4))).longValue();
        if (level < 0) {
            throw Errors.valueError(s, "level must be >= 0");
        }
        if (a.get(1) == Py.NONE) {
            a.set(1, 0);
        }
        a.set(4, Py.smallInt(level));
        return Imports.importName(s, s.str(a.get(0)), a.slot(1), a.slot(3), a.slot(4));
    });
}
