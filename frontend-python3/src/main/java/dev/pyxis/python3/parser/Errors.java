package dev.pyxis.python3.parser;

import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.Located;
import dev.pyxis.python3.tokenizer.PySyntaxError;
import dev.pyxis.python3.tokenizer.Token;

/** Builds syntax errors with the messages and positions CPython 3.11 reports for them. */
final class Errors {
    private Errors() {
    }

    private static final String SYNTAX = "SyntaxError";

    /** A syntax error spanning token {@code i}. */
    static PySyntaxError at(Parser p, int i, String msg) {
        Token t = p.tok(i);
        int endCol = t.endCol();
        if (p.tb.kind(i) == K.NEWLINE) endCol = t.startCol();
        return error(p, msg, t.startLine(), t.startCol() + 1, t.endLine(), endCol + 1);
    }

    /** A syntax error spanning a node. */
    static PySyntaxError at(Parser p, Located n, String msg) {
        return span(p, msg, n, n);
    }

    /** A syntax error from the start of {@code a} to the end of {@code b}. */
    static PySyntaxError span(Parser p, String msg, Located a, Located b) {
        TokenBuffer tb = p.tb;
        return error(p, msg, tb.rawLine(a.lineno()), tb.cpCol(a.lineno(), a.colOffset()) + 1,
                tb.rawLine(b.endLineno()), tb.cpCol(b.endLineno(), b.endColOffset()) + 1);
    }

    static PySyntaxError error(Parser p, String msg, int line, int offset, int endLine, int endOffset) {
        return p.tb.error(SYNTAX, p.fstringPrefix() + msg, line, offset, endLine, endOffset);
    }

    /** "invalid syntax" at the furthest token the parser looked at, as CPython reports it. */
    static PySyntaxError invalidSyntaxAt(Parser p, int i) {
        int last = Math.max(i, furthest(p));
        return at(p, last, "invalid syntax");
    }

    private static int furthest(Parser p) {
        int last = p.tb.size - 1;
        while (last > 0 && p.tb.kind[last] == K.ENDMARKER && p.tb.kind[last - 1] == K.ENDMARKER) last--;
        return last;
    }

    /**
     * CPython reports a tokenizer error found later in the file in preference to a parser error,
     * except an unclosed bracket opened on or after the line of the last token the parser looked at.
     */
    static PySyntaxError preferTokenizerError(Parser p, PySyntaxError e) {
        TokenBuffer tb = p.tb;
        if (tb.tokenizerFailed || !e.typeName().equals(SYNTAX) && !e.typeName().equals("IndentationError")) return e;
        int failLine = tb.size > 0 ? tb.tok(furthest(p)).startLine() : 0;
        try {
            tb.drain();
        } catch (PySyntaxError later) {
            if (later.msg().endsWith("was never closed") && failLine <= later.lineno()) return e;
            return later;
        }
        return e;
    }

    static PySyntaxError unexpectedIndent(Parser p) {
        Token t = p.tok(p.p);
        return p.tb.error("IndentationError", "unexpected indent", t.startLine(), t.endCol(), t.startLine(), -1);
    }

    static PySyntaxError afterSimpleStatement(Parser p) {
        return p.invalidSyntax();
    }

    static PySyntaxError expected(Parser p, String what) {
        return at(p, p.p, "expected " + what);
    }

    /** A missing ':' is named only at the end of the line (CPython's rule); elsewhere it is plain invalid syntax. */
    static PySyntaxError expectedColon(Parser p) {
        if (p.k() != K.NEWLINE) return p.invalidSyntax();
        Token prev = p.tok(p.p - 1);
        return error(p, "expected ':'", prev.endLine(), prev.endCol() + 1, prev.endLine(), prev.endCol() + 1);
    }

    static PySyntaxError expectedIndentedBlock(Parser p, int headTok, String what) {
        Token t = p.tok(p.p);
        int endCol = t.endCol();
        if (p.tb.kind(p.p) == K.NEWLINE && t.text().isEmpty()) endCol = t.startCol();
        return p.tb.error("IndentationError", "expected an indented block after " + what + " on line "
                + p.tok(headTok).startLine(), t.startLine(), t.startCol() + 1, t.endLine(), endCol + 1);
    }

    static PySyntaxError mixedExcept(Parser p, int exceptTok) {
        return at(p, exceptTok, "cannot have both 'except' and 'except*' on the same 'try'");
    }

    static PySyntaxError exceptParens(Parser p, Expr first, int commaTok) {
        Expr last = first;
        return span(p, "multiple exception types must be parenthesized", first, lastNode(p, last));
    }

    /** A located stand-in for the previous token, to end a span there. */
    private static Located lastNode(Parser p, Located fallback) {
        int i = p.p - 1;
        return new Located() {
            public int lineno() { return fallback.lineno(); }
            public int colOffset() { return fallback.colOffset(); }
            public int endLineno() { return p.tb.eline[i]; }
            public int endColOffset() { return p.tb.bend[i]; }
        };
    }

