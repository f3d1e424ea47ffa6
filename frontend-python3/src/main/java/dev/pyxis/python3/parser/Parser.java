package dev.pyxis.python3.parser;

import dev.pyxis.python3.ast.Alias;
import dev.pyxis.python3.ast.Arg;
import dev.pyxis.python3.ast.Arguments;
import dev.pyxis.python3.ast.BoolOperator;
import dev.pyxis.python3.ast.CmpOperator;
import dev.pyxis.python3.ast.Comprehension;
import dev.pyxis.python3.ast.ExceptHandler;
import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.ExprContext;
import dev.pyxis.python3.ast.Keyword;
import dev.pyxis.python3.ast.MatchCase;
import dev.pyxis.python3.ast.Mod;
import dev.pyxis.python3.ast.Operator;
import dev.pyxis.python3.ast.Pattern;
import dev.pyxis.python3.ast.Singleton;
import dev.pyxis.python3.ast.Stmt;
import dev.pyxis.python3.ast.UnaryOperator;
import dev.pyxis.python3.ast.WithItem;
import dev.pyxis.python3.tokenizer.PySyntaxError;
import dev.pyxis.python3.tokenizer.Token;
import dev.pyxis.python3.tokenizer.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The Python 3.11 parser: tokens to {@link Mod} trees, with CPython's node positions and syntax errors.
 *
 * <p>Hand-written recursive descent over the grammar of the language reference. Assignment
 * statements are parsed as expressions first and then turned into targets, so statements need no
 * backtracking; the few places that do (parenthesised with-items, the soft keyword {@code match})
 * rewind at most one construct. All entry points throw {@link PySyntaxError} with CPython's type,
 * message and positions.
 */
public final class Parser {

    /**
     * Nesting depth of expressions and blocks beyond which the parser gives up with a RecursionError
     * instead of overflowing the Java stack (CPython accepts 2000 nested unary minus signs, not 3000).
     */
    private static final int MAX_DEPTH = 2500;

    final TokenBuffer tb;
    int p;
    private int depth;
    private final boolean fstringPart;

    Parser(TokenBuffer tb, boolean fstringPart) {
        this.tb = tb;
        this.fstringPart = fstringPart;
    }

    // ------------------------------------------------------------------ entry points

    /** Parses a module ({@code exec} mode) from source bytes, decoding them as CPython does (UTF-8, BOM, PEP 263). */
    public static Mod.Module parseModule(byte[] source, String filename) {
        return new Parser(new TokenBuffer(new Tokenizer(source, filename, false)), false).module();
    }

    /** Parses a module ({@code exec} mode) from text. */
    public static Mod.Module parseModule(String source, String filename) {
        return new Parser(new TokenBuffer(new Tokenizer(source, filename, false)), false).module();
    }

    /** Parses one expression ({@code eval} mode). */
    public static Mod.Expression parseExpression(String source, String filename) {
        return new Parser(new TokenBuffer(new Tokenizer(source, filename, false)), false).evalInput();
    }

    /** Parses one interactive statement ({@code single} mode). */
    public static Mod.Interactive parseInteractive(String source, String filename) {
        return new Parser(new TokenBuffer(new Tokenizer(source, filename, false)), false).interactive();
    }

    private Mod.Module module() {
        try {
            List<Stmt> body = new ArrayList<>();
            while (k() != K.ENDMARKER) statement(body);
            return new Mod.Module(body);
        } catch (PySyntaxError e) {
            throw Errors.preferTokenizerError(this, e);
        } catch (StackOverflowError e) {
            throw tooComplex();
        }
    }

    private Mod.Expression evalInput() {
        try {
            Expr e = expressions();
            while (k() == K.NEWLINE) p++;
            if (k() != K.ENDMARKER) throw invalidSyntax();
            return new Mod.Expression(e);
        } catch (PySyntaxError e) {
            throw Errors.preferTokenizerError(this, e);
        } catch (StackOverflowError e) {
            throw tooComplex();
        }
    }

    private Mod.Interactive interactive() {
        try {
            List<Stmt> body = new ArrayList<>();
            if (k() != K.NEWLINE && k() != K.ENDMARKER) statement(body);
            while (k() == K.NEWLINE) p++;
            if (k() != K.ENDMARKER) {
                throw tb.error("SyntaxError", "multiple statements found while compiling a single statement",
                        tok(p).startLine(), tok(p).startCol() + 1, tok(p).endLine(), tok(p).endCol() + 1);
            }
            return new Mod.Interactive(body);
        } catch (PySyntaxError e) {
            throw Errors.preferTokenizerError(this, e);
        } catch (StackOverflowError e) {
            throw tooComplex();
        }
    }

    /** Parses the expression of an f-string replacement field (the text is already wrapped in parentheses). */
    Expr fstringExpression() {
        Expr e = starExpressions();
        if (k() != K.NEWLINE && k() != K.ENDMARKER) throw invalidSyntax();
        return e;
    }

    /** The error for absurdly deep nesting: a RecursionError as CPython raises for it, never a StackOverflowError. */
    PySyntaxError tooComplex() {
        return new PySyntaxError("RecursionError", "maximum recursion depth exceeded during ast construction",
                tb.filename(), 0, -1, null, null, null);
    }

    // ------------------------------------------------------------------ token helpers

    int k() {
        return tb.kind(p);
    }

    int k(int ahead) {
        return tb.kind(p + ahead);
    }

    Token tok(int i) {
        return tb.tok(i);
    }

    String text() {
        return tb.tok(p).text();
    }

    boolean accept(int kind) {
        if (tb.kind(p) == kind) {
            p++;
            return true;
        }
        return false;
    }

    void expect(int kind) {
        if (tb.kind(p) != kind) throw invalidSyntax();
        p++;
    }

    /** True if the current token is the soft keyword or name {@code s}. */
    boolean atName(String s) {
        return tb.kind(p) == K.NAME && tb.tok(p).text().equals(s);
    }

    String name() {
        if (tb.kind(p) != K.NAME) throw invalidSyntax();
        return tb.tok(p++).text();
    }

    int L(int s) {
        return tb.kind(s) >= 0 ? tb.sline[s] : 0;
    }

    int C(int s) {
        tb.kind(s);
        return tb.bcol[s];
    }

    int EL() {
        return tb.eline[p - 1];
    }

    int EC() {
        return tb.bend[p - 1];
    }

    /** Index of the last token of the block just parsed (a trailing ';' counts, as in CPython). */
    private int blockEndToken() {
        int i = p - 1;
        while (i > 0) {
            int kk = tb.kind(i);
            if (kk != K.NEWLINE && kk != K.INDENT && kk != K.DEDENT) break;
            i--;
        }
        return i;
    }

    private int blockEndLine() {
        return tb.eline[blockEndToken()];
    }

    private int blockEndCol() {
        return tb.bend[blockEndToken()];
    }

