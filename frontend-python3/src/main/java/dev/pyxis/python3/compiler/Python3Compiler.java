package dev.pyxis.python3.compiler;

import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python3.ast.Alias;
import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.Mod;
import dev.pyxis.python3.ast.Stmt;
import dev.pyxis.python3.parser.Parser;
import dev.pyxis.python3.symtable.ErrorReporter;
import dev.pyxis.python3.symtable.SymbolTable;
import dev.pyxis.python3.tokenizer.PySyntaxError;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Python 3.11 compiler: source to a tree of {@link CodeUnit}s (parse, symbol tables, code
 * generation, assembly). Errors are thrown as {@link PySyntaxError} with CPython's messages and
 * positions. With the system property {@code pyxis.verifyBytecode=true} every produced code unit
 * is checked by {@link BytecodeVerifier}.
 */
public final class Python3Compiler {
    /** {@code from __future__ import annotations} (CPython's CO_FUTURE_ANNOTATIONS). */
    public static final int FUTURE_ANNOTATIONS = 0x1000000;
    /** {@code from __future__ import barry_as_FLUFL} (CPython's CO_FUTURE_BARRY_AS_BDFL). */
    public static final int FUTURE_BARRY_AS_BDFL = 0x400000;

    private static final List<String> NO_OP_FEATURES = List.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "generator_stop");

    private static final boolean VERIFY = Boolean.getBoolean("pyxis.verifyBytecode");

    private Python3Compiler() {
    }

    /** Compiles source bytes (decoded as CPython does: BOM, PEP 263, UTF-8) ignoring warnings. */
    public static CodeUnit compile(byte[] source, String filename, CompileMode mode, int flags) {
        return compile(source, filename, mode, flags, CompileWarnings.IGNORE);
    }

    /** Compiles source text ignoring warnings. */
    public static CodeUnit compile(String source, String filename, CompileMode mode, int flags) {
        return compile(source, filename, mode, flags, CompileWarnings.IGNORE);
    }

    /**
     * Compiles source bytes.
     *
     * @param flags future features inherited from the caller ({@link #FUTURE_ANNOTATIONS}); 0 for
     *              {@code dont_inherit}. Features the source imports are added.
     */
    public static CodeUnit compile(byte[] source, String filename, CompileMode mode, int flags,
                                   CompileWarnings warnings) {
        // The error reporter only needs lines for SyntaxError.text; undecodable bytes were already
        // rejected by the parser for real errors.
        String text = new String(source, StandardCharsets.UTF_8);
        Mod mod = switch (mode) {
            case EXEC -> Parser.parseModule(source, filename);
            case EVAL -> Parser.parseExpression(text, filename);
            case SINGLE -> Parser.parseInteractive(text, filename);
        };
        return compile(mod, text, filename, flags, warnings);
    }

    /** Compiles source text. */
    public static CodeUnit compile(String source, String filename, CompileMode mode, int flags,
                                   CompileWarnings warnings) {
        Mod mod = switch (mode) {
            case EXEC -> Parser.parseModule(source, filename);
            case EVAL -> Parser.parseExpression(source, filename);
            case SINGLE -> Parser.parseInteractive(source, filename);
        };
        return compile(mod, source, filename, flags, warnings);
    }

    /** Compiles a parsed tree; {@code source} (may be null) gives SyntaxError.text. */
    public static CodeUnit compile(Mod mod, String source, String filename, int flags, CompileWarnings warnings) {
        ErrorReporter errors = new ErrorReporter(filename, source);
        int future = (flags & (FUTURE_ANNOTATIONS | FUTURE_BARRY_AS_BDFL)) | futureFeatures(mod, errors);
        boolean annotations = (future & FUTURE_ANNOTATIONS) != 0;
        SymbolTable symbols = SymbolTable.build(mod, errors, annotations);
        CodeGenerator gen = new CodeGenerator(filename, errors, symbols, warnings, annotations, future,
                mod instanceof Mod.Interactive);
        CodeUnit code = gen.compileModule(mod);
        if (VERIFY) {
            BytecodeVerifier.verifyTree(code);
        }
        return code;
    }

    /** The future features a module imports; checks they come first and exist. */
    private static int futureFeatures(Mod mod, ErrorReporter errors) {
        List<Stmt> body = switch (mod) {
            case Mod.Module m -> m.body();
            case Mod.Interactive m -> m.body();
            case Mod.Expression m -> List.of();
        };
        int features = 0;
        boolean leading = true;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (i == 0 && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String) {
                continue;
            }
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
                if (!leading) {
                    throw errors.error("from __future__ imports must occur at the beginning of the file", s);
                }
                for (Alias a : f.names()) {
                    switch (a.name()) {
                        case "annotations" -> features |= FUTURE_ANNOTATIONS;
                        case "barry_as_FLUFL" -> features |= FUTURE_BARRY_AS_BDFL;
                        case "braces" -> throw errors.errorAt("not a chance", s.lineno(), 1);
                        default -> {
                            if (!NO_OP_FEATURES.contains(a.name())) {
                                throw errors.errorAt("future feature " + a.name() + " is not defined", s.lineno(), 1);
                            }
                        }
                    }
                }
            } else {
                leading = false;
            }
        }
        return features;
    }
}