    static PySyntaxError expectedExceptStarType(Parser p) {
        return at(p, p.p, "expected one or more exception types");
    }

    static PySyntaxError expectedExceptOrFinally(Parser p) {
        return at(p, p.p, "expected 'except' or 'finally' block");
    }

    static PySyntaxError trailingCommaImport(Parser p) {
        return at(p, p.p, "trailing comma not allowed without surrounding parentheses");
    }

    static PySyntaxError invalidAsPattern(Parser p) {
        return at(p, p.p, "invalid pattern target");
    }

    static PySyntaxError positionalPatternAfterKeyword(Parser p, int start, Located pat) {
        return at(p, pat, "positional patterns follow keyword patterns");
    }

    static PySyntaxError badWalrusTarget(Parser p, Expr e) {
        return at(p, e, "cannot use assignment expressions with " + Targets.describe(e));
    }

    static PySyntaxError expectedElse(Parser p, int startTok) {
        Token s = p.tok(startTok);
        Token e = p.tok(p.p - 1);
        return error(p, "expected 'else' after 'if' expression", s.startLine(), s.startCol() + 1, e.endLine(), e.endCol() + 1);
    }

    /** True for the expressions CPython's "maybe you meant '=='" rule looks at (bitwise_or level, not a display). */
    private static boolean hintable(Parser p, int startTok, Expr e) {
        int k0 = p.tb.kind(startTok);
        if (k0 == K.TRUE || k0 == K.FALSE || k0 == K.NONE) return false;
        boolean startsHere = p.L(startTok) == e.lineno() && p.C(startTok) == e.colOffset();
        if (startsHere && (e instanceof Expr.List || e instanceof Expr.Tuple)) return false;
        if (e instanceof Expr.GeneratorExp && k0 == K.LPAR) return false;
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.Starred
                || e instanceof Expr.UnaryOp u && u.op() == dev.pyxis.python3.ast.UnaryOperator.Not);
    }

    /** After '=': a bitwise_or not followed by '=' or ':=' (restores the position). */
    private static boolean singleEquals(Parser p) {
        int save = p.p;
        try {
            p.p++;
            p.bitwiseOr();
            return p.k() != K.EQUAL && p.k() != K.COLONEQUAL;
        } catch (PySyntaxError e) {
            return false;
        } finally {
            p.p = save;
        }
    }

    /** '=' after an expression where only '==' or ':=' could be meant. */
    static PySyntaxError equalsInExpression(Parser p, int startTok, Expr e) {
        if (e instanceof Expr.Name && p.p == startTok + 1) {
            int save = p.p;
            p.p++;
            try {
                p.bitwiseOr();
                if (p.k() != K.EQUAL && p.k() != K.COLONEQUAL) {
                    Token a = p.tok(startTok);
                    Token b = p.tok(p.p - 1);
                    return error(p, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            a.startLine(), a.startCol() + 1, b.endLine(), b.endCol() + 1);
                }
            } catch (PySyntaxError ignored) {
                // no expression after '=': generic error below
            } finally {
                p.p = save;
            }
        } else if (hintable(p, startTok, e) && Targets.firstInvalid(e, false) != null && singleEquals(p)) {
            return at(p, e, "cannot assign to " + Targets.describe(e) + " here. Maybe you meant '==' instead of '='?");
        }
        return p.invalidSyntax();
    }

    /** The first target of an assignment statement, checked the way CPython's error rules see it. */
    static void checkFirstTarget(Parser p, int startTok, Expr first) {
        Expr bad = Targets.firstInvalid(first, false);
        if (bad == null) return;
        Expr candidate = first;
        int candStart = startTok;
        if (first instanceof Expr.Tuple t && p.tb.kind(startTok) != K.LPAR && !t.elts().isEmpty()) {
            candidate = t.elts().get(t.elts().size() - 1);
            candStart = -1;
        }
        if (candidate == bad && singleEquals(p)) {
            boolean ok = candStart >= 0 ? hintable(p, candStart, bad) : hintableNode(bad);
            if (ok) throw at(p, bad, "cannot assign to " + Targets.describe(bad) + " here. Maybe you meant '==' instead of '='?");
        }
    }

    private static boolean hintableNode(Expr e) {
        if (e instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == dev.pyxis.python3.ast.Singleton.NONE)) {
            return false;
        }
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.List || e instanceof Expr.Tuple
                || e instanceof Expr.GeneratorExp
                || e instanceof Expr.UnaryOp u && u.op() == dev.pyxis.python3.ast.UnaryOperator.Not);
    }

    static PySyntaxError missingParentheses(Parser p, int startTok, String name) {
        int save = p.p;
        try {
            p.starExpressions();
            Token a = p.tok(startTok);
            Token b = p.tok(p.p - 1);
            return error(p, "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
                    a.startLine(), a.startCol() + 1, b.endLine(), b.endCol() + 1);
        } catch (PySyntaxError e) {
            p.p = save;
            return p.invalidSyntax();
        }
    }

    static PySyntaxError cannotAssign(Parser p, Expr whole, Expr bad, Targets.Use use) {
        return at(p, bad, "cannot assign to " + Targets.describe(bad));
    }

    static PySyntaxError iterableAfterKwUnpacking(Parser p, Expr starred) {
        return error(p, "iterable argument unpacking follows keyword argument unpacking",
                p.tb.rawLine(starred.lineno()), p.tb.cpCol(starred.lineno(), starred.colOffset()) + 1,
                p.tb.rawLine(starred.lineno()), p.tb.cpCol(starred.lineno(), starred.colOffset()) + 2);
    }

    static PySyntaxError genexpNeedsParens(Parser p, Expr g) {
        return at(p, g, "Generator expression must be parenthesized");
    }

    static PySyntaxError keywordArgumentTarget(Parser p, Expr target) {
        Token eq = p.tok(p.p);
        String msg = target instanceof Expr.Constant c && (c.value() instanceof Boolean
                || c.value() == dev.pyxis.python3.ast.Singleton.NONE)
                ? "cannot assign to " + Targets.describe(target)
                : "expression cannot contain assignment, perhaps you meant \"==\"?";
        return error(p, msg, p.tb.rawLine(target.lineno()), p.tb.cpCol(target.lineno(), target.colOffset()) + 1,
                eq.endLine(), eq.endCol() + 1);
    }

    static PySyntaxError positionalAfter(Parser p, Expr arg, String what) {
        return at(p, arg, "positional argument follows " + what);
    }

    static PySyntaxError forTarget(Parser p, int forTok) {
        int save = p.p;
        p.p = forTok + 1;
        try {
            Expr e = p.starExpressions();
            // "for x in y" read as an expression is a comparison: CPython blames its left side
            while (e instanceof Expr.Compare c && c.ops().get(0) == dev.pyxis.python3.ast.CmpOperator.In) e = c.left();
            Expr bad = Targets.firstInvalid(e, false);
            if (bad != null) return at(p, bad, "cannot assign to " + Targets.describe(bad));
        } catch (PySyntaxError ignored) {
            // not an expression either: fall back to the generic error
        }
        p.p = save;
        return p.invalidSyntax();
    }

    static PySyntaxError invalidAtom(Parser p) {
        return p.invalidSyntax();
    }

    static PySyntaxError inCallArguments(Parser p, int open) {
        return maybeMissingComma(p);
    }

    static PySyntaxError inParentheses(Parser p, int open, Expr last) {
        return maybeMissingComma(p);
    }

    static PySyntaxError inBrackets(Parser p, int open, Expr last) {
        if (p.k() == K.FOR && last != null) {
            Token o = p.tok(open + 1);
            Token e = p.tok(p.p - 1);
            return error(p, "did you forget parentheses around the comprehension target?",
                    o.startLine(), o.startCol() + 1, e.endLine(), e.endCol() + 1);
        }
        return maybeMissingComma(p);
    }

    /** Inside brackets, two expressions in a row: CPython suggests a missing comma. */
    private static PySyntaxError maybeMissingComma(Parser p) {
        int here = p.p;
        int prevStart = expressionStartBefore(p, here);
        if (prevStart >= 0 && p.startsExpression() && p.k() != K.STAR && p.k() != K.YIELD
                && !(p.tb.kind(prevStart) == K.NAME && p.k() == K.STRING)) {
            try {
                p.expression();
                Token a = p.tok(prevStart);
                Token b = p.tok(p.p - 1);
                return error(p, "invalid syntax. Perhaps you forgot a comma?", a.startLine(), a.startCol() + 1,
                        b.endLine(), b.endCol() + 1);
            } catch (PySyntaxError ignored) {
                // the second part is no expression: plain invalid syntax
            } finally {
                p.p = here;
            }
        }
        return p.invalidSyntax();
    }

    /** The first token of the expression that ends just before {@code here}, found by re-parsing; -1 if none. */
    private static int expressionStartBefore(Parser p, int here) {
        return p.lastExpressionStart;
    }

    static PySyntaxError dictValueExpected(Parser p, Expr key) {
        if (p.k() == K.COLON) return p.invalidSyntax();
        return error(p, "':' expected after dictionary key", p.tb.rawLine(key.lineno()),
                p.tb.cpCol(key.lineno(), key.colOffset()) + 1, p.tb.rawLine(key.lineno()), 0);
    }

    static PySyntaxError paramAfterKwargs(Parser p) {
        return at(p, p.p, "arguments cannot follow var-keyword argument");
    }

    static PySyntaxError varargDefault(Parser p, String kind) {
        return at(p, p.p, kind + " argument cannot have default value");
    }

    static PySyntaxError inParameters(Parser p, int close) {
        return p.invalidSyntax();
    }
}