    private void enter() {
        if (++depth > MAX_DEPTH) throw tooComplex();
    }

    /** "f-string: " while parsing a replacement field, as CPython prefixes those errors. */
    String fstringPrefix() {
        return fstringPart ? "f-string: " : "";
    }

    /** First token of the most recently completed outermost expression (for "forgot a comma?"). */
    int lastExpressionStart = -1;

    PySyntaxError invalidSyntax() {
        return Errors.invalidSyntaxAt(this, p);
    }

    // ------------------------------------------------------------------ statements

    private void statement(List<Stmt> out) {
        switch (k()) {
            case K.DEF, K.AT, K.CLASS, K.IF, K.WHILE, K.FOR, K.TRY, K.WITH -> out.add(compound());
            case K.ASYNC -> {
                int n = k(1);
                if (n == K.DEF || n == K.FOR || n == K.WITH) out.add(compound());
                else simpleStatements(out);
            }
            case K.INDENT -> throw Errors.unexpectedIndent(this);
            case K.NAME -> {
                if (atName("match")) {
                    Stmt m = tryMatch();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                }
                simpleStatements(out);
            }
            default -> simpleStatements(out);
        }
    }

    private void simpleStatements(List<Stmt> out) {
        for (;;) {
            int s = p;
            Stmt st = simpleStatement();
            out.add(st);
            if (st instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Name n
                    && (n.id().equals("print") || n.id().equals("exec")) && startsExpression() && k() != K.STAR) {
                throw Errors.missingParentheses(this, s, n.id());
            }
            if (accept(K.SEMI)) {
                if (k() == K.NEWLINE) break;
                continue;
            }
            break;
        }
        if (k() != K.NEWLINE) throw Errors.afterSimpleStatement(this);
        p++;
    }

    private Stmt simpleStatement() {
        int s = p;
        switch (k()) {
            case K.PASS -> {
                p++;
                return new Stmt.Pass(L(s), C(s), EL(), EC());
            }
            case K.BREAK -> {
                p++;
                return new Stmt.Break(L(s), C(s), EL(), EC());
            }
            case K.CONTINUE -> {
                p++;
                return new Stmt.Continue(L(s), C(s), EL(), EC());
            }
            case K.RETURN -> {
                p++;
                Expr v = startsExpression() ? starExpressions() : null;
                return new Stmt.Return(v, L(s), C(s), EL(), EC());
            }
            case K.RAISE -> {
                p++;
                Expr exc = null;
                Expr cause = null;
                if (startsExpression()) {
                    exc = expression();
                    if (accept(K.FROM)) cause = expression();
                }
                return new Stmt.Raise(exc, cause, L(s), C(s), EL(), EC());
            }
            case K.GLOBAL, K.NONLOCAL -> {
                boolean global = k() == K.GLOBAL;
                p++;
                List<String> names = new ArrayList<>();
                names.add(name());
                while (accept(K.COMMA)) names.add(name());
                return global ? new Stmt.Global(names, L(s), C(s), EL(), EC())
                        : new Stmt.Nonlocal(names, L(s), C(s), EL(), EC());
            }
            case K.DEL -> {
                p++;
                List<Expr> targets = delTargets();
                return new Stmt.Delete(targets, L(s), C(s), EL(), EC());
            }
            case K.ASSERT -> {
                p++;
                Expr test = expression();
                Expr msg = accept(K.COMMA) ? expression() : null;
                return new Stmt.Assert(test, msg, L(s), C(s), EL(), EC());
            }
            case K.IMPORT -> {
                return importName();
            }
            case K.FROM -> {
                return importFrom();
            }
            default -> {
                return expressionStatement();
            }
        }
    }

