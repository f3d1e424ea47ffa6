package dev.pyxis.python3.compiler;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.bytecode.Constant;
import dev.pyxis.python.bytecode.Opcode;
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
import dev.pyxis.python3.ast.Located;
import dev.pyxis.python3.ast.Mod;
import dev.pyxis.python3.ast.Operator;
import dev.pyxis.python3.ast.Stmt;
import dev.pyxis.python3.ast.WithItem;
import dev.pyxis.python3.symtable.ErrorReporter;
import dev.pyxis.python3.symtable.Scope;
import dev.pyxis.python3.symtable.SymbolTable;
import dev.pyxis.python3.symtable.Symbols;
import dev.pyxis.python3.tokenizer.PySyntaxError;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.pyxis.python.bytecode.Opcode.*;

/**
 * Walks the AST of one module, expression or interactive statement and generates a tree of
 * {@link CodeUnit}s, following the compilation strategies CPython 3.11 is observed to use.
 */
final class CodeGenerator {
    /** CPython keeps at most this many values on the stack for one display or call (STACK_USE_GUIDELINE). */
    static final int STACK_USE_GUIDELINE = 30;

    final String filename;
    final ErrorReporter errors;
    final SymbolTable symbols;
    final ConstantFolder folder;
    final CompileWarnings warnings;
    final boolean futureAnnotations;
    final int futureFlags;
    final boolean interactive;
    private final Deque<Unit> stack = new ArrayDeque<>();
    Unit u;
    private final PatternCompiler patterns;

    CodeGenerator(String filename, ErrorReporter errors, SymbolTable symbols, CompileWarnings warnings,
                  boolean futureAnnotations, int futureFlags, boolean interactive) {
        this.filename = filename;
        this.errors = errors;
        this.symbols = symbols;
        this.folder = new ConstantFolder(true);
        this.warnings = warnings;
        this.futureAnnotations = futureAnnotations;
        this.futureFlags = futureFlags;
        this.interactive = interactive;
        this.patterns = new PatternCompiler(this);
    }

    // ------------------------------------------------------------------ units

    CodeUnit compileModule(Mod mod) {
        u = new Unit(Unit.Kind.MODULE, symbols.top(), "<module>", "<module>", 1);
        switch (mod) {
            case Mod.Module m -> {
                body(m.body(), true);
                finishWithNone(m.body());
            }
            case Mod.Interactive m -> {
                if (hasAnnotations(m.body())) {
                    u.emit(SETUP_ANNOTATIONS);
                }
                stmts(m.body());
                finishWithNone(m.body());
            }
            case Mod.Expression m -> {
                expr(m.body());
                u.emit(RETURN_VALUE);
            }
        }
        return u.finish(filename, 0, 0, 0, futureFlags);
    }

    private void finishWithNone(List<Stmt> body) {
        if (!u.code.endsFlow() || u.code.size() == 0) {
            if (body.isEmpty()) {
                u.line = 1;
                u.endLine = 1;
                u.col = 0;
                u.endCol = 0;
            }
            u.loadConst(Constant.Singleton.NONE);
            u.emit(RETURN_VALUE);
        }
    }

