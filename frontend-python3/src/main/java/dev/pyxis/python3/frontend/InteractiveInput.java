package dev.pyxis.python3.frontend;

import dev.pyxis.python3.ast.Mod;
import dev.pyxis.python3.ast.Stmt;
import dev.pyxis.python3.parser.Parser;
import dev.pyxis.python3.tokenizer.PySyntaxError;

/**
 * Decides whether what a REPL has collected so far is an unfinished statement, the way CPython
 * 3.11's interactive console does (its {@code codeop} module: the expected verdicts are generated
 * from it). The input is the lines typed so far joined by newlines, without a final newline
 * unless the last line typed was empty.
 *
 * <p>Input is unfinished when the parser stops at the end of the input rather than at a token in
 * it: an open bracket or triple-quoted string, a trailing backslash, a block opener with no body
 * yet, a decorator without its definition, a {@code try} without its handlers. A compound
 * statement that parses is unfinished until an empty line ends it, since more of its body may
 * follow. Anything else is complete; errors in it are reported when it is compiled.
 */
final class InteractiveInput {
    private static final String FILENAME = "<stdin>";
    /**
     * Appended to tell where parsing stopped: an error the parser meets before the end of the input
     * is the same with more input after it; an error at the end moves to the probe, one line
     * further down than the end of the input.
     */
    private static final String PROBE = "\n\n__pyxis_probe__\n";

    private InteractiveInput() {
    }

    static boolean isIncomplete(String text) {
        if (endsWithContinuation(text)) {
            return true;
        }
        Mod.Interactive parsed;
        try {
            parsed = Parser.parseInteractive(text, FILENAME);
        } catch (PySyntaxError e) {
            return stoppedAtEnd(text, e);
        }
        return !parsed.body().isEmpty() && isCompound(parsed.body().getFirst()) && !text.endsWith("\n");
    }

    private static boolean stoppedAtEnd(String text, PySyntaxError e) {
        String msg = e.msg();
        if (msg.endsWith("was never closed") || msg.startsWith("unterminated triple-quoted string")) {
            return true;
        }
        if (msg.equals("unexpected EOF while parsing")) {
            // A continuation line left empty ends the statement, except when it is all there is.
            return text.strip().equals("\\");
        }
        try {
            Parser.parseInteractive(text + PROBE, FILENAME);
            return true;
        } catch (PySyntaxError probed) {
            return !(probed.msg().equals(msg) && probed.lineno() == e.lineno() && probed.offset() == e.offset());
        }
    }

    /** A backslash ending the last line (not inside a comment): the line goes on. */
    private static boolean endsWithContinuation(String text) {
        if (!text.endsWith("\\")) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n') + 1;
        return text.indexOf('#', lineStart) < 0;
    }

    private static boolean isCompound(Stmt s) {
        return switch (s) {
            case Stmt.If _, Stmt.For _, Stmt.AsyncFor _, Stmt.While _, Stmt.FunctionDef _, Stmt.AsyncFunctionDef _,
                 Stmt.ClassDef _, Stmt.Try _, Stmt.TryStar _, Stmt.With _, Stmt.AsyncWith _, Stmt.Match _ -> true;
            default -> false;
        };
    }
}