    /** Assignment, augmented or annotated assignment, or an expression statement. */
    private Stmt expressionStatement() {
        int s = p;
        Expr first = k() == K.YIELD ? yieldExpr() : starExpressions();
        int kk = k();
        if (kk == K.COLONEQUAL) throw Errors.badWalrusTarget(this, first);
        if (kk == K.EQUAL) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            int valueStart = s;
            while (k() == K.EQUAL) {
                if (targets.isEmpty()) Errors.checkFirstTarget(this, s, value);
                else if ((value instanceof Expr.Yield || value instanceof Expr.YieldFrom) && tb.kind(valueStart) == K.YIELD) {
                    throw Errors.at(this, value, "assignment to yield expression not possible");
                }
                p++;
                targets.add(Targets.store(this, value, Targets.Use.ASSIGN));
                valueStart = p;
                value = k() == K.YIELD ? yieldExpr() : starExpressions();
            }
            return new Stmt.Assign(targets, value, L(s), C(s), EL(), EC());
        }
        if (kk == K.COLON) {
            Targets.checkAnnotationTarget(this, first, s);
            Expr target = Targets.store(this, first, Targets.Use.ASSIGN);
            p++;
            Expr annotation = expression();
            Expr value = null;
            if (accept(K.EQUAL)) value = k() == K.YIELD ? yieldExpr() : starExpressions();
            int simple = target instanceof Expr.Name && tb.kind(s) == K.NAME ? 1 : 0;
            return new Stmt.AnnAssign(target, annotation, value, simple, L(s), C(s), EL(), EC());
        }
        Operator aug = augmented(kk);
        if (aug != null) {
            Targets.checkAugTarget(this, first);
            Expr target = Targets.store(this, first, Targets.Use.ASSIGN);
            p++;
            Expr value = k() == K.YIELD ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(target, aug, value, L(s), C(s), EL(), EC());
        }
        return new Stmt.ExprStmt(first, L(s), C(s), EL(), EC());
    }

    private static Operator augmented(int k) {
        return switch (k) {
            case K.PLUSEQUAL -> Operator.Add;
            case K.MINEQUAL -> Operator.Sub;
            case K.STAREQUAL -> Operator.Mult;
            case K.ATEQUAL -> Operator.MatMult;
            case K.SLASHEQUAL -> Operator.Div;
            case K.PERCENTEQUAL -> Operator.Mod;
            case K.AMPEREQUAL -> Operator.BitAnd;
            case K.VBAREQUAL -> Operator.BitOr;
            case K.CIRCUMFLEXEQUAL -> Operator.BitXor;
            case K.LEFTSHIFTEQUAL -> Operator.LShift;
            case K.RIGHTSHIFTEQUAL -> Operator.RShift;
            case K.DOUBLESTAREQUAL -> Operator.Pow;
            case K.DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    private List<Expr> delTargets() {
        List<Expr> out = new ArrayList<>();
        do {
            out.add(Targets.del(this, starExpression()));
        } while (accept(K.COMMA) && startsExpression());
        return out;
    }

    private Stmt importName() {
        int s = p++;
        List<Alias> names = new ArrayList<>();
        do {
            int a = p;
            String n = dottedName();
            String as = null;
            if (accept(K.AS)) as = name();
            names.add(new Alias(n, as, L(a), C(a), EL(), EC()));
        } while (accept(K.COMMA));
        return new Stmt.Import(names, L(s), C(s), EL(), EC());
    }

    private String dottedName() {
        String n = name();
        if (k() != K.DOT) return n;
        StringBuilder sb = new StringBuilder(n);
        while (accept(K.DOT)) sb.append('.').append(name());
        return sb.toString();
    }

    private Stmt importFrom() {
        int s = p++;
        int level = 0;
        for (;;) {
            if (accept(K.DOT)) level++;
            else if (accept(K.ELLIPSIS)) level += 3;
            else break;
        }
        String module = null;
        if (k() != K.IMPORT || level == 0) module = dottedName();
        expect(K.IMPORT);
        List<Alias> names = new ArrayList<>();
        if (k() == K.STAR) {
            int a = p++;
            names.add(new Alias("*", null, L(a), C(a), EL(), EC()));
        } else {
            boolean paren = accept(K.LPAR);
            do {
                if (paren && k() == K.RPAR && !names.isEmpty()) break;
                if (!paren && k() == K.NEWLINE && !names.isEmpty()) throw Errors.trailingCommaImport(this);
                int a = p;
                String n = name();
                String as = null;
                if (accept(K.AS)) as = name();
                names.add(new Alias(n, as, L(a), C(a), EL(), EC()));
            } while (accept(K.COMMA));
            if (paren) expect(K.RPAR);
        }
        return new Stmt.ImportFrom(module, names, level, L(s), C(s), EL(), EC());
    }

    private Stmt compound() {
        enter();
        try {
            return switch (k()) {
                case K.AT -> decorated();
                case K.DEF -> functionDef(p, List.of());
                case K.CLASS -> classDef(p, List.of());
                case K.IF -> ifStatement();
                case K.WHILE -> whileStatement();
                case K.FOR -> forStatement(p);
                case K.TRY -> tryStatement();
                case K.WITH -> withStatement(p);
                case K.ASYNC -> switch (k(1)) {
                    case K.DEF -> functionDef(p, List.of());
                    case K.FOR -> forStatement(p);
                    default -> withStatement(p);
                };
                default -> throw invalidSyntax();
            };
        } finally {
            depth--;
        }
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(K.AT)) {
            decorators.add(namedExpression());
            expect(K.NEWLINE);
        }
        int s = p;
        return switch (k()) {
            case K.DEF -> functionDef(s, decorators);
            case K.ASYNC -> {
                if (k(1) != K.DEF) throw invalidSyntax();
                yield functionDef(s, decorators);
            }
            case K.CLASS -> classDef(s, decorators);
            default -> throw invalidSyntax();
        };
    }

    private Stmt functionDef(int s, List<Expr> decorators) {
        boolean async = accept(K.ASYNC);
        int defTok = p;
        expect(K.DEF);
        String name = name();
        if (k() != K.LPAR) throw Errors.expected(this, "'('");
        p++;
        Arguments args = parameters(K.RPAR, true);
        expect(K.RPAR);
        Expr returns = null;
        if (accept(K.RARROW)) returns = expression();
        List<Stmt> body = block(defTok, "function definition");
        return async
                ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, L(s), C(s), blockEndLine(), blockEndCol())
                : new Stmt.FunctionDef(name, args, body, decorators, returns, L(s), C(s), blockEndLine(), blockEndCol());
    }

    private Stmt classDef(int s, List<Expr> decorators) {
        int classTok = p;
        expect(K.CLASS);
        String name = name();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (accept(K.LPAR)) {
            if (k() != K.RPAR) arguments(bases, keywords, -1);
            expect(K.RPAR);
        }
        List<Stmt> body = block(classTok, "class definition");
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, L(s), C(s), blockEndLine(), blockEndCol());
    }

    private Stmt ifStatement() {
        int s = p++;
        Expr test = namedExpression();
        List<Stmt> body = block(s, "'" + tok(s).text() + "' statement");
        List<Stmt> orelse = List.of();
        if (k() == K.ELIF) {
            orelse = List.of(ifStatement());
        } else if (k() == K.ELSE) {
            orelse = elseBlock();
        }
        return new Stmt.If(test, body, orelse, L(s), C(s), blockEndLine(), blockEndCol());
    }

    private List<Stmt> elseBlock() {
        int e = p++;
        return block(e, "'else' statement");
    }

    private Stmt whileStatement() {
        int s = p++;
        Expr test = namedExpression();
        List<Stmt> body = block(s, "'while' statement");
        List<Stmt> orelse = k() == K.ELSE ? elseBlock() : List.of();
        return new Stmt.While(test, body, orelse, L(s), C(s), blockEndLine(), blockEndCol());
    }

    private Stmt forStatement(int s) {
        boolean async = accept(K.ASYNC);
        int forTok = p;
        expect(K.FOR);
        Expr target = starTargets(K.IN);
        if (k() != K.IN) throw Errors.forTarget(this, forTok);
        p++;
        Expr iter = starExpressions();
        List<Stmt> body = block(forTok, "'for' statement");
        List<Stmt> orelse = k() == K.ELSE ? elseBlock() : List.of();
        return async ? new Stmt.AsyncFor(target, iter, body, orelse, L(s), C(s), blockEndLine(), blockEndCol())
                : new Stmt.For(target, iter, body, orelse, L(s), C(s), blockEndLine(), blockEndCol());
    }

    private Stmt withStatement(int s) {
        boolean async = accept(K.ASYNC);
        int withTok = p;
        expect(K.WITH);
        List<WithItem> items = null;
        if (k() == K.LPAR) {
            int save = p;
            try {
                p++;
                List<WithItem> parenItems = new ArrayList<>();
                do {
                    if (k() == K.RPAR && !parenItems.isEmpty()) break;
                    parenItems.add(withItem());
                } while (accept(K.COMMA));
                expect(K.RPAR);
                if (k() != K.COLON) throw invalidSyntax();
                items = parenItems;
            } catch (PySyntaxError e) {
                p = save;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(K.COMMA));
        }
        List<Stmt> body = block(withTok, "'with' statement");
        return async ? new Stmt.AsyncWith(items, body, L(s), C(s), blockEndLine(), blockEndCol())
                : new Stmt.With(items, body, L(s), C(s), blockEndLine(), blockEndCol());
    }

    private WithItem withItem() {
        Expr e = expression();
        Expr vars = null;
        if (accept(K.AS)) {
            vars = starTarget();
        }
        return new WithItem(e, vars);
    }

    private Stmt tryStatement() {
        int s = p++;
        List<Stmt> body = block(s, "'try' statement");
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (k() == K.EXCEPT) {
            int e = p++;
            boolean isStar = accept(K.STAR);
            if (star == null) star = isStar;
            else if (star != isStar) throw Errors.mixedExcept(this, e);
            Expr type = null;
            String name = null;
            if (k() != K.COLON) {
                type = expression();
                if (k() == K.COMMA) {
                    int ts = p;
                    List<Expr> elts = new ArrayList<>();
                    elts.add(type);
                    while (accept(K.COMMA)) elts.add(expression());
                    throw Errors.exceptParens(this, type, ts);
                }
                if (accept(K.AS)) name = name();
            } else if (isStar) {
                throw Errors.expectedExceptStarType(this);
            }
            List<Stmt> hb = block(e, isStar ? "'except*' statement" : "'except' statement");
            handlers.add(new ExceptHandler(type, name, hb, L(e), C(e), blockEndLine(), blockEndCol()));
        }
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        if (!handlers.isEmpty() && k() == K.ELSE) orelse = elseBlock();
        if (k() == K.FINALLY) {
            int f = p++;
            finalbody = block(f, "'finally' statement");
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) throw Errors.expectedExceptOrFinally(this);
        int el = blockEndLine();
        int ec = blockEndCol();
        return Boolean.TRUE.equals(star) ? new Stmt.TryStar(body, handlers, orelse, finalbody, L(s), C(s), el, ec)
                : new Stmt.Try(body, handlers, orelse, finalbody, L(s), C(s), el, ec);
    }

    /**
     * {@code ':' block}: an indented suite or simple statements on the same line. {@code headTok}
     * and {@code what} name the statement for CPython's "expected an indented block" message.
     */
    private List<Stmt> block(int headTok, String what) {
        if (k() != K.COLON) throw Errors.expectedColon(this);
        p++;
        List<Stmt> body = new ArrayList<>();
        if (accept(K.NEWLINE)) {
            if (k() != K.INDENT) throw Errors.expectedIndentedBlock(this, headTok, what);
            p++;
            while (k() != K.DEDENT && k() != K.ENDMARKER) statement(body);
            accept(K.DEDENT);
        } else {
            simpleStatements(body);
        }
        return body;
    }

    // ------------------------------------------------------------------ match

    private Stmt tryMatch() {
        int s = p;
        int kk = k(1);
        // cheap rejections: tokens after which "match" can only be a name
        if (kk == K.EQUAL || kk == K.DOT || kk == K.NEWLINE || kk == K.COLON || kk == K.COMMA || kk == K.RPAR
                || augmented(kk) != null) {
            return null;
        }
        Expr subject;
        try {
            p++;
            int ss = p;
            if (k() == K.STAR) {
                subject = starNamedExpressionsAsTuple(ss);
            } else {
                Expr first = namedExpression();
                if (k() == K.COMMA) {
                    List<Expr> elts = new ArrayList<>();
                    elts.add(first);
                    while (accept(K.COMMA)) {
                        if (k() == K.COLON) break;
                        elts.add(starNamedExpression());
                    }
                    subject = new Expr.Tuple(elts, ExprContext.Load, L(ss), C(ss), EL(), EC());
                } else {
                    subject = first;
                }
            }
            if (k() != K.COLON) {
                p = s;
                return null;
            }
        } catch (PySyntaxError e) {
            p = s;
            return null;
        }
        p++;
        if (!accept(K.NEWLINE)) throw invalidSyntax();
        if (k() != K.INDENT) throw Errors.expectedIndentedBlock(this, s, "'match' statement");
        p++;
        List<MatchCase> cases = new ArrayList<>();
        while (atName("case")) cases.add(matchCase());
        if (cases.isEmpty()) throw invalidSyntax();
        if (k() != K.DEDENT) throw invalidSyntax();
        p++;
        return new Stmt.Match(subject, cases, L(s), C(s), blockEndLine(), blockEndCol());
    }

    private Expr starNamedExpressionsAsTuple(int ss) {
        List<Expr> elts = new ArrayList<>();
        do {
            if (k() == K.COLON) break;
            elts.add(starNamedExpression());
        } while (accept(K.COMMA));
        return new Expr.Tuple(elts, ExprContext.Load, L(ss), C(ss), EL(), EC());
    }

    private MatchCase matchCase() {
        int c = p++;
        Pattern pattern = patterns();
        Expr guard = null;
        if (accept(K.IF)) guard = namedExpression();
        List<Stmt> body = block(c, "'case' statement");
        return new MatchCase(pattern, guard, body);
    }

    private Pattern patterns() {
        int s = p;
        Pattern first = k() == K.STAR ? starPattern() : asPattern();
        if (k() != K.COMMA) return first;
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(K.COMMA)) {
            if (k() == K.COLON || k() == K.IF) break;
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(items, L(s), C(s), EL(), EC());
    }

    private Pattern maybeStarPattern() {
        return k() == K.STAR ? starPattern() : asPattern();
    }

    private Pattern starPattern() {
        int s = p++;
        String n = name();
        return new Pattern.MatchStar(n.equals("_") ? null : n, L(s), C(s), EL(), EC());
    }

    private Pattern asPattern() {
        int s = p;
        Pattern or = orPattern();
        if (accept(K.AS)) {
            if (atName("_")) throw Errors.at(this, p, "cannot use '_' as a target");
            if (k() != K.NAME) throw Errors.invalidAsPattern(this);
            String n = name();
            return new Pattern.MatchAs(or, n, L(s), C(s), EL(), EC());
        }
        return or;
    }

    private Pattern orPattern() {
        int s = p;
        Pattern first = closedPattern();
        if (k() != K.VBAR) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept(K.VBAR)) alts.add(closedPattern());
        return new Pattern.MatchOr(alts, L(s), C(s), EL(), EC());
    }

    private Pattern closedPattern() {
        enter();
        try {
            return closedPattern0();
        } finally {
            depth--;
        }
    }

    private Pattern closedPattern0() {
        int s = p;
        switch (k()) {
            case K.NUMBER, K.MINUS, K.STRING -> {
                Expr v = literalPatternValue();
                return new Pattern.MatchValue(v, L(s), C(s), EL(), EC());
            }
            case K.NONE -> {
                p++;
                return new Pattern.MatchSingleton(Singleton.NONE, L(s), C(s), EL(), EC());
            }
            case K.TRUE, K.FALSE -> {
                boolean b = k() == K.TRUE;
                p++;
                return new Pattern.MatchSingleton(b, L(s), C(s), EL(), EC());
            }
            case K.NAME -> {
                String n = name();
                Expr value = new Expr.Name(n, ExprContext.Load, L(s), C(s), EL(), EC());
                boolean dotted = false;
                while (accept(K.DOT)) {
                    dotted = true;
                    String attr = name();
                    value = new Expr.Attribute(value, attr, ExprContext.Load, L(s), C(s), EL(), EC());
                }
                if (k() == K.LPAR) return classPattern(s, value);
                if (dotted) return new Pattern.MatchValue(value, L(s), C(s), EL(), EC());
                return new Pattern.MatchAs(null, n.equals("_") ? null : n, L(s), C(s), EL(), EC());
            }
            case K.LPAR -> {
                p++;
                if (accept(K.RPAR)) return new Pattern.MatchSequence(List.of(), L(s), C(s), EL(), EC());
                Pattern first = maybeStarPattern();
                if (k() == K.RPAR && !(first instanceof Pattern.MatchStar)) {
                    p++;
                    return first;
                }
                List<Pattern> items = new ArrayList<>();
                items.add(first);
                while (accept(K.COMMA)) {
                    if (k() == K.RPAR) break;
                    items.add(maybeStarPattern());
                }
                expect(K.RPAR);
                return new Pattern.MatchSequence(items, L(s), C(s), EL(), EC());
            }
            case K.LSQB -> {
                p++;
                List<Pattern> items = new ArrayList<>();
                while (k() != K.RSQB) {
                    items.add(maybeStarPattern());
                    if (!accept(K.COMMA)) break;
                }
                expect(K.RSQB);
                return new Pattern.MatchSequence(items, L(s), C(s), EL(), EC());
            }
            case K.LBRACE -> {
                return mappingPattern();
            }
            default -> throw invalidSyntax();
        }
    }

    /** A signed number, complex literal, or strings: the value of a literal pattern or mapping key. */
    private Expr literalPatternValue() {
        int s = p;
        if (k() == K.STRING) return strings();
        Expr left = signedNumber();
        if (k() == K.PLUS || k() == K.MINUS) {
            Operator op = k() == K.PLUS ? Operator.Add : Operator.Sub;
            p++;
            if (k() != K.NUMBER) throw invalidSyntax();
            Expr right = atom();
            if (!(right instanceof Expr.Constant rc && rc.value() instanceof dev.pyxis.python3.ast.ImaginaryConstant)) {
                throw Errors.at(this, right, "imaginary number required in complex literal");
            }
            if (left instanceof Expr.Constant lc && lc.value() instanceof dev.pyxis.python3.ast.ImaginaryConstant
                    || left instanceof Expr.UnaryOp u && ((Expr.Constant) u.operand()).value() instanceof dev.pyxis.python3.ast.ImaginaryConstant) {
                throw Errors.at(this, left, "real number required in complex literal");
            }
            return new Expr.BinOp(left, op, right, L(s), C(s), EL(), EC());
        }
        return left;
    }

    private Expr signedNumber() {
        int s = p;
        if (accept(K.MINUS)) {
            if (k() != K.NUMBER) throw invalidSyntax();
            Expr n = atom();
            return new Expr.UnaryOp(UnaryOperator.USub, n, L(s), C(s), EL(), EC());
        }
        if (k() != K.NUMBER) throw invalidSyntax();
        return atom();
    }

    private Pattern mappingPattern() {
        int s = p++;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (k() != K.RBRACE) {
            if (accept(K.DOUBLESTAR)) {
                rest = name();
                accept(K.COMMA);
                break;
            }
            int ks = p;
            Expr key;
            switch (k()) {
                case K.NONE -> {
                    p++;
                    key = new Expr.Constant(Singleton.NONE, null, L(ks), C(ks), EL(), EC());
                }
                case K.TRUE, K.FALSE -> {
                    boolean b = k() == K.TRUE;
                    p++;
                    key = new Expr.Constant(b, null, L(ks), C(ks), EL(), EC());
                }
                case K.NAME -> {
                    Expr v = new Expr.Name(name(), ExprContext.Load, L(ks), C(ks), EL(), EC());
                    if (k() != K.DOT) throw invalidSyntax();
                    while (accept(K.DOT)) v = new Expr.Attribute(v, name(), ExprContext.Load, L(ks), C(ks), EL(), EC());
                    key = v;
                }
                default -> key = literalPatternValue();
            }
            keys.add(key);
            expect(K.COLON);
            values.add(asPattern());
            if (!accept(K.COMMA)) break;
        }
        expect(K.RBRACE);
        return new Pattern.MatchMapping(keys, values, rest, L(s), C(s), EL(), EC());
    }

    private Pattern classPattern(int s, Expr cls) {
        p++;
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (k() != K.RPAR) {
            if (k() == K.NAME && k(1) == K.EQUAL) {
                kwdAttrs.add(name());
                p++;
                kwdPatterns.add(asPattern());
            } else {
                int ps = p;
                Pattern pat = asPattern();
                if (!kwdAttrs.isEmpty()) throw Errors.positionalPatternAfterKeyword(this, ps, pat);
                patterns.add(pat);
            }
            if (!accept(K.COMMA)) break;
        }
        expect(K.RPAR);
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, L(s), C(s), EL(), EC());
    }

    // ------------------------------------------------------------------ targets

    /** star_targets for {@code for} and comprehensions: stops before {@code stop} (the {@code in} keyword). */
    Expr starTargets(int stop) {
        int s = p;
        Expr first = starTarget();
        if (k() != K.COMMA) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(K.COMMA)) {
            if (k() == stop) break;
            elts.add(starTarget());
        }
        return new Expr.Tuple(elts, ExprContext.Store, L(s), C(s), EL(), EC());
    }

    private Expr starTarget() {
        int s = p;
        if (accept(K.STAR)) {
            Expr inner = starTarget();
            return new Expr.Starred(inner, ExprContext.Store, L(s), C(s), EL(), EC());
        }
        Expr e = primary();
        return Targets.store(this, e, Targets.Use.FOR);
    }

    // ------------------------------------------------------------------ expressions

    /** True if the current token can start an expression. */
    boolean startsExpression() {
        return switch (k()) {
            case K.NAME, K.NUMBER, K.STRING, K.LPAR, K.LSQB, K.LBRACE, K.MINUS, K.PLUS, K.TILDE, K.NOT, K.LAMBDA,
                 K.AWAIT, K.NONE, K.TRUE, K.FALSE, K.ELLIPSIS, K.STAR, K.YIELD -> true;
            default -> false;
        };
    }

    /** expressions: an expression, or a tuple of them without parentheses. */
    Expr expressions() {
        int s = p;
        Expr first = expression();
        if (k() != K.COMMA) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(K.COMMA)) {
            if (!startsExpression() || k() == K.YIELD || k() == K.STAR) break;
            elts.add(expression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, L(s), C(s), EL(), EC());
    }

    /** star_expressions: star_expression (',' star_expression)* [','] */
    Expr starExpressions() {
        int s = p;
        Expr first = starExpression();
        if (k() != K.COMMA) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(K.COMMA)) {
            if (!startsExpression() || k() == K.YIELD) break;
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, L(s), C(s), EL(), EC());
    }

    private Expr starExpression() {
        int s = p;
        if (accept(K.STAR)) {
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, L(s), C(s), EL(), EC());
        }
        return expression();
    }

    private Expr starNamedExpression() {
        int s = p;
        if (accept(K.STAR)) {
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, L(s), C(s), EL(), EC());
        }
        return namedExpression();
    }

    /** named_expression; with {@code checkEquals}, a following '=' gets CPython's "meant '=='?" errors. */
    Expr namedExpression(boolean checkEquals) {
        if (k() == K.NAME && k(1) == K.COLONEQUAL) {
            int s = p;
            String n = name();
            Expr target = new Expr.Name(n, ExprContext.Store, L(s), C(s), EL(), EC());
            p++;
            Expr value = expression();
            return new Expr.NamedExpr(target, value, L(s), C(s), EL(), EC());
        }
        int s = p;
        Expr e = expression();
        if (k() == K.COLONEQUAL) throw Errors.badWalrusTarget(this, e);
        if (k() == K.EQUAL && checkEquals) throw Errors.equalsInExpression(this, s, e);
        return e;
    }

    Expr namedExpression() {
        return namedExpression(true);
    }

    Expr expression() {
        enter();
        try {
            if (k() == K.LAMBDA) return lambda();
            int s = p;
            Expr body = disjunction();
            if (k() != K.IF) {
                lastExpressionStart = s;
                return body;
            }
            p++;
            Expr test = disjunction();
            if (k() != K.ELSE) throw Errors.expectedElse(this, s);
            p++;
            Expr orelse = expression();
            lastExpressionStart = s;
            return new Expr.IfExp(test, body, orelse, L(s), C(s), EL(), EC());
        } finally {
            depth--;
        }
    }

    private Expr lambda() {
        int s = p++;
        Arguments args = k() == K.COLON ? emptyArguments() : parameters(K.COLON, false);
        expect(K.COLON);
        Expr body = expression();
        return new Expr.Lambda(args, body, L(s), C(s), EL(), EC());
    }

    private static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    Expr yieldExpr() {
        int s = p++;
        if (accept(K.FROM)) {
            Expr v = expression();
            return new Expr.YieldFrom(v, L(s), C(s), EL(), EC());
        }
        Expr v = startsExpression() && k() != K.YIELD ? starExpressions() : null;
        return new Expr.Yield(v, L(s), C(s), EL(), EC());
    }

    private Expr disjunction() {
        int s = p;
        Expr first = conjunction();
        if (k() != K.OR) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(K.OR)) values.add(conjunction());
        return new Expr.BoolOp(BoolOperator.Or, values, L(s), C(s), EL(), EC());
    }

    private Expr conjunction() {
        int s = p;
        Expr first = inversion();
        if (k() != K.AND) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(K.AND)) values.add(inversion());
        return new Expr.BoolOp(BoolOperator.And, values, L(s), C(s), EL(), EC());
    }

    private Expr inversion() {
        if (k() == K.NOT) {
            enter();
            try {
                int s = p++;
                Expr operand = inversion();
                return new Expr.UnaryOp(UnaryOperator.Not, operand, L(s), C(s), EL(), EC());
            } finally {
                depth--;
            }
        }
        return comparison();
    }

    private Expr comparison() {
        int s = p;
        Expr left = bitwiseOr();
        CmpOperator op = compareOp();
        if (op == null) return left;
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        return new Expr.Compare(left, ops, comparators, L(s), C(s), EL(), EC());
    }

    private CmpOperator compareOp() {
        CmpOperator op = switch (k()) {
            case K.EQEQUAL -> CmpOperator.Eq;
            case K.NOTEQUAL -> CmpOperator.NotEq;
            case K.LESS -> CmpOperator.Lt;
            case K.LESSEQUAL -> CmpOperator.LtE;
            case K.GREATER -> CmpOperator.Gt;
            case K.GREATEREQUAL -> CmpOperator.GtE;
            case K.IN -> CmpOperator.In;
            case K.IS -> k(1) == K.NOT ? CmpOperator.IsNot : CmpOperator.Is;
            case K.NOT -> k(1) == K.IN ? CmpOperator.NotIn : null;
            default -> null;
        };
        if (op == null) return null;
        p += op == CmpOperator.IsNot || op == CmpOperator.NotIn ? 2 : 1;
        return op;
    }

    Expr bitwiseOr() {
        int s = p;
        Expr left = bitwiseXor();
        while (accept(K.VBAR)) {
            Expr right = bitwiseXor();
            left = new Expr.BinOp(left, Operator.BitOr, right, L(s), C(s), EL(), EC());
        }
        return left;
    }

    private Expr bitwiseXor() {
        int s = p;
        Expr left = bitwiseAnd();
        while (accept(K.CIRCUMFLEX)) {
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(left, Operator.BitXor, right, L(s), C(s), EL(), EC());
        }
        return left;
    }

    private Expr bitwiseAnd() {
        int s = p;
        Expr left = shiftExpr();
        while (accept(K.AMPER)) {
            Expr right = shiftExpr();
            left = new Expr.BinOp(left, Operator.BitAnd, right, L(s), C(s), EL(), EC());
        }
        return left;
    }

    private Expr shiftExpr() {
        int s = p;
        Expr left = sum();
        for (;;) {
            Operator op = switch (k()) {
                case K.LEFTSHIFT -> Operator.LShift;
                case K.RIGHTSHIFT -> Operator.RShift;
                default -> null;
            };
            if (op == null) return left;
            p++;
            Expr right = sum();
            left = new Expr.BinOp(left, op, right, L(s), C(s), EL(), EC());
        }
    }

    private Expr sum() {
        int s = p;
        Expr left = term();
        for (;;) {
            Operator op = switch (k()) {
                case K.PLUS -> Operator.Add;
                case K.MINUS -> Operator.Sub;
                default -> null;
            };
            if (op == null) return left;
            p++;
            Expr right = term();
            left = new Expr.BinOp(left, op, right, L(s), C(s), EL(), EC());
        }
    }

    private Expr term() {
        int s = p;
        Expr left = factor();
        for (;;) {
            Operator op = switch (k()) {
                case K.STAR -> Operator.Mult;
                case K.SLASH -> Operator.Div;
                case K.DOUBLESLASH -> Operator.FloorDiv;
                case K.PERCENT -> Operator.Mod;
                case K.AT -> Operator.MatMult;
                default -> null;
            };
            if (op == null) return left;
            p++;
            Expr right = factor();
            left = new Expr.BinOp(left, op, right, L(s), C(s), EL(), EC());
        }
    }

    private Expr factor() {
        UnaryOperator op = switch (k()) {
            case K.PLUS -> UnaryOperator.UAdd;
            case K.MINUS -> UnaryOperator.USub;
            case K.TILDE -> UnaryOperator.Invert;
            default -> null;
        };
        if (op == null) return power();
        enter();
        try {
            int s = p++;
            Expr operand = factor();
            return new Expr.UnaryOp(op, operand, L(s), C(s), EL(), EC());
        } finally {
            depth--;
        }
    }

    private Expr power() {
        int s = p;
        Expr left = awaitPrimary();
        if (k() != K.DOUBLESTAR) return left;
        p++;
        Expr right = factor();
        return new Expr.BinOp(left, Operator.Pow, right, L(s), C(s), EL(), EC());
    }

    private Expr awaitPrimary() {
        if (k() == K.AWAIT) {
            int s = p++;
            Expr v = primary();
            return new Expr.Await(v, L(s), C(s), EL(), EC());
        }
        return primary();
    }

    Expr primary() {
        int s = p;
        Expr e = atom();
        for (;;) {
            switch (k()) {
                case K.DOT -> {
                    p++;
                    String attr = name();
                    e = new Expr.Attribute(e, attr, ExprContext.Load, L(s), C(s), EL(), EC());
                }
                case K.LPAR -> {
                    int open = p++;
                    List<Expr> args = new ArrayList<>();
                    List<Keyword> keywords = new ArrayList<>();
                    if (k() != K.RPAR) arguments(args, keywords, open);
                    if (k() != K.RPAR) throw Errors.inCallArguments(this, open);
                    p++;
                    e = new Expr.Call(e, args, keywords, L(s), C(s), EL(), EC());
                }
                case K.LSQB -> {
                    p++;
                    Expr slice = slices();
                    if (k() != K.RSQB) throw Errors.inBrackets(this, p, null);
                    p++;
                    e = new Expr.Subscript(e, slice, ExprContext.Load, L(s), C(s), EL(), EC());
                }
                default -> {
                    return e;
                }
            }
        }
    }

    private Expr slices() {
        int s = p;
        Expr first = k() == K.STAR ? starredExpression() : slice();
        if (k() != K.COMMA) {
            // a lone starred subscript is a one-element tuple
            return first instanceof Expr.Starred ? new Expr.Tuple(new ArrayList<>(List.of(first)), ExprContext.Load,
                    L(s), C(s), EL(), EC()) : first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(K.COMMA)) {
            if (k() == K.RSQB) break;
            elts.add(k() == K.STAR ? starredExpression() : slice());
        }
        return new Expr.Tuple(elts, ExprContext.Load, L(s), C(s), EL(), EC());
    }

    private Expr slice() {
        int s = p;
        Expr lower = null;
        if (k() != K.COLON) {
            lower = namedExpression();
            if (k() != K.COLON) return lower;
        }
        p++;
        Expr upper = null;
        Expr step = null;
        if (k() != K.COLON && k() != K.COMMA && k() != K.RSQB) upper = expression();
        if (accept(K.COLON)) {
            if (k() != K.COMMA && k() != K.RSQB) step = expression();
        }
        return new Expr.Slice(lower, upper, step, L(s), C(s), EL(), EC());
    }

    private Expr starredExpression() {
        int s = p++;
        Expr v = expression();
        return new Expr.Starred(v, ExprContext.Load, L(s), C(s), EL(), EC());
    }

    /**
     * Call arguments (or class bases) up to the closing parenthesis. {@code open} is the index of the
     * call's '(' (a lone generator expression argument takes its position), or -1 for a class.
     */
    private void arguments(List<Expr> args, List<Keyword> keywords, int open) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        String pending = null;
        for (;;) {
            int s = p;
            if (k() == K.RPAR) break;
            if (accept(K.STAR)) {
                Expr v = expression();
                Expr st = new Expr.Starred(v, ExprContext.Load, L(s), C(s), EL(), EC());
                if (k() == K.FOR) throw Errors.at(this, st, "iterable unpacking cannot be used in comprehension");
                if (sawDoubleStar) throw Errors.iterableAfterKwUnpacking(this, st);
                args.add(st);
            } else if (accept(K.DOUBLESTAR)) {
                Expr v = expression();
                keywords.add(new Keyword(null, v, L(s), C(s), EL(), EC()));
                sawDoubleStar = true;
            } else if (k() == K.NAME && k(1) == K.EQUAL) {
                String n = name();
                p++;
                Expr v = expression();
                keywords.add(new Keyword(n, v, L(s), C(s), EL(), EC()));
                sawKeyword = true;
            } else {
                Expr v = namedExpression(false);
                if (k() == K.FOR || k() == K.ASYNC && k(1) == K.FOR) {
                    List<Comprehension> gens = comprehensionClauses();
                    boolean alone = args.isEmpty() && keywords.isEmpty() && k() == K.RPAR && open >= 0;
                    if (alone) {
                        args.add(new Expr.GeneratorExp(v, gens, L(open), C(open), tb.eline[p], tb.bend[p]));
                        return;
                    }
                    Expr g = new Expr.GeneratorExp(v, gens, L(s), C(s), EL(), EC());
                    throw Errors.genexpNeedsParens(this, g);
                }
                if (k() == K.EQUAL) throw Errors.keywordArgumentTarget(this, v);
                if (pending == null && sawDoubleStar) pending = "positional argument follows keyword argument unpacking";
                if (pending == null && sawKeyword) pending = "positional argument follows keyword argument";
                args.add(v);
            }
            if (!accept(K.COMMA)) break;
        }
        // CPython reports these at the token after the arguments
        if (pending != null) throw Errors.at(this, p, pending);
    }

    List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (k() == K.FOR || k() == K.ASYNC && k(1) == K.FOR) {
            boolean async = accept(K.ASYNC);
            int forTok = p++;
            Expr target = starTargets(K.IN);
            if (k() != K.IN) throw Errors.forTarget(this, forTok);
            p++;
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept(K.IF)) ifs.add(disjunction());
            gens.add(new Comprehension(target, iter, ifs, async));
        }
        return gens;
    }

    Expr atom() {
        int s = p;
        switch (k()) {
            case K.NAME -> {
                p++;
                return new Expr.Name(tok(s).text(), ExprContext.Load, L(s), C(s), EL(), EC());
            }
            case K.NUMBER -> {
                p++;
                return new Expr.Constant(Numbers.parse(tok(s).text()), null, L(s), C(s), EL(), EC());
            }
            case K.STRING -> {
                return strings();
            }
            case K.NONE -> {
                p++;
                return new Expr.Constant(Singleton.NONE, null, L(s), C(s), EL(), EC());
            }
            case K.TRUE, K.FALSE -> {
                p++;
                return new Expr.Constant(tb.kind(s) == K.TRUE, null, L(s), C(s), EL(), EC());
            }
            case K.ELLIPSIS -> {
                p++;
                return new Expr.Constant(Singleton.ELLIPSIS, null, L(s), C(s), EL(), EC());
            }
            case K.LPAR -> {
                return parenthesized();
            }
            case K.LSQB -> {
                return listDisplay();
            }
            case K.LBRACE -> {
                return braceDisplay();
            }
            default -> throw Errors.invalidAtom(this);
        }
    }

    Expr strings() {
        int s = p;
        while (k() == K.STRING) p++;
        return StringLiterals.concatenate(this, s, p);
    }

    private Expr parenthesized() {
        int s = p++;
        if (accept(K.RPAR)) return new Expr.Tuple(new ArrayList<>(), ExprContext.Load, L(s), C(s), EL(), EC());
        if (k() == K.YIELD) {
            Expr y = yieldExpr();
            expect(K.RPAR);
            return y;
        }
        Expr first = starNamedExpression();
        if (accept(K.RPAR)) {
            if (first instanceof Expr.Starred) throw Errors.at(this, first, "cannot use starred expression here");
            return first;
        }
        if (k() == K.FOR || k() == K.ASYNC && k(1) == K.FOR) {
            List<Comprehension> gens = comprehensionClauses();
            expect(K.RPAR);
            return new Expr.GeneratorExp(first, gens, L(s), C(s), EL(), EC());
        }
        if (k() != K.COMMA) throw Errors.inParentheses(this, s, first);
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(K.COMMA)) {
            if (k() == K.RPAR) break;
            elts.add(starNamedExpression());
        }
        if (k() != K.RPAR) throw Errors.inParentheses(this, s, elts.get(elts.size() - 1));
        p++;
        return new Expr.Tuple(elts, ExprContext.Load, L(s), C(s), EL(), EC());
    }

    private Expr listDisplay() {
        int s = p++;
        List<Expr> elts = new ArrayList<>();
        if (accept(K.RSQB)) return new Expr.List(elts, ExprContext.Load, L(s), C(s), EL(), EC());
        Expr first = starNamedExpression();
        if (k() == K.FOR || k() == K.ASYNC && k(1) == K.FOR) {
            if (first instanceof Expr.Starred) throw Errors.at(this, first, "iterable unpacking cannot be used in comprehension");
            List<Comprehension> gens = comprehensionClauses();
            expect(K.RSQB);
            return new Expr.ListComp(first, gens, L(s), C(s), EL(), EC());
        }
        elts.add(first);
        while (accept(K.COMMA)) {
            if (k() == K.RSQB) break;
            elts.add(starNamedExpression());
        }
        if (k() != K.RSQB) throw Errors.inBrackets(this, s, elts.get(elts.size() - 1));
        p++;
        return new Expr.List(elts, ExprContext.Load, L(s), C(s), EL(), EC());
    }

    private Expr braceDisplay() {
        int s = p++;
        if (accept(K.RBRACE)) return new Expr.Dict(new ArrayList<>(), new ArrayList<>(), L(s), C(s), EL(), EC());
        if (k() == K.DOUBLESTAR) return dictDisplay(s, null, null);
        Expr first = starNamedExpression();
        if (k() == K.COLON && !(first instanceof Expr.Starred)) {
            p++;
            Expr value = expression();
            if (k() == K.FOR || k() == K.ASYNC && k(1) == K.FOR) {
                List<Comprehension> gens = comprehensionClauses();
                expect(K.RBRACE);
                return new Expr.DictComp(first, value, gens, L(s), C(s), EL(), EC());
            }
            return dictDisplay(s, first, value);
        }
        if (k() == K.FOR || k() == K.ASYNC && k(1) == K.FOR) {
            List<Comprehension> gens = comprehensionClauses();
            expect(K.RBRACE);
            return new Expr.SetComp(first, gens, L(s), C(s), EL(), EC());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(K.COMMA)) {
            if (k() == K.RBRACE) break;
            elts.add(starNamedExpression());
        }
        if (k() != K.RBRACE) throw Errors.inBrackets(this, s, elts.get(elts.size() - 1));
        p++;
        return new Expr.Set(elts, L(s), C(s), EL(), EC());
    }

    /** The rest of a dict display after '{' (and after the first key/value pair when given). */
    private Expr dictDisplay(int s, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean more = true;
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
            more = accept(K.COMMA);
        }
        while (more && k() != K.RBRACE) {
            if (accept(K.DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                if (k() != K.COLON) throw Errors.dictValueExpected(this, keys.get(keys.size() - 1));
                p++;
                if (k() == K.RBRACE || k() == K.COMMA) throw Errors.at(this, p - 1, "expression expected after dictionary key and ':'");
                values.add(expression());
            }
            more = accept(K.COMMA);
        }
        if (k() != K.RBRACE) throw Errors.inBrackets(this, s, null);
        p++;
        return new Expr.Dict(keys, values, L(s), C(s), EL(), EC());
    }

    // ------------------------------------------------------------------ parameters

    /**
     * A parameter list up to (not including) {@code close}: ')' of a def (annotations allowed) or
     * ':' of a lambda.
     */
    private Arguments parameters(int close, boolean annotations) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean star = false;
        boolean slash = false;
        while (k() != close) {
            int s = p;
            if (kwarg != null) throw Errors.paramAfterKwargs(this);
            if (accept(K.SLASH)) {
                if (slash) throw Errors.at(this, s, "/ may appear only once");
                if (star) throw Errors.at(this, s, "/ must be ahead of *");
                if (args.isEmpty()) throw Errors.at(this, s, "at least one argument must precede /");
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (accept(K.STAR)) {
                if (star) throw Errors.at(this, s, "* argument may appear only once");
                star = true;
                if (k() == K.COMMA) {
                    if (k(1) == close || k(1) == K.DOUBLESTAR) throw Errors.at(this, s, "named arguments must follow bare *");
                } else if (k() == close) {
                    throw Errors.at(this, s, "named arguments must follow bare *");
                } else {
                    vararg = param(annotations, true);
                    if (k() == K.EQUAL) throw Errors.varargDefault(this, "var-positional");
                }
            } else if (accept(K.DOUBLESTAR)) {
                kwarg = param(annotations, false);
                if (k() == K.EQUAL) throw Errors.varargDefault(this, "var-keyword");
            } else {
                Arg a = param(annotations, false);
                Expr def = null;
                if (accept(K.EQUAL)) def = expression();
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def != null) {
                        defaults.add(def);
                    } else if (!defaults.isEmpty()) {
                        throw Errors.at(this, a, "non-default argument follows default argument");
                    }
                    args.add(a);
                }
            }
            if (!accept(K.COMMA)) break;
        }
        if (k() != close) throw Errors.inParameters(this, close);
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg param(boolean annotations, boolean starAnnotation) {
        int s = p;
        String n = name();
        Expr annotation = null;
        if (annotations && accept(K.COLON)) {
            if (starAnnotation && k() == K.STAR) annotation = starExpression();
            else annotation = expression();
        }
        return new Arg(n, annotation, L(s), C(s), EL(), EC());
    }
}