    /** A module or class body: annotations setup, the docstring into __doc__, then the statements. */
    private void body(List<Stmt> body, boolean module) {
        if (hasAnnotations(body)) {
            u.emit(SETUP_ANNOTATIONS);
        }
        int start = 0;
        String doc = docstring(body);
        if (doc != null) {
            Stmt first = body.getFirst();
            u.setLocation(first);
            u.loadConst(doc);
            storeName("__doc__");
            start = 1;
        }
        for (int i = start; i < body.size(); i++) {
            stmt(body.get(i));
        }
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.getFirst() instanceof Stmt.ExprStmt e
                && e.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** Whether annotated simple targets appear in this block (not in nested defs/classes). */
    static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Stmt.AsyncFor f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Stmt.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
                case Stmt.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
                case Stmt.With w -> hasAnnotations(w.body());
                case Stmt.AsyncWith w -> hasAnnotations(w.body());
                case Stmt.Try t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse())
                        || hasAnnotations(t.finalbody()) || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
                case Stmt.TryStar t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse())
                        || hasAnnotations(t.finalbody()) || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
                case Stmt.Match m -> m.cases().stream().anyMatch(c -> hasAnnotations(c.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private void enter(Unit.Kind kind, Scope scope, String name, int firstLineno) {
        String qualname = qualname(name, kind);
        stack.push(u);
        u = new Unit(kind, scope, name, qualname, firstLineno);
    }

    private CodeUnit exit(int argCount, int posOnly, int kwOnly, int flags) {
        CodeUnit code = u.finish(filename, argCount, posOnly, kwOnly, flags);
        u = stack.pop();
        return code;
    }

    private String qualname(String name, Unit.Kind kind) {
        Unit parent = u;
        if (parent.kind == Unit.Kind.MODULE) {
            return name;
        }
        if (kind == Unit.Kind.FUNCTION || kind == Unit.Kind.ASYNC_FUNCTION || kind == Unit.Kind.CLASS) {
            String mangled = Symbols.mangle(parent.scope.privateName(), name);
            if (parent.scope.scopeOf(mangled) == Symbols.GLOBAL_EXPLICIT) {
                return name;
            }
        }
        if (parent.kind == Unit.Kind.FUNCTION || parent.kind == Unit.Kind.ASYNC_FUNCTION
                || parent.kind == Unit.Kind.LAMBDA) {
            return parent.qualname + ".<locals>." + name;
        }
        return parent.qualname + "." + name;
    }

    private int functionFlags(Scope scope) {
        int flags = CodeUnit.OPTIMIZED | CodeUnit.NEWLOCALS;
        if (scope.hasVarargs()) {
            flags |= CodeUnit.VARARGS;
        }
        if (scope.hasVarkeywords()) {
            flags |= CodeUnit.VARKEYWORDS;
        }
        if (scope.isNested()) {
            flags |= CodeUnit.NESTED;
        }
        if (scope.isGenerator() && scope.isCoroutine()) {
            flags |= CodeUnit.ASYNC_GENERATOR;
        } else if (scope.isGenerator()) {
            flags |= CodeUnit.GENERATOR;
        } else if (scope.isCoroutine()) {
            flags |= CodeUnit.COROUTINE;
        }
        return flags | futureFlags;
    }

    /**
     * Pushes the closure tuple (if the code has free variables) and the code, and emits
     * MAKE_FUNCTION with the given flags.
     */
    private void makeClosure(CodeUnit code, int flags) {
        if (code.freevars().length > 0) {
            for (String free : code.freevars()) {
                int idx = u.cell(free);
                if (idx < 0) {
                    throw new IllegalStateException("no cell for free variable " + free + " of " + code.qualname());
                }
                u.emit(LOAD_CLOSURE, idx);
            }
            u.emit(BUILD_TUPLE, code.freevars().length);
            flags |= 8;
        }
        u.loadConst(code);
        u.emit(MAKE_FUNCTION, flags);
    }

    // ------------------------------------------------------------------ errors

    PySyntaxError error(String msg, Located at) {
        return errors.error(msg, at);
    }

    PySyntaxError errorHere(String msg) {
        return errors.error(msg, u.line, u.col, u.endLine, u.endCol);
    }

    // ------------------------------------------------------------------ names

    void storeName(String name) {
        nameOp(name, ExprContext.Store);
    }

    void nameOp(String id, ExprContext ctx) {
        if (id.equals("__debug__") && ctx != ExprContext.Load) {
            throw errorHere(ctx == ExprContext.Store ? "cannot assign to __debug__" : "cannot delete __debug__");
        }
        String name = Symbols.mangle(u.scope.privateName(), id);
        int scope = u.scope.scopeOf(name);
        boolean fn = u.isFunctionLike();
        if (scope == Symbols.FREE || scope == Symbols.CELL) {
            int idx = u.cell(name);
            switch (ctx) {
                case Load -> u.emit(u.kind == Unit.Kind.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF, idx);
                case Store -> u.emit(STORE_DEREF, idx);
                case Del -> u.emit(DELETE_DEREF, idx);
            }
            return;
        }
        if (scope == Symbols.LOCAL && fn) {
            int idx = u.varname(name);
            switch (ctx) {
                case Load -> u.emit(LOAD_FAST, idx);
                case Store -> u.emit(STORE_FAST, idx);
                case Del -> u.emit(DELETE_FAST, idx);
            }
            return;
        }
        if (scope == Symbols.GLOBAL_EXPLICIT || (scope == Symbols.GLOBAL_IMPLICIT && fn)) {
            int idx = u.name(name);
            switch (ctx) {
                case Load -> u.emit(LOAD_GLOBAL, idx);
                case Store -> u.emit(STORE_GLOBAL, idx);
                case Del -> u.emit(DELETE_GLOBAL, idx);
            }
            return;
        }
        int idx = u.name(name);
        switch (ctx) {
            case Load -> u.emit(LOAD_NAME, idx);
            case Store -> u.emit(STORE_NAME, idx);
            case Del -> u.emit(DELETE_NAME, idx);
        }
    }

    private String mangle(String name) {
        return Symbols.mangle(u.scope.privateName(), name);
    }

    // ------------------------------------------------------------------ statements

    void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    void stmt(Stmt s) {
        u.setLocation(s);
        switch (s) {
            case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
            case Stmt.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    target(t);
                }
            }
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> forStmt(f);
            case Stmt.AsyncFor f -> asyncFor(f);
            case Stmt.While w -> whileStmt(w);
            case Stmt.If i -> ifStmt(i);
            case Stmt.With w -> with(w, w.items(), w.body(), 0, false);
            case Stmt.AsyncWith w -> {
                if (u.kind != Unit.Kind.ASYNC_FUNCTION) {
                    throw error("'async with' outside async function", w);
                }
                with(w, w.items(), w.body(), 0, true);
            }
            case Stmt.Match m -> patterns.match(m);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    expr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        expr(r.cause());
                        n++;
                    }
                }
                u.setLocation(r);
                u.emit(RAISE_VARARGS, n);
            }
            case Stmt.Try t -> {
                if (!t.finalbody().isEmpty()) {
                    tryFinally(t, () -> {
                        if (t.handlers().isEmpty()) {
                            stmts(t.body());
                        } else {
                            tryExcept(t, t.body(), t.handlers(), t.orelse());
                        }
                    }, t.finalbody());
                } else {
                    tryExcept(t, t.body(), t.handlers(), t.orelse());
                }
            }
            case Stmt.TryStar t -> {
                if (!t.finalbody().isEmpty()) {
                    tryFinally(t, () -> tryStar(t), t.finalbody());
                } else {
                    tryStar(t);
                }
            }
            case Stmt.Assert a -> assertStmt(a);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.ExprStmt e -> exprStmt(e);
            case Stmt.Pass p -> { }
            case Stmt.Break b -> breakStmt(b);
            case Stmt.Continue c -> continueStmt(c);
        }
    }

    private void exprStmt(Stmt.ExprStmt e) {
        if (interactive && stack.isEmpty()) {
            expr(e.value());
            u.setLocation(e);
            u.emit(PRINT_EXPR);
            return;
        }
        if (e.value() instanceof Expr.Constant) {
            return;
        }
        expr(e.value());
        u.setLocation(e);
        u.emit(POP_TOP);
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                          boolean async) {
        for (Expr d : decorators) {
            expr(d);
        }
        int firstLineno = decorators.isEmpty() ? s.lineno() : decorators.getFirst().lineno();
        u.setLocation(s);
        int flags = defaults(args);
        if (annotations(args, returns)) {
            flags |= 4;
        }
        Scope scope = symbols.scopeOf(s);
        enter(async ? Unit.Kind.ASYNC_FUNCTION : Unit.Kind.FUNCTION, scope, name, firstLineno);
        String doc = docstring(body);
        u.addConst(doc != null ? doc : Constant.Singleton.NONE);
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            stmt(body.get(i));
        }
        if (!u.code.endsFlow() || u.code.size() == 0) {
            if (u.code.size() == 0) {
                u.setLocation(body.getLast());
            }
            u.loadConst(Constant.Singleton.NONE);
            u.emit(RETURN_VALUE);
        }
        CodeUnit code = exit(args.posonlyargs().size() + args.args().size(), args.posonlyargs().size(),
                args.kwonlyargs().size(), functionFlags(scope));
        u.setLocation(s);
        makeClosure(code, flags);
        applyDecorators(decorators);
        u.setLocation(s);
        storeName(name);
    }

    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            u.setLocation(decorators.get(i));
            u.emit(CALL, 1);
        }
    }

    /** Pushes the defaults tuple and kw-defaults dict; returns the MAKE_FUNCTION flags for them. */
    private int defaults(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            tupleOf(args.defaults());
            flags |= 1;
        }
        int n = 0;
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                u.loadConst(mangle(args.kwonlyargs().get(i).arg()));
                expr(d);
                n++;
            }
        }
        if (n > 0) {
            u.emit(BUILD_MAP, n);
            flags |= 2;
        }
        return flags;
    }

    /** Builds a tuple of the values: a constant when they all fold. */
    private void tupleOf(List<Expr> values) {
        List<Object> consts = new ArrayList<>();
        for (Expr e : values) {
            Object v = folder.fold(e);
            if (v == ConstantFolder.NOT_CONSTANT) {
                consts = null;
                break;
            }
            consts.add(v);
        }
        if (consts != null) {
            u.loadConst(new Constant.Tuple(consts));
            return;
        }
        for (Expr e : values) {
            expr(e);
        }
        u.emit(BUILD_TUPLE, values.size());
    }

    /** Pushes the flattened (name, annotation) tuple if there are annotations. */
    private boolean annotations(Arguments args, Expr returns) {
        int[] n = {0};
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        if (futureAnnotations) {
            // Every item is a string: one constant tuple, as CPython's optimizer folds it.
            List<Object> items = new ArrayList<>();
            for (Arg a : all) {
                if (a.annotation() != null) {
                    items.add(mangle(a.arg()));
                    items.add(Unparser.unparse(a.annotation()));
                }
            }
            if (returns != null) {
                items.add("return");
                items.add(Unparser.unparse(returns));
            }
            if (items.isEmpty()) {
                return false;
            }
            u.loadConst(new Constant.Tuple(items));
            return true;
        }
        for (Arg a : all) {
            if (a.annotation() != null) {
                u.loadConst(mangle(a.arg()));
                annotation(a.annotation());
                n[0]++;
            }
        }
        if (returns != null) {
            u.loadConst("return");
            annotation(returns);
            n[0]++;
        }
        if (n[0] > 0) {
            u.emit(BUILD_TUPLE, 2 * n[0]);
            return true;
        }
        return false;
    }

    private void annotation(Expr e) {
        if (!futureAnnotations && e instanceof Expr.Starred s) {
            // *args: *Ts stores the single item of the unpacked value.
            expr(s.value());
            u.emit(UNPACK_SEQUENCE, 1);
            return;
        }
        if (futureAnnotations) {
            int[] loc = u.location();
            u.setLocation(e);
            u.loadConst(Unparser.unparse(e));
            u.restoreLocation(loc);
        } else {
            expr(e);
        }
    }

    private void classDef(Stmt.ClassDef c) {
        for (Expr d : c.decoratorList()) {
            expr(d);
        }
        int firstLineno = c.decoratorList().isEmpty() ? c.lineno() : c.decoratorList().getFirst().lineno();
        u.setLocation(c);
        Scope scope = symbols.scopeOf(c);
        enter(Unit.Kind.CLASS, scope, c.name(), firstLineno);
        u.setLocation(c);
        u.emit(LOAD_NAME, u.name("__name__"));
        u.emit(STORE_NAME, u.name("__module__"));
        u.loadConst(u.qualname);
        u.emit(STORE_NAME, u.name("__qualname__"));
        body(c.body(), false);
        if (!u.code.endsFlow()) {
            if (scope.needsClassClosure()) {
                u.emit(LOAD_CLOSURE, 0);
                u.emit(COPY, 1);
                u.emit(STORE_NAME, u.name("__classcell__"));
            } else {
                u.loadConst(Constant.Singleton.NONE);
            }
            u.emit(RETURN_VALUE);
        }
        CodeUnit code = exit(0, 0, 0, futureFlags);
        u.setLocation(c);
        u.emit(LOAD_BUILD_CLASS);
        makeClosure(code, 0);
        u.loadConst(c.name());
        call(2, c.bases(), c.keywords(), c);
        applyDecorators(c.decoratorList());
        u.setLocation(c);
        storeName(c.name());
    }

    private void returnStmt(Stmt.Return r) {
        if (!u.isFunctionLike()) {
            throw error("'return' outside function", r);
        }
        if (r.value() != null && u.scope.isCoroutine() && u.scope.isGenerator()) {
            throw error("'return' with value in async generator", r);
        }
        boolean preserve = r.value() != null && !folder.isConstant(r.value());
        if (preserve) {
            expr(r.value());
        } else if (r.value() != null) {
            u.setLocation(r.value());
        }
        if (r.value() == null || r.value().lineno() != r.lineno()) {
            u.setLocation(r);
        }
        Snapshot saved = snapshot();
        unwindTo(preserve, false);
        if (r.value() == null) {
            u.loadConst(Constant.Singleton.NONE);
        } else if (!preserve) {
            u.setLocation(r.value());
            u.loadConst(folder.fold(r.value()));
            u.setLocation(r);
        }
        u.emit(RETURN_VALUE);
        restore(saved);
    }

    private void breakStmt(Stmt.Break b) {
        Snapshot saved = snapshot();
        Unit.Block loop = unwindTo(false, true);
        if (loop == null) {
            throw error("'break' outside loop", b);
        }
        unwind(loop, false);
        u.jump(loop.exit());
        restore(saved);
    }

    private void continueStmt(Stmt.Continue c) {
        Snapshot saved = snapshot();
        Unit.Block loop = unwindTo(false, true);
        if (loop == null) {
            throw error("'continue' not properly in loop", c);
        }
        u.jump(loop.start());
        restore(saved);
    }

    /** The frame blocks and handlers in effect, to restore after emitting a jump out of them. */
    private record Snapshot(List<Unit.Block> blocks, List<CodeBuilder.Handler> handlers) {
    }

    private Snapshot snapshot() {
        return new Snapshot(new ArrayList<>(u.blocks), new ArrayList<>(u.handlers));
    }

    private void restore(Snapshot s) {
        u.blocks.clear();
        u.blocks.addAll(s.blocks());
        u.handlers.clear();
        u.handlers.addAll(s.handlers());
    }

    /**
     * Emits the code that leaves every frame block up to the innermost loop ({@code toLoop}) or
     * up to the function, and returns that loop (not unwound itself) or null.
     */
    private Unit.Block unwindTo(boolean preserve, boolean toLoop) {
        while (!u.blocks.isEmpty()) {
            Unit.Block top = u.blocks.peek();
            if (toLoop && (top.kind() == Unit.BlockKind.WHILE_LOOP || top.kind() == Unit.BlockKind.FOR_LOOP
                    || top.kind() == Unit.BlockKind.ASYNC_FOR_LOOP)) {
                return top;
            }
            if (top.kind() == Unit.BlockKind.EXCEPTION_GROUP_HANDLER) {
                throw errorHere("'break', 'continue' and 'return' cannot appear in an except* block");
            }
            u.blocks.pop();
            unwind(top, preserve);
        }
        return null;
    }

    /** Emits what leaving one frame block requires. */
    private void unwind(Unit.Block b, boolean preserve) {
        switch (b.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER -> { }
            case FOR_LOOP, ASYNC_FOR_LOOP -> {
                if (preserve) {
                    u.emit(SWAP, 2);
                }
                u.emit(POP_TOP);
            }
            case TRY_EXCEPT -> u.popHandler();
            case FINALLY_TRY -> {
                u.popHandler();
                if (preserve) {
                    pushBlock(Unit.BlockKind.POP_VALUE, null, null, null);
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalbody = (List<Stmt>) b.datum();
                int[] loc = u.location();
                stmts(finalbody);
                u.restoreLocation(loc);
                if (preserve) {
                    u.blocks.pop();
                }
            }
            case FINALLY_END -> {
                if (preserve) {
                    u.emit(SWAP, 2);
                }
                u.emit(POP_TOP);
                if (preserve) {
                    u.emit(SWAP, 2);
                }
                u.popHandler();
                u.emit(POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                u.popHandler();
                if (preserve) {
                    u.emit(SWAP, 2);
                }
                int[] loc = u.location();
                u.setLocation((Located) b.datum());
                callExitWithNones(b.kind() == Unit.BlockKind.ASYNC_WITH);
                u.emit(POP_TOP);
                u.restoreLocation(loc);
            }
            case HANDLER_CLEANUP -> {
                if (b.datum() != null) {
                    u.popHandler();
                }
                if (preserve) {
                    u.emit(SWAP, 2);
                }
                u.popHandler();
                u.emit(POP_EXCEPT);
                if (b.datum() != null) {
                    u.loadConst(Constant.Singleton.NONE);
                    storeName((String) b.datum());
                    nameOp((String) b.datum(), ExprContext.Del);
                }
            }
            case POP_VALUE -> {
                if (preserve) {
                    u.emit(SWAP, 2);
                }
                u.emit(POP_TOP);
            }
        }
    }

    void pushBlock(Unit.BlockKind kind, CodeBuilder.Label start, CodeBuilder.Label exit, Object datum) {
        if (u.blocks.size() >= Unit.MAX_BLOCKS) {
            throw errorHere("too many statically nested blocks");
        }
        u.blocks.push(new Unit.Block(kind, start, exit, datum));
    }

    void popBlock() {
        u.blocks.pop();
    }

    private void callExitWithNones(boolean async) {
        u.loadConst(Constant.Singleton.NONE);
        u.loadConst(Constant.Singleton.NONE);
        u.loadConst(Constant.Singleton.NONE);
        u.emit(CALL, 3);
        if (async) {
            u.emit(GET_AWAITABLE, 2);
            u.loadConst(Constant.Singleton.NONE);
            yieldFromLoop();
        }
    }

    /** The SEND/YIELD_VALUE loop of await and yield from: [receiver, value] -> [result]. */
    void yieldFromLoop() {
        CodeBuilder.Label send = new CodeBuilder.Label();
        CodeBuilder.Label exit = new CodeBuilder.Label();
        u.bind(send);
        u.emitJump(SEND, exit);
        u.emit(YIELD_VALUE);
        u.jump(send);
        u.bind(exit);
    }

    private void assign(Stmt.Assign a) {
        List<Expr> targets = a.targets();
        if (targets.size() == 1 && swapAssign(targets.getFirst(), a.value())) {
            return;
        }
        expr(a.value());
        for (int i = 0; i < targets.size(); i++) {
            if (i < targets.size() - 1) {
                u.setLocation(a);
                u.emit(COPY, 1);
            }
            target(targets.get(i));
        }
    }

    /** {@code a, b = b, a}: the values are evaluated, swapped in place and stored, without a tuple. */
    private boolean swapAssign(Expr target, Expr value) {
        List<Expr> lhs = switch (target) {
            case Expr.Tuple t -> t.elts();
            case Expr.List l -> l.elts();
            default -> null;
        };
        if (lhs == null || !(value instanceof Expr.Tuple rt) || rt.elts().size() != lhs.size()
                || lhs.size() < 2 || lhs.size() > 3 || folder.isConstant(value)) {
            return false;
        }
        for (Expr e : lhs) {
            if (e instanceof Expr.Starred) {
                return false;
            }
        }
        for (Expr e : rt.elts()) {
            if (e instanceof Expr.Starred) {
                return false;
            }
        }
        for (Expr e : rt.elts()) {
            expr(e);
        }
        u.setLocation(target);
        // [a, b(, c)] -> [b, a] / [c, b, a]: the first target's value on top, as after UNPACK_SEQUENCE.
        u.emit(SWAP, lhs.size());
        for (Expr e : lhs) {
            target(e);
        }
        return true;
    }

    /** Stores TOS into (or deletes) an assignment target. */
    void target(Expr t) {
        int[] loc = u.location();
        u.setLocation(t);
        switch (t) {
            case Expr.Name n -> nameOp(n.id(), n.ctx());
            case Expr.Attribute a -> {
                expr(a.value());
                u.setAttributeLocation(a);
                u.emit(a.ctx() == ExprContext.Del ? DELETE_ATTR : STORE_ATTR, u.name(mangle(a.attr())));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                u.setLocation(s);
                u.emit(s.ctx() == ExprContext.Del ? DELETE_SUBSCR : STORE_SUBSCR);
            }
            case Expr.Tuple tu -> sequenceTarget(tu.elts(), tu.ctx(), tu);
            case Expr.List l -> sequenceTarget(l.elts(), l.ctx(), l);
            case Expr.Starred s -> {
                if (s.ctx() == ExprContext.Store) {
                    throw error("starred assignment target must be in a list or tuple", s);
                }
                throw error("can't use starred expression here", s);
            }
            default -> throw new IllegalStateException("not a target: " + t);
        }
        u.restoreLocation(loc);
    }

    private void sequenceTarget(List<Expr> elts, ExprContext ctx, Expr node) {
        if (ctx == ExprContext.Del) {
            for (Expr e : elts) {
                target(e);
            }
            return;
        }
        unpack(elts, node);
        for (Expr e : elts) {
            target(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    /** UNPACK_SEQUENCE or UNPACK_EX for a target list. */
    void unpack(List<Expr> elts, Located node) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw errorHere("multiple starred expressions in assignment");
                }
                star = i;
            }
        }
        if (star < 0) {
            u.emit(UNPACK_SEQUENCE, elts.size());
            return;
        }
        int after = elts.size() - star - 1;
        if (star >= 256 || after >= 1 << 16) {
            throw error("too many expressions in star-unpacking assignment", elts.get(star));
        }
        u.emit(UNPACK_EX, star | after << 8);
    }

    private void augAssign(Stmt.AugAssign a) {
        BinaryOp op = binaryOp(a.op()).inPlace();
        switch (a.target()) {
            case Expr.Name n -> {
                u.setLocation(n);
                nameOp(n.id(), ExprContext.Load);
                expr(a.value());
                u.setLocation(a);
                u.emit(BINARY_OP, op.ordinal());
                u.setLocation(n);
                nameOp(n.id(), ExprContext.Store);
            }
            case Expr.Attribute at -> {
                expr(at.value());
                u.setLocation(at);
                u.emit(COPY, 1);
                u.moveStartToAttribute(at);
                u.emit(LOAD_ATTR, u.name(mangle(at.attr())));
                expr(a.value());
                u.setLocation(a);
                u.emit(BINARY_OP, op.ordinal());
                u.setAttributeLocation(at);
                u.emit(SWAP, 2);
                u.emit(STORE_ATTR, u.name(mangle(at.attr())));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                u.setLocation(s);
                u.emit(COPY, 2);
                u.emit(COPY, 2);
                u.emit(BINARY_SUBSCR);
                expr(a.value());
                u.setLocation(a);
                u.emit(BINARY_OP, op.ordinal());
                u.setLocation(s);
                u.emit(SWAP, 3);
                u.emit(SWAP, 2);
                u.emit(STORE_SUBSCR);
            }
            default -> throw error("'" + a.target().getClass().getSimpleName() + "' is an illegal expression for augmented assignment", a.target());
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.value() != null) {
            expr(a.value());
            target(a.target());
        }
        boolean moduleOrClass = u.kind == Unit.Kind.MODULE || u.kind == Unit.Kind.CLASS;
        switch (a.target()) {
            case Expr.Name n -> {
                if (a.simple() != 0 && moduleOrClass) {
                    annotation(a.annotation());
                    u.setLocation(a);
                    u.emit(LOAD_NAME, u.name("__annotations__"));
                    u.loadConst(mangle(n.id()));
                    u.emit(STORE_SUBSCR);
                }
                return;
            }
            case Expr.Attribute at -> {
                if (a.value() == null) {
                    checkAnnExpr(at.value());
                }
            }
            case Expr.Subscript s -> {
                if (a.value() == null) {
                    checkAnnExpr(s.value());
                    checkAnnExpr(s.slice());
                }
            }
            default -> { }
        }
        if (!futureAnnotations && moduleOrClass) {
            checkAnnExpr(a.annotation());
        }
    }

    /** Evaluates an expression for its side effects only (annotation parts of complex targets). */
    private void checkAnnExpr(Expr e) {
        if (e instanceof Expr.Slice s) {
            for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
                if (part != null) {
                    checkAnnExpr(part);
                }
            }
            return;
        }
        if (e instanceof Expr.Tuple t && t.ctx() == ExprContext.Load) {
            for (Expr x : t.elts()) {
                checkAnnExpr(x);
            }
            return;
        }
        expr(e);
        u.emit(POP_TOP);
    }

    private void forStmt(Stmt.For f) {
        CodeBuilder.Label start = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        iterable(f.iter());
        u.setLocation(f);
        u.emit(GET_ITER);
        pushBlock(Unit.BlockKind.FOR_LOOP, start, end, null);
        u.bind(start);
        u.emitJump(FOR_ITER, cleanup);
        target(f.target());
        stmts(f.body());
        u.jump(start);
        popBlock();
        u.bind(cleanup);
        stmts(f.orelse());
        u.bind(end);
    }

    /** A for/comprehension iterable: list and set displays of constants become constant tuples/frozensets. */
    void iterable(Expr iter) {
        if (iter instanceof Expr.List l && l.ctx() == ExprContext.Load && noStarred(l.elts())) {
            u.setLocation(l);
            tupleOf(l.elts());
            return;
        }
        if (iter instanceof Expr.Set s && noStarred(s.elts()) && !s.elts().isEmpty()) {
            List<Object> consts = constants(s.elts());
            if (consts != null) {
                u.setLocation(s);
                u.loadConst(new Constant.FrozenSet(consts));
                return;
            }
        }
        expr(iter);
    }

    private static boolean noStarred(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                return false;
            }
        }
        return true;
    }

    /** The folded values of all the expressions, or null if one does not fold. */
    List<Object> constants(List<Expr> elts) {
        List<Object> consts = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            Object v = folder.fold(e);
            if (v == ConstantFolder.NOT_CONSTANT) {
                return null;
            }
            consts.add(v);
        }
        return consts;
    }

    private void asyncFor(Stmt.AsyncFor f) {
        if (u.kind != Unit.Kind.ASYNC_FUNCTION) {
            throw error("'async for' outside async function", f);
        }
        CodeBuilder.Label start = new CodeBuilder.Label();
        CodeBuilder.Label except = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        expr(f.iter());
        u.setLocation(f);
        u.emit(GET_AITER);
        u.bind(start);
        pushBlock(Unit.BlockKind.ASYNC_FOR_LOOP, start, end, null);
        u.pushHandler(except, false, 0);
        u.emit(GET_ANEXT);
        u.loadConst(Constant.Singleton.NONE);
        yieldFromLoop();
        u.popHandler();
        target(f.target());
        stmts(f.body());
        u.jump(start);
        popBlock();
        u.bind(except);
        u.setLocation(f.iter());
        u.emit(END_ASYNC_FOR);
        stmts(f.orelse());
        u.bind(end);
    }

    private void whileStmt(Stmt.While w) {
        CodeBuilder.Label loop = new CodeBuilder.Label();
        CodeBuilder.Label anchor = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        u.bind(loop);
        pushBlock(Unit.BlockKind.WHILE_LOOP, loop, end, null);
        jumpIf(w.test(), anchor, false);
        stmts(w.body());
        u.jump(loop);
        popBlock();
        u.bind(anchor);
        stmts(w.orelse());
        u.bind(end);
    }

    private void ifStmt(Stmt.If i) {
        CodeBuilder.Label end = new CodeBuilder.Label();
        CodeBuilder.Label next = i.orelse().isEmpty() ? end : new CodeBuilder.Label();
        jumpIf(i.test(), next, false);
        stmts(i.body());
        if (!i.orelse().isEmpty()) {
            u.jump(end);
            u.bind(next);
            stmts(i.orelse());
        }
        u.bind(end);
    }

    private void with(Stmt s, List<WithItem> items, List<Stmt> body, int pos, boolean async) {
        WithItem item = items.get(pos);
        CodeBuilder.Label block = new CodeBuilder.Label();
        CodeBuilder.Label fin = new CodeBuilder.Label();
        CodeBuilder.Label exit = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label suppress = new CodeBuilder.Label();
        expr(item.contextExpr());
        u.setLocation(s);
        if (async) {
            u.emit(BEFORE_ASYNC_WITH);
            u.emit(GET_AWAITABLE, 1);
            u.loadConst(Constant.Singleton.NONE);
            yieldFromLoop();
        } else {
            u.emit(BEFORE_WITH);
        }
        u.pushHandler(fin, true, -1);
        pushBlock(async ? Unit.BlockKind.ASYNC_WITH : Unit.BlockKind.WITH, block, null, s);
        if (item.optionalVars() != null) {
            target(item.optionalVars());
        } else {
            u.emit(POP_TOP);
        }
        if (pos + 1 == items.size()) {
            stmts(body);
        } else {
            with(s, items, body, pos + 1, async);
        }
        popBlock();
        u.popHandler();
        u.setLocation(s);
        callExitWithNones(async);
        u.emit(POP_TOP);
        u.jump(exit);

        u.bind(fin);
        u.pushHandler(cleanup, true, 0);
        u.emit(PUSH_EXC_INFO);
        u.emit(WITH_EXCEPT_START);
        if (async) {
            u.emit(GET_AWAITABLE, 2);
            u.loadConst(Constant.Singleton.NONE);
            yieldFromLoop();
        }
        u.emitJump(POP_JUMP_IF_TRUE, suppress);
        u.emit(RERAISE, 2);
        u.bind(suppress);
        u.emit(POP_TOP);
        u.popHandler();
        u.emit(POP_EXCEPT);
        u.emit(POP_TOP);
        u.emit(POP_TOP);
        u.jump(exit);
        u.bind(cleanup);
        popExceptAndReraise();
        u.bind(exit);
    }

    /** The cleanup of an exception handler that raised: [prev, lasti, exc] -> restore prev, re-raise. */
    void popExceptAndReraise() {
        u.emit(COPY, 3);
        u.emit(POP_EXCEPT);
        u.emit(RERAISE, 1);
    }

    private void tryFinally(Stmt s, Runnable body, List<Stmt> finalbody) {
        CodeBuilder.Label end = new CodeBuilder.Label();
        CodeBuilder.Label exit = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        u.setLocation(s);
        u.pushHandler(end, false, 0);
        pushBlock(Unit.BlockKind.FINALLY_TRY, null, null, finalbody);
        body.run();
        popBlock();
        u.popHandler();
        stmts(finalbody);
        u.jump(exit);

        u.bind(end);
        u.pushHandler(cleanup, true, 0);
        u.emit(PUSH_EXC_INFO);
        pushBlock(Unit.BlockKind.FINALLY_END, end, null, null);
        stmts(finalbody);
        popBlock();
        u.emit(RERAISE, 0);
        u.popHandler();
        u.bind(cleanup);
        popExceptAndReraise();
        u.bind(exit);
    }

    private void tryExcept(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        CodeBuilder.Label except = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        u.setLocation(s);
        u.pushHandler(except, false, 0);
        pushBlock(Unit.BlockKind.TRY_EXCEPT, null, null, null);
        stmts(body);
        popBlock();
        u.popHandler();
        stmts(orelse);
        u.jump(end);

        u.bind(except);
        CodeBuilder.Handler cleanupHandler = u.pushHandler(cleanup, true, 0);
        u.emit(PUSH_EXC_INFO);
        pushBlock(Unit.BlockKind.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            u.setLocation(h);
            if (h.type() == null && i < handlers.size() - 1) {
                throw error("default 'except:' must be last", h);
            }
            CodeBuilder.Label next = new CodeBuilder.Label();
            if (h.type() != null) {
                expr(h.type());
                u.setLocation(h);
                u.emit(CHECK_EXC_MATCH);
                u.emitJump(POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                CodeBuilder.Label cleanupEnd = new CodeBuilder.Label();
                storeName(h.name());
                u.pushHandler(cleanupEnd, true, 0);
                pushBlock(Unit.BlockKind.HANDLER_CLEANUP, null, null, h.name());
                stmts(h.body());
                popBlock();
                u.popHandler();
                u.popHandler();
                u.emit(POP_EXCEPT);
                u.loadConst(Constant.Singleton.NONE);
                storeName(h.name());
                nameOp(h.name(), ExprContext.Del);
                u.jump(end);
                u.handlers.add(cleanupHandler);
                u.bind(cleanupEnd);
                u.loadConst(Constant.Singleton.NONE);
                storeName(h.name());
                nameOp(h.name(), ExprContext.Del);
                u.emit(RERAISE, 1);
            } else {
                u.emit(POP_TOP);
                pushBlock(Unit.BlockKind.HANDLER_CLEANUP, null, null, null);
                stmts(h.body());
                popBlock();
                u.popHandler();
                u.emit(POP_EXCEPT);
                u.jump(end);
                u.handlers.add(cleanupHandler);
            }
            u.bind(next);
        }
        popBlock();
        u.emit(RERAISE, 0);
        u.popHandler();
        u.bind(cleanup);
        popExceptAndReraise();
        u.bind(end);
    }

    private void tryStar(Stmt.TryStar t) {
        CodeBuilder.Label except = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label reraiseStar = new CodeBuilder.Label();
        u.setLocation(t);
        u.pushHandler(except, false, 0);
        pushBlock(Unit.BlockKind.TRY_EXCEPT, null, null, null);
        stmts(t.body());
        popBlock();
        u.popHandler();
        stmts(t.orelse());
        u.jump(end);

        u.bind(except);
        u.pushHandler(cleanup, true, 0);
        u.emit(PUSH_EXC_INFO);
        pushBlock(Unit.BlockKind.EXCEPTION_GROUP_HANDLER, null, null, null);
        List<ExceptHandler> handlers = t.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            u.setLocation(h);
            CodeBuilder.Label next = new CodeBuilder.Label();
            CodeBuilder.Label noMatch = new CodeBuilder.Label();
            CodeBuilder.Label cleanupEnd = new CodeBuilder.Label();
            if (i == 0) {
                u.emit(COPY, 1);
                u.emit(BUILD_LIST, 0);
                u.emit(SWAP, 2);
            }
            if (h.type() != null) {
                expr(h.type());
                u.setLocation(h);
                u.emit(CHECK_EG_MATCH);
                u.emit(COPY, 1);
                u.emitJump(POP_JUMP_IF_NONE, noMatch);
            }
            if (h.name() != null) {
                storeName(h.name());
            } else {
                u.emit(POP_TOP);
            }
            u.pushHandler(cleanupEnd, true, 0);
            pushBlock(Unit.BlockKind.HANDLER_CLEANUP, null, null, h.name());
            stmts(h.body());
            popBlock();
            u.popHandler();
            if (h.name() != null) {
                u.loadConst(Constant.Singleton.NONE);
                storeName(h.name());
                nameOp(h.name(), ExprContext.Del);
            }
            u.jump(next);
            u.bind(cleanupEnd);
            if (h.name() != null) {
                u.loadConst(Constant.Singleton.NONE);
                storeName(h.name());
                nameOp(h.name(), ExprContext.Del);
            }
            u.emit(LIST_APPEND, 3);
            u.emit(POP_TOP);
            u.jump(next);
            u.bind(noMatch);
            u.emit(POP_TOP);
            u.bind(next);
        }
        popBlock();
        u.setLocation(t);
        u.emit(LIST_APPEND, 1);
        u.emit(PREP_RERAISE_STAR);
        u.emit(COPY, 1);
        u.emitJump(POP_JUMP_IF_NOT_NONE, reraiseStar);
        u.emit(POP_TOP);
        u.popHandler();
        u.emit(POP_EXCEPT);
        u.jump(end);
        u.bind(reraiseStar);
        u.emit(SWAP, 2);
        u.emit(POP_EXCEPT);
        u.emit(RERAISE, 0);
        u.bind(cleanup);
        popExceptAndReraise();
        u.bind(end);
    }

    private void assertStmt(Stmt.Assert a) {
        if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
            warnings.warn("SyntaxWarning", "assertion is always true, perhaps remove parentheses?", filename,
                    a.lineno());
        }
        CodeBuilder.Label end = new CodeBuilder.Label();
        jumpIf(a.test(), end, true);
        // CPython 3.11 reports a failed assertion at its test expression (tracebacks underline it).
        u.setLocation(a.test());
        u.emit(LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            expr(a.msg());
            u.setLocation(a.test());
            u.emit(CALL, 1);
        }
        u.emit(RAISE_VARARGS, 1);
        u.bind(end);
    }

    private void importStmt(Stmt.Import i) {
        for (Alias a : i.names()) {
            u.setLocation(i);
            u.loadConst(0L);
            u.loadConst(Constant.Singleton.NONE);
            u.emit(IMPORT_NAME, u.name(a.name()));
            if (a.asname() != null) {
                int dot = a.name().indexOf('.');
                if (dot >= 0) {
                    int pos = dot + 1;
                    while (true) {
                        int next = a.name().indexOf('.', pos);
                        String attr = next < 0 ? a.name().substring(pos) : a.name().substring(pos, next);
                        u.emit(IMPORT_FROM, u.name(attr));
                        if (next < 0) {
                            break;
                        }
                        u.emit(SWAP, 2);
                        u.emit(POP_TOP);
                        pos = next + 1;
                    }
                    storeName(a.asname());
                    u.emit(POP_TOP);
                } else {
                    storeName(a.asname());
                }
            } else {
                int dot = a.name().indexOf('.');
                storeName(dot < 0 ? a.name() : a.name().substring(0, dot));
            }
        }
    }

    private void importFrom(Stmt.ImportFrom i) {
        List<Object> fromlist = new ArrayList<>();
        for (Alias a : i.names()) {
            fromlist.add(a.name());
        }
        u.loadConst((long) i.level());
        u.loadConst(new Constant.Tuple(fromlist));
        u.emit(IMPORT_NAME, u.name(i.module() == null ? "" : i.module()));
        for (Alias a : i.names()) {
            if (a.name().equals("*")) {
                u.emit(IMPORT_STAR);
                return;
            }
            u.emit(IMPORT_FROM, u.name(a.name()));
            storeName(a.asname() != null ? a.asname() : a.name());
        }
        u.emit(POP_TOP);
    }

    // ------------------------------------------------------------------ conditions

    /**
     * Jumps to {@code target} when the truth of {@code e} equals {@code cond}; falls through
     * otherwise. The conditional jumps carry the location current on entry (the statement or
     * enclosing expression), as CPython's do: an error raised by __bool__ points there.
     */
    void jumpIf(Expr e, CodeBuilder.Label target, boolean cond) {
        jumpIf(e, target, cond, u.location());
    }

    private void jumpIf(Expr e, CodeBuilder.Label target, boolean cond, int[] at) {
        Object folded = folder.fold(e);
        if (folded != ConstantFolder.NOT_CONSTANT) {
            Boolean truth = ConstantFolder.truth(folded);
            if (truth != null) {
                if (truth == cond) {
                    u.setLocation(e);
                    u.jump(target);
                }
                return;
            }
        }
        switch (e) {
            case Expr.UnaryOp un when un.op() == dev.pyxis.python3.ast.UnaryOperator.Not -> {
                jumpIf(un.operand(), target, !cond, at);
                return;
            }
            case Expr.BoolOp b -> {
                boolean cond2 = b.op() == BoolOperator.Or;
                CodeBuilder.Label next2 = cond == cond2 ? target : new CodeBuilder.Label();
                List<Expr> values = b.values();
                for (int i = 0; i < values.size() - 1; i++) {
                    jumpIf(values.get(i), next2, cond2, at);
                }
                jumpIf(values.getLast(), target, cond, at);
                if (next2 != target) {
                    u.bind(next2);
                }
                return;
            }
            case Expr.IfExp i -> {
                CodeBuilder.Label end = new CodeBuilder.Label();
                CodeBuilder.Label next = new CodeBuilder.Label();
                jumpIf(i.test(), next, false, at);
                jumpIf(i.body(), target, cond, at);
                u.jump(end);
                u.bind(next);
                jumpIf(i.orelse(), target, cond, at);
                u.bind(end);
                return;
            }
            case Expr.Compare c when c.ops().size() > 1 -> {
                CodeBuilder.Label cleanup = new CodeBuilder.Label();
                CodeBuilder.Label end = new CodeBuilder.Label();
                expr(c.left());
                int n = c.ops().size();
                for (int i = 0; i < n - 1; i++) {
                    expr(c.comparators().get(i));
                    u.setLocation(c);
                    u.emit(SWAP, 2);
                    u.emit(COPY, 2);
                    compareOp(c.ops().get(i));
                    u.emitJump(POP_JUMP_IF_FALSE, cleanup);
                }
                comparand(c.ops().get(n - 1), c.comparators().get(n - 1));
                u.setLocation(c);
                compareOp(c.ops().get(n - 1));
                u.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
                u.jump(end);
                u.bind(cleanup);
                u.emit(POP_TOP);
                if (!cond) {
                    u.jump(target);
                }
                u.bind(end);
                return;
            }
            case Expr.Compare c when (c.ops().getFirst() == CmpOperator.Is || c.ops().getFirst() == CmpOperator.IsNot)
                    && folder.fold(c.comparators().getFirst()) == Constant.Singleton.NONE -> {
                expr(c.left());
                u.setLocation(c);
                boolean isNone = (c.ops().getFirst() == CmpOperator.Is) == cond;
                u.emitJump(isNone ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, target);
                return;
            }
            default -> { }
        }
        expr(e);
        u.restoreLocation(at);
        u.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
    }

    // ------------------------------------------------------------------ expressions

    void expr(Expr e) {
        int[] loc = u.location();
        u.setLocation(e);
        Object folded = folder.fold(e);
        if (folded != ConstantFolder.NOT_CONSTANT) {
            u.loadConst(folded);
        } else {
            exprBody(e);
        }
        u.restoreLocation(loc);
    }

    private void exprBody(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> {
                CodeBuilder.Label end = new CodeBuilder.Label();
                Opcode jump = b.op() == BoolOperator.And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
                List<Expr> values = b.values();
                for (int i = 0; i < values.size() - 1; i++) {
                    expr(values.get(i));
                    u.emitJump(jump, end);
                }
                expr(values.getLast());
                u.bind(end);
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                u.emit(COPY, 1);
                target(n.target());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                u.emit(BINARY_OP, binaryOp(b.op()).ordinal());
            }
            case Expr.UnaryOp un -> unary(un);
            case Expr.Lambda l -> lambda(l);
            case Expr.IfExp i -> {
                CodeBuilder.Label end = new CodeBuilder.Label();
                CodeBuilder.Label next = new CodeBuilder.Label();
                jumpIf(i.test(), next, false);
                expr(i.body());
                u.jump(end);
                u.bind(next);
                expr(i.orelse());
                u.bind(end);
            }
            case Expr.Dict d -> dict(d);
            case Expr.Set s -> starUnpack(s.elts(), 0, BUILD_SET);
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null);
            case Expr.Await a -> {
                if (!u.isFunctionLike()) {
                    throw error("'await' outside function", a);
                }
                if (u.kind != Unit.Kind.ASYNC_FUNCTION && u.kind != Unit.Kind.COMPREHENSION) {
                    throw error("'await' outside async function", a);
                }
                expr(a.value());
                u.emit(GET_AWAITABLE, 0);
                u.loadConst(Constant.Singleton.NONE);
                yieldFromLoop();
            }
            case Expr.Yield y -> {
                if (!u.isFunctionLike()) {
                    throw error("'yield' outside function", y);
                }
                if (y.value() != null) {
                    expr(y.value());
                } else {
                    u.loadConst(Constant.Singleton.NONE);
                }
                if (u.scope.isCoroutine()) {
                    u.emit(ASYNC_GEN_WRAP);
                }
                u.emit(YIELD_VALUE);
            }
            case Expr.YieldFrom y -> {
                if (!u.isFunctionLike()) {
                    throw error("'yield' outside function", y);
                }
                if (u.kind == Unit.Kind.ASYNC_FUNCTION) {
                    throw error("'yield from' inside async function", y);
                }
                expr(y.value());
                u.emit(GET_YIELD_FROM_ITER);
                u.loadConst(Constant.Singleton.NONE);
                yieldFromLoop();
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> callExpr(c);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.JoinedStr j -> {
                List<Expr> values = j.values();
                if (values.size() > STACK_USE_GUIDELINE) {
                    u.loadConst("");
                    u.emit(LOAD_METHOD, u.name("join"));
                    u.emit(BUILD_LIST, 0);
                    for (Expr v : values) {
                        expr(v);
                        u.emit(LIST_APPEND, 1);
                    }
                    u.emit(CALL_METHOD, 1);
                } else {
                    for (Expr v : values) {
                        expr(v);
                    }
                    if (values.size() != 1) {
                        u.emit(BUILD_STRING, values.size());
                    }
                }
            }
            case Expr.Constant c -> u.loadConst(folder.fold(c));
            case Expr.Attribute a -> {
                expr(a.value());
                u.setAttributeLocation(a);
                switch (a.ctx()) {
                    case Load -> u.emit(LOAD_ATTR, u.name(mangle(a.attr())));
                    default -> throw new IllegalStateException("attribute target in load position");
                }
            }
            case Expr.Subscript s -> {
                if (s.ctx() != ExprContext.Load) {
                    throw new IllegalStateException("subscript target in load position");
                }
                checkSubscript(s);
                expr(s.value());
                expr(s.slice());
                u.setLocation(s);
                u.emit(BINARY_SUBSCR);
            }
            case Expr.Starred s -> {
                if (s.ctx() == ExprContext.Store) {
                    throw error("starred assignment target must be in a list or tuple", s);
                }
                throw error("can't use starred expression here", s);
            }
            case Expr.Name n -> nameOp(n.id(), n.ctx());
            case Expr.List l -> starUnpack(l.elts(), 0, BUILD_LIST);
            case Expr.Tuple t -> starUnpack(t.elts(), 0, BUILD_TUPLE);
            case Expr.Slice s -> {
                int n = 2;
                loadOrNone(s.lower());
                loadOrNone(s.upper());
                if (s.step() != null) {
                    expr(s.step());
                    n = 3;
                }
                u.setLocation(s);
                u.emit(BUILD_SLICE, n);
            }
        }
    }

    private void loadOrNone(Expr e) {
        if (e == null) {
            u.loadConst(Constant.Singleton.NONE);
        } else {
            expr(e);
        }
    }

    private void unary(Expr.UnaryOp un) {
        if (un.op() == dev.pyxis.python3.ast.UnaryOperator.Not && un.operand() instanceof Expr.Compare c
                && c.ops().size() == 1) {
            CmpOperator inverted = switch (c.ops().getFirst()) {
                case Is -> CmpOperator.IsNot;
                case IsNot -> CmpOperator.Is;
                case In -> CmpOperator.NotIn;
                case NotIn -> CmpOperator.In;
                default -> null;
            };
            if (inverted != null) {
                expr(c.left());
                comparand(inverted, c.comparators().getFirst());
                u.setLocation(un);
                compareOp(inverted);
                return;
            }
        }
        expr(un.operand());
        u.setLocation(un);
        u.emit(switch (un.op()) {
            case Invert -> UNARY_INVERT;
            case Not -> UNARY_NOT;
            case UAdd -> UNARY_POSITIVE;
            case USub -> UNARY_NEGATIVE;
        });
    }

    static BinaryOp binaryOp(Operator op) {
        return switch (op) {
            case Add -> BinaryOp.ADD;
            case Sub -> BinaryOp.SUBTRACT;
            case Mult -> BinaryOp.MULTIPLY;
            case MatMult -> BinaryOp.MATRIX_MULTIPLY;
            case Div -> BinaryOp.TRUE_DIVIDE;
            case Mod -> BinaryOp.REMAINDER;
            case Pow -> BinaryOp.POWER;
            case LShift -> BinaryOp.LSHIFT;
            case RShift -> BinaryOp.RSHIFT;
            case BitOr -> BinaryOp.OR;
            case BitXor -> BinaryOp.XOR;
            case BitAnd -> BinaryOp.AND;
            case FloorDiv -> BinaryOp.FLOOR_DIVIDE;
        };
    }

    void compareOp(CmpOperator op) {
        switch (op) {
            case Eq -> u.emit(COMPARE_OP, CompareOp.EQ.ordinal());
            case NotEq -> u.emit(COMPARE_OP, CompareOp.NE.ordinal());
            case Lt -> u.emit(COMPARE_OP, CompareOp.LT.ordinal());
            case LtE -> u.emit(COMPARE_OP, CompareOp.LE.ordinal());
            case Gt -> u.emit(COMPARE_OP, CompareOp.GT.ordinal());
            case GtE -> u.emit(COMPARE_OP, CompareOp.GE.ordinal());
            case Is -> u.emit(IS_OP, 0);
            case IsNot -> u.emit(IS_OP, 1);
            case In -> u.emit(CONTAINS_OP, 0);
            case NotIn -> u.emit(CONTAINS_OP, 1);
        }
    }

    /** The right operand of a comparison; {@code in} a list/set display of constants loads a tuple/frozenset. */
    private void comparand(CmpOperator op, Expr e) {
        if (op == CmpOperator.In || op == CmpOperator.NotIn) {
            iterable(e);
        } else {
            expr(e);
        }
    }

    private void compare(Expr.Compare c) {
        checkIsLiteral(c);
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            comparand(c.ops().getFirst(), c.comparators().getFirst());
            u.setLocation(c);
            compareOp(c.ops().getFirst());
            return;
        }
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            u.setLocation(c);
            u.emit(SWAP, 2);
            u.emit(COPY, 2);
            compareOp(c.ops().get(i));
            u.emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        comparand(c.ops().get(n - 1), c.comparators().get(n - 1));
        u.setLocation(c);
        compareOp(c.ops().get(n - 1));
        u.jump(end);
        u.bind(cleanup);
        u.emit(SWAP, 2);
        u.emit(POP_TOP);
        u.bind(end);
    }

    /** CPython's SyntaxWarning for {@code x is 1} and friends. */
    private void checkIsLiteral(Expr.Compare c) {
        Expr left = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            Expr right = c.comparators().get(i);
            CmpOperator op = c.ops().get(i);
            if ((op == CmpOperator.Is || op == CmpOperator.IsNot) && (isLiteral(left) || isLiteral(right))) {
                warnings.warn("SyntaxWarning", op == CmpOperator.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", filename, c.lineno());
                return;
            }
            left = right;
        }
    }

    private boolean isLiteral(Expr e) {
        Object v = folder.fold(e);
        if (v == ConstantFolder.NOT_CONSTANT) {
            return false;
        }
        return !(v instanceof Boolean || v == Constant.Singleton.NONE || v == Constant.Singleton.ELLIPSIS);
    }

    private void formattedValue(Expr.FormattedValue f) {
        expr(f.value());
        int oparg = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            oparg |= 4;
        }
        u.setLocation(f);
        u.emit(FORMAT_VALUE, oparg);
    }

    /**
     * A list, tuple or set display (or call arguments when {@code pushed} items are already on the
     * stack): built directly, from a constant, or incrementally around starred items.
     */
    void starUnpack(List<Expr> elts, int pushed, Opcode build) {
        int n = elts.size();
        boolean tuple = build == BUILD_TUPLE;
        Opcode add = build == BUILD_SET ? SET_ADD : LIST_APPEND;
        Opcode extend = build == BUILD_SET ? SET_UPDATE : LIST_EXTEND;
        Opcode seqBuild = tuple ? BUILD_LIST : build;
        if (n > 2 && pushed == 0 && noStarred(elts)) {
            List<Object> consts = constants(elts);
            if (consts != null) {
                if (tuple) {
                    u.loadConst(new Constant.Tuple(consts));
                } else {
                    u.emit(seqBuild, 0);
                    u.loadConst(build == BUILD_SET ? new Constant.FrozenSet(consts) : new Constant.Tuple(consts));
                    u.emit(extend, 1);
                }
                return;
            }
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = !noStarred(elts);
        if (!seenStar && !big) {
            for (Expr e : elts) {
                expr(e);
            }
            u.emit(build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            u.emit(seqBuild, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred s) {
                if (!built) {
                    u.emit(seqBuild, i + pushed);
                    built = true;
                }
                expr(s.value());
                u.emit(extend, 1);
            } else {
                expr(e);
                if (built) {
                    u.emit(add, 1);
                }
            }
        }
        if (tuple) {
            u.emit(LIST_TO_TUPLE);
        }
    }

    private void dict(Expr.Dict d) {
        int n = d.values().size();
        int elements = 0;
        boolean haveDict = false;
        for (int i = 0; i < n; i++) {
            Expr key = d.keys().get(i);
            if (key == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) {
                        u.emit(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    u.emit(BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(d.values().get(i));
                u.setLocation(d);
                u.emit(DICT_UPDATE, 1);
            } else {
                if (elements * 2 > STACK_USE_GUIDELINE) {
                    subdict(d, i - elements, i + 1);
                    if (haveDict) {
                        u.emit(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                } else {
                    elements++;
                }
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) {
                u.emit(DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            u.emit(BUILD_MAP, 0);
        }
    }

    private void subdict(Expr.Dict d, int begin, int end) {
        int n = end - begin;
        List<Expr> keys = d.keys().subList(begin, end);
        List<Object> constKeys = n > 1 ? constants(keys) : null;
        if (constKeys != null) {
            for (int i = begin; i < end; i++) {
                expr(d.values().get(i));
            }
            u.setLocation(d);
            u.loadConst(new Constant.Tuple(constKeys));
            u.emit(BUILD_CONST_KEY_MAP, n);
            return;
        }
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (big) {
            u.emit(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            expr(d.keys().get(i));
            expr(d.values().get(i));
            if (big) {
                u.setLocation(d);
                u.emit(MAP_ADD, 1);
            }
        }
        if (!big) {
            u.setLocation(d);
            u.emit(BUILD_MAP, n);
        }
    }

    private void callExpr(Expr.Call c) {
        validateKeywords(c.keywords());
        if (c.func() instanceof Expr.Attribute a && a.ctx() == ExprContext.Load && methodCallable(c)) {
            expr(a.value());
            u.setAttributeLocation(a);
            u.emit(LOAD_METHOD, u.name(mangle(a.attr())));
            for (Expr arg : c.args()) {
                expr(arg);
            }
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
            u.setLocation(c);
            u.moveStartToAttribute(a);
            int n = c.args().size() + c.keywords().size();
            if (c.keywords().isEmpty()) {
                u.emit(CALL_METHOD, n);
            } else {
                u.loadConst(kwnames(c.keywords()));
                u.emit(CALL_METHOD_KW, n);
            }
            return;
        }
        checkCallable(c);
        expr(c.func());
        call(0, c.args(), c.keywords(), c);
    }

    /** CPython's SyntaxWarning for calling a display or literal, e.g. a missing comma between tuples. */
    private void checkCallable(Expr.Call c) {
        // Calling a lambda is fine.
        String type = c.func() instanceof Expr.Lambda ? null : literalType(c.func());
        if (type != null) {
            warnings.warn("SyntaxWarning", "'" + type + "' object is not callable; perhaps you missed a comma?",
                    filename, c.lineno());
        }
    }

    /**
     * CPython's SyntaxWarnings for subscripting a literal: one that cannot be subscripted, or a
     * sequence literal with a literal index that is not an int (a missing comma in a list of
     * tuples or strings).
     */
    private void checkSubscript(Expr.Subscript s) {
        String value = literalType(s.value());
        if (value == null || value.equals("dict") || value.equals("object")) {
            return;
        }
        if (!value.equals("str") && !value.equals("bytes") && !value.equals("tuple") && !value.equals("list")) {
            warnings.warn("SyntaxWarning", "'" + value + "' object is not subscriptable; perhaps you missed a comma?",
                    filename, s.lineno());
            return;
        }
        String index = literalType(s.slice());
        if (index != null && !index.equals("int") && !index.equals("bool") && !index.equals("object")) {
            warnings.warn("SyntaxWarning", value + " indices must be integers or slices, not " + index
                    + "; perhaps you missed a comma?", filename, s.lineno());
        }
    }

    /** The type of a literal or display expression (after constant folding), else null. */
    private String literalType(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.List l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set x -> "set";
            case Expr.SetComp x -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            case Expr.Lambda l -> "function";
            default -> {
                Object v = folder.fold(e);
                yield v == ConstantFolder.NOT_CONSTANT ? null : typeName(v);
            }
        };
    }

    static String typeName(Object v) {
        return switch (v) {
            case String s -> "str";
            case Constant.Bytes b -> "bytes";
            case Constant.Tuple t -> "tuple";
            case Long l -> "int";
            case java.math.BigInteger b -> "int";
            case Double d -> "float";
            case Constant.Complex x -> "complex";
            case Boolean b -> "bool";
            case Constant.Singleton s -> s == Constant.Singleton.NONE ? "NoneType" : "ellipsis";
            default -> "object";
        };
    }

    private boolean methodCallable(Expr.Call c) {
        int n = c.args().size() + c.keywords().size();
        if (n + (c.keywords().isEmpty() ? 0 : 1) >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr e : c.args()) {
            if (e instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        return true;
    }

    private void validateKeywords(List<Keyword> keywords) {
        Set<String> seen = new HashSet<>();
        for (Keyword k : keywords) {
            if (k.arg() != null) {
                if (k.arg().equals("__debug__")) {
                    throw errorHere("cannot assign to __debug__");
                }
                if (!seen.add(k.arg())) {
                    throw error("keyword argument repeated: " + k.arg(), k);
                }
            }
        }
    }

    private static Constant.Tuple kwnames(List<Keyword> keywords) {
        List<Object> names = new ArrayList<>(keywords.size());
        for (Keyword k : keywords) {
            names.add(k.arg());
        }
        return new Constant.Tuple(names);
    }

    /** A call of the callable on the stack with {@code pushed} arguments already pushed after it. */
    private void call(int pushed, List<Expr> args, List<Keyword> keywords, Located at) {
        validateKeywords(keywords);
        boolean ex = false;
        for (Expr e : args) {
            if (e instanceof Expr.Starred) {
                ex = true;
            }
        }
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                ex = true;
            }
        }
        int n = pushed + args.size() + keywords.size();
        if (!ex && n <= STACK_USE_GUIDELINE) {
            for (Expr e : args) {
                expr(e);
            }
            for (Keyword k : keywords) {
                expr(k.value());
            }
            u.setLocation(at);
            if (keywords.isEmpty()) {
                u.emit(CALL, n);
            } else {
                u.loadConst(kwnames(keywords));
                u.emit(CALL_KW, n);
            }
            return;
        }
        if (pushed == 0 && args.size() == 1 && args.getFirst() instanceof Expr.Starred s) {
            expr(s.value());
        } else {
            starUnpack(args, pushed, BUILD_TUPLE);
        }
        if (!keywords.isEmpty()) {
            keywordsDict(keywords);
        }
        u.setLocation(at);
        u.emit(CALL_FUNCTION_EX, keywords.isEmpty() ? 0 : 1);
    }

    private void keywordsDict(List<Keyword> keywords) {
        int seen = 0;
        boolean haveDict = false;
        for (int i = 0; i < keywords.size(); i++) {
            Keyword k = keywords.get(i);
            if (k.arg() == null) {
                if (seen > 0) {
                    subkwargs(keywords.subList(i - seen, i));
                    if (haveDict) {
                        u.emit(DICT_MERGE, 1);
                    }
                    haveDict = true;
                    seen = 0;
                }
                if (!haveDict) {
                    u.emit(BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(k.value());
                u.emit(DICT_MERGE, 1);
            } else {
                seen++;
            }
        }
        if (seen > 0) {
            subkwargs(keywords.subList(keywords.size() - seen, keywords.size()));
            if (haveDict) {
                u.emit(DICT_MERGE, 1);
            }
        }
    }

    private void subkwargs(List<Keyword> kws) {
        int n = kws.size();
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (Keyword k : kws) {
                expr(k.value());
            }
            u.loadConst(kwnames(kws));
            u.emit(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            u.emit(BUILD_MAP, 0);
        }
        for (Keyword k : kws) {
            u.loadConst(k.arg());
            expr(k.value());
            if (big) {
                u.emit(MAP_ADD, 1);
            }
        }
        if (!big) {
            u.emit(BUILD_MAP, n);
        }
    }

    private void lambda(Expr.Lambda l) {
        int flags = defaults(l.args());
        Scope scope = symbols.scopeOf(l);
        enter(Unit.Kind.LAMBDA, scope, "<lambda>", l.lineno());
        u.addConst(Constant.Singleton.NONE);
        expr(l.body());
        u.setLocation(l.body());
        u.emit(RETURN_VALUE);
        Arguments a = l.args();
        CodeUnit code = exit(a.posonlyargs().size() + a.args().size(), a.posonlyargs().size(), a.kwonlyargs().size(),
                functionFlags(scope));
        u.setLocation(l);
        makeClosure(code, flags);
    }

    private void comprehension(Expr e, String name, List<Comprehension> generators, Expr elt, Expr value) {
        Scope scope = symbols.scopeOf(e);
        boolean async = scope.isCoroutine();
        Scope.Comprehension kind = scope.comprehension();
        if (async && kind != Scope.Comprehension.GENERATOR && u.kind != Unit.Kind.ASYNC_FUNCTION
                && u.kind != Unit.Kind.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function", e);
        }
        enter(Unit.Kind.COMPREHENSION, scope, name, e.lineno());
        u.setLocation(e);
        switch (kind) {
            case LIST -> u.emit(BUILD_LIST, 0);
            case SET -> u.emit(BUILD_SET, 0);
            case DICT -> u.emit(BUILD_MAP, 0);
            default -> { }
        }
        comprehensionGenerator(e, generators, 0, 0, elt, value, kind);
        u.setLocation(e);
        if (kind == Scope.Comprehension.GENERATOR) {
            u.loadConst(Constant.Singleton.NONE);
        }
        u.emit(RETURN_VALUE);
        CodeUnit code = exit(1, 0, 0, functionFlags(scope));
        u.setLocation(e);
        makeClosure(code, 0);
        Comprehension first = generators.getFirst();
        expr(first.iter());
        u.setLocation(e);
        u.emit(first.isAsync() ? GET_AITER : GET_ITER);
        u.emit(CALL, 1);
        if (async && kind != Scope.Comprehension.GENERATOR) {
            u.emit(GET_AWAITABLE, 0);
            u.loadConst(Constant.Singleton.NONE);
            yieldFromLoop();
        }
    }

    private void comprehensionGenerator(Expr e, List<Comprehension> generators, int index, int depth, Expr elt,
                                        Expr value, Scope.Comprehension kind) {
        Comprehension gen = generators.get(index);
        CodeBuilder.Label start = new CodeBuilder.Label();
        CodeBuilder.Label ifCleanup = new CodeBuilder.Label();
        CodeBuilder.Label anchor = new CodeBuilder.Label();
        CodeBuilder.Label except = new CodeBuilder.Label();
        boolean loop = true;
        if (index == 0) {
            u.emit(LOAD_FAST, u.varname(".0"));
        } else if (!gen.isAsync() && singleElement(gen.iter()) != null) {
            expr(singleElement(gen.iter()));
            loop = false;
        } else {
            iterable(gen.iter());
            u.setLocation(e);
            u.emit(gen.isAsync() ? GET_AITER : GET_ITER);
        }
        if (gen.isAsync()) {
            u.bind(start);
            u.pushHandler(except, false, 0);
            u.emit(GET_ANEXT);
            u.loadConst(Constant.Singleton.NONE);
            yieldFromLoop();
            u.popHandler();
            depth++;
        } else if (loop) {
            depth++;
            u.bind(start);
            u.emitJump(FOR_ITER, anchor);
        }
        target(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        if (index + 1 < generators.size()) {
            comprehensionGenerator(e, generators, index + 1, depth, elt, value, kind);
        } else {
            switch (kind) {
                case GENERATOR -> {
                    expr(elt);
                    u.setLocation(elt);
                    if (u.scope.isCoroutine()) {
                        u.emit(ASYNC_GEN_WRAP);
                    }
                    u.emit(YIELD_VALUE);
                    u.emit(POP_TOP);
                }
                case LIST -> {
                    expr(elt);
                    u.setLocation(elt);
                    u.emit(LIST_APPEND, depth + 1);
                }
                case SET -> {
                    expr(elt);
                    u.setLocation(elt);
                    u.emit(SET_ADD, depth + 1);
                }
                case DICT -> {
                    expr(elt);
                    expr(value);
                    u.setLocation(e);
                    u.emit(MAP_ADD, depth + 1);
                }
                case NONE -> throw new IllegalStateException();
            }
        }
        u.bind(ifCleanup);
        if (gen.isAsync()) {
            u.jump(start);
            u.bind(except);
            u.setLocation(e);
            u.emit(END_ASYNC_FOR);
        } else if (loop) {
            u.jump(start);
            u.bind(anchor);
        }
    }

    /** {@code for x in [y]} / {@code (y,)} in an inner comprehension loop binds y without iterating. */
    private static Expr singleElement(Expr iter) {
        List<Expr> elts = switch (iter) {
            case Expr.List l -> l.elts();
            case Expr.Tuple t -> t.elts();
            default -> null;
        };
        if (elts != null && elts.size() == 1 && !(elts.getFirst() instanceof Expr.Starred)) {
            return elts.getFirst();
        }
        return null;
    }
}
