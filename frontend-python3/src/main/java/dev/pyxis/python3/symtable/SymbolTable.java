package dev.pyxis.python3.symtable;

import dev.pyxis.python3.ast.Alias;
import dev.pyxis.python3.ast.Arg;
import dev.pyxis.python3.ast.Arguments;
import dev.pyxis.python3.ast.Comprehension;
import dev.pyxis.python3.ast.ExceptHandler;
import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.ExprContext;
import dev.pyxis.python3.ast.Keyword;
import dev.pyxis.python3.ast.Located;
import dev.pyxis.python3.ast.MatchCase;
import dev.pyxis.python3.ast.Mod;
import dev.pyxis.python3.ast.Node;
import dev.pyxis.python3.ast.Pattern;
import dev.pyxis.python3.ast.Stmt;
import dev.pyxis.python3.ast.WithItem;
import dev.pyxis.python3.tokenizer.PySyntaxError;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.pyxis.python3.symtable.Symbols.*;

/**
 * The symbol tables of one module, built with Python 3.11's scoping rules: a first pass records
 * how every name is used in every block, a second pass resolves each name to local, global
 * (explicit or implicit), free or cell. Raises {@link PySyntaxError} with CPython's messages.
 *
 * <p>Annotations are evaluated in the enclosing scope as in 3.11; under
 * {@code from __future__ import annotations} they are strings and bind or use nothing.
 */
public final class SymbolTable {
    private final Scope top;
    private final Map<Node, Scope> scopes;

    private SymbolTable(Scope top, Map<Node, Scope> scopes) {
        this.top = top;
        this.scopes = scopes;
    }

    /**
     * Builds and analyses the tables of a parsed module, expression or interactive statement.
     *
     * @param futureAnnotations whether annotations are stringified (PEP 563)
     */
    public static SymbolTable build(Mod mod, ErrorReporter errors, boolean futureAnnotations) {
        Builder b = new Builder(errors, futureAnnotations);
        b.run(mod);
        Analyzer.analyze(b.top, errors);
        return new SymbolTable(b.top, b.scopes);
    }

    /** The module block ("top"). */
    public Scope top() {
        return top;
    }

    /** The block a FunctionDef, AsyncFunctionDef, ClassDef, Lambda or comprehension node opened. */
    public Scope scopeOf(Node node) {
        Scope s = scopes.get(node);
        if (s == null) {
            throw new IllegalArgumentException("no block for " + node.getClass().getSimpleName());
        }
        return s;
    }

    /** The first pass: records uses and definitions per block. */
    private static final class Builder {
        final ErrorReporter errors;
        final boolean futureAnnotations;
        final Map<Node, Scope> scopes = new IdentityHashMap<>();
        Scope top;
        Scope cur;
        /** Depth of comprehension iterable expressions being visited (walrus is forbidden there). */
        int compIterExpr;

        Builder(ErrorReporter errors, boolean futureAnnotations) {
            this.errors = errors;
            this.futureAnnotations = futureAnnotations;
        }

        void run(Mod mod) {
            top = new Scope(Scope.Kind.MODULE, "top", 0, null, null, Scope.Comprehension.NONE, false, null);
            cur = top;
            switch (mod) {
                case Mod.Module m -> stmts(m.body());
                case Mod.Interactive m -> stmts(m.body());
                case Mod.Expression m -> expr(m.body());
            }
        }

        Scope enter(Scope.Kind kind, String name, int lineno, Node node, Scope.Comprehension comp, boolean lambda,
                    String privateName) {
            Scope s = new Scope(kind, name, lineno, node, cur, comp, lambda, privateName);
            cur.children.add(s);
            scopes.put(node, s);
            cur = s;
            return s;
        }

        void exit() {
            cur = cur.parent;
        }

        String mangle(String name) {
            return Symbols.mangle(cur.privateName, name);
        }

        void addDef(String name, int flag, Located at) {
            addDef(cur, mangle(name), flag, at);
        }

        void addDef(Scope s, String mangled, int flag, Located at) {
            int val = s.lookup(mangled);
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw errors.error("duplicate argument '" + mangled + "' in function definition", at);
            }
            if ((flag & DEF_COMP_ITER) != 0 && (val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0
                    && s.comprehension != Scope.Comprehension.NONE) {
                throw errors.error("comprehension inner loop cannot rebind assignment expression target '"
                        + mangled + "'", at);
            }
            s.symbols.put(mangled, val | flag);
            if ((flag & DEF_GLOBAL) != 0 && s != top) {
                // A global declaration anywhere marks the name in the module block too.
                top.symbols.merge(mangled, DEF_GLOBAL, (a, b) -> a | b);
            }
            if ((flag & DEF_PARAM) != 0) {
                s.parameters.add(mangled);
            }
        }

        void stmts(List<Stmt> body) {
            for (Stmt s : body) {
                stmt(s);
            }
        }

        void exprs(List<Expr> list) {
            for (Expr e : list) {
                if (e != null) {
                    expr(e);
                }
            }
        }

        void stmt(Stmt s) {
            switch (s) {
                case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
                case Stmt.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
                case Stmt.ClassDef c -> {
                    addDef(c.name(), DEF_LOCAL, c);
                    exprs(c.bases());
                    keywords(c.keywords());
                    exprs(c.decoratorList());
                    enter(Scope.Kind.CLASS, c.name(), c.lineno(), c, Scope.Comprehension.NONE, false, c.name());
                    stmts(c.body());
                    exit();
                }
                case Stmt.Return r -> {
                    if (r.value() != null) {
                        expr(r.value());
                        cur.returnsValue = true;
                    }
                }
                case Stmt.Delete d -> exprs(d.targets());
                case Stmt.Assign a -> {
                    exprs(a.targets());
                    expr(a.value());
                }
                case Stmt.AugAssign a -> {
                    expr(a.target());
                    expr(a.value());
                }
                case Stmt.AnnAssign a -> annAssign(a);
                case Stmt.For f -> {
                    expr(f.target());
                    expr(f.iter());
                    stmts(f.body());
                    stmts(f.orelse());
                }
                case Stmt.AsyncFor f -> {
                    expr(f.target());
                    expr(f.iter());
                    stmts(f.body());
                    stmts(f.orelse());
                }
                case Stmt.While w -> {
                    expr(w.test());
                    stmts(w.body());
                    stmts(w.orelse());
                }
                case Stmt.If i -> {
                    expr(i.test());
                    stmts(i.body());
                    stmts(i.orelse());
                }
                case Stmt.With w -> {
                    withItems(w.items());
                    stmts(w.body());
                }
                case Stmt.AsyncWith w -> {
                    withItems(w.items());
                    stmts(w.body());
                }
                case Stmt.Match m -> {
                    expr(m.subject());
                    for (MatchCase c : m.cases()) {
                        pattern(c.pattern());
                        if (c.guard() != null) {
                            expr(c.guard());
                        }
                        stmts(c.body());
                    }
                }
                case Stmt.Raise r -> {
                    if (r.exc() != null) {
                        expr(r.exc());
                        if (r.cause() != null) {
                            expr(r.cause());
                        }
                    }
                }
                case Stmt.Try t -> {
                    stmts(t.body());
                    stmts(t.orelse());
                    handlers(t.handlers());
                    stmts(t.finalbody());
                }
                case Stmt.TryStar t -> {
                    stmts(t.body());
                    stmts(t.orelse());
                    handlers(t.handlers());
                    stmts(t.finalbody());
                }
                case Stmt.Assert a -> {
                    expr(a.test());
                    if (a.msg() != null) {
                        expr(a.msg());
                    }
                }
                case Stmt.Import i -> aliases(i.names());
                case Stmt.ImportFrom i -> aliases(i.names());
                case Stmt.Global g -> global(g);
                case Stmt.Nonlocal n -> nonlocal(n);
                case Stmt.ExprStmt e -> expr(e.value());
                case Stmt.Pass p -> { }
                case Stmt.Break b -> { }
                case Stmt.Continue c -> { }
            }
        }

        void global(Stmt.Global g) {
            for (String raw : g.names()) {
                String name = mangle(raw);
                int val = cur.lookup(name);
                if ((val & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                    String msg;
                    if ((val & DEF_PARAM) != 0) {
                        msg = "name '" + name + "' is parameter and global";
                    } else if ((val & USE) != 0) {
                        msg = "name '" + name + "' is used prior to global declaration";
                    } else if ((val & DEF_ANNOT) != 0) {
                        msg = "annotated name '" + name + "' can't be global";
                    } else {
                        msg = "name '" + name + "' is assigned to before global declaration";
                    }
                    throw errors.error(msg, g);
                }
                addDef(cur, name, DEF_GLOBAL, g);
                directive(cur, name, g);
            }
        }

        void nonlocal(Stmt.Nonlocal n) {
            for (String raw : n.names()) {
                String name = mangle(raw);
                int val = cur.lookup(name);
                if ((val & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                    String msg;
                    if ((val & DEF_PARAM) != 0) {
                        msg = "name '" + name + "' is parameter and nonlocal";
                    } else if ((val & USE) != 0) {
                        msg = "name '" + name + "' is used prior to nonlocal declaration";
                    } else if ((val & DEF_ANNOT) != 0) {
                        msg = "annotated name '" + name + "' can't be nonlocal";
                    } else {
                        msg = "name '" + name + "' is assigned to before nonlocal declaration";
                    }
                    throw errors.error(msg, n);
                }
                if (cur.kind == Scope.Kind.MODULE) {
                    throw errors.error("nonlocal declaration not allowed at module level", n);
                }
                addDef(cur, name, DEF_NONLOCAL, n);
                directive(cur, name, n);
            }
        }

        static void directive(Scope s, String name, Located at) {
            s.directives.putIfAbsent(name, new int[] {at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset()});
        }

        void annAssign(Stmt.AnnAssign a) {
            if (a.target() instanceof Expr.Name n) {
                String name = mangle(n.id());
                int val = cur.lookup(name);
                if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && a.simple() != 0) {
                    throw errors.error("annotated name '" + name + "' can't be "
                            + ((val & DEF_GLOBAL) != 0 ? "global" : "nonlocal"), a);
                }
                if (a.simple() != 0) {
                    addDef(cur, name, DEF_ANNOT | DEF_LOCAL, n);
                } else if (a.value() != null) {
                    addDef(cur, name, DEF_LOCAL, n);
                }
            } else {
                expr(a.target());
            }
            annotation(a.annotation());
            if (a.value() != null) {
                expr(a.value());
            }
        }

        void annotation(Expr e) {
            if (e != null && !futureAnnotations) {
                expr(e);
            }
        }

        void function(Stmt f, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                      boolean async) {
            addDef(name, DEF_LOCAL, f);
            defaults(args);
            annotations(args, returns);
            exprs(decorators);
            Scope s = enter(Scope.Kind.FUNCTION, name, f.lineno(), f, Scope.Comprehension.NONE, false, cur.privateName);
            s.coroutine = async;
            parameters(args);
            stmts(body);
            exit();
        }

        void defaults(Arguments args) {
            exprs(args.defaults());
            exprs(args.kwDefaults());
        }

        void annotations(Arguments args, Expr returns) {
            for (Arg a : args.posonlyargs()) {
                annotation(a.annotation());
            }
            for (Arg a : args.args()) {
                annotation(a.annotation());
            }
            if (args.vararg() != null) {
                annotation(args.vararg().annotation());
            }
            for (Arg a : args.kwonlyargs()) {
                annotation(a.annotation());
            }
            if (args.kwarg() != null) {
                annotation(args.kwarg().annotation());
            }
            annotation(returns);
        }

        void parameters(Arguments args) {
            for (Arg a : args.posonlyargs()) {
                addDef(a.arg(), DEF_PARAM, a);
            }
            for (Arg a : args.args()) {
                addDef(a.arg(), DEF_PARAM, a);
            }
            for (Arg a : args.kwonlyargs()) {
                addDef(a.arg(), DEF_PARAM, a);
            }
            if (args.vararg() != null) {
                addDef(args.vararg().arg(), DEF_PARAM, args.vararg());
                cur.varargs = true;
            }
            if (args.kwarg() != null) {
                addDef(args.kwarg().arg(), DEF_PARAM, args.kwarg());
                cur.varkeywords = true;
            }
        }

        void keywords(List<Keyword> keywords) {
            for (Keyword k : keywords) {
                expr(k.value());
            }
        }

        void withItems(List<WithItem> items) {
            for (WithItem w : items) {
                expr(w.contextExpr());
                if (w.optionalVars() != null) {
                    expr(w.optionalVars());
                }
            }
        }

        void handlers(List<ExceptHandler> handlers) {
            for (ExceptHandler h : handlers) {
                if (h.type() != null) {
                    expr(h.type());
                }
                if (h.name() != null) {
                    addDef(h.name(), DEF_LOCAL, h);
                }
                stmts(h.body());
            }
        }

        void aliases(List<Alias> names) {
            for (Alias a : names) {
                if (a.name().equals("*")) {
                    if (cur.kind != Scope.Kind.MODULE) {
                        throw errors.error("import * only allowed at module level", a);
                    }
                    continue;
                }
                String store = a.asname() != null ? a.asname() : a.name();
                int dot = store.indexOf('.');
                if (dot >= 0) {
                    store = store.substring(0, dot);
                }
                addDef(store, DEF_IMPORT, a);
            }
        }

        void pattern(Pattern p) {
            switch (p) {
                case Pattern.MatchValue v -> expr(v.value());
                case Pattern.MatchSingleton s -> { }
                case Pattern.MatchSequence s -> s.patterns().forEach(this::pattern);
                case Pattern.MatchMapping m -> {
                    exprs(m.keys());
                    m.patterns().forEach(this::pattern);
                    if (m.rest() != null) {
                        addDef(m.rest(), DEF_LOCAL, m);
                    }
                }
                case Pattern.MatchClass c -> {
                    expr(c.cls());
                    c.patterns().forEach(this::pattern);
                    c.kwdPatterns().forEach(this::pattern);
                }
                case Pattern.MatchStar s -> {
                    if (s.name() != null) {
                        addDef(s.name(), DEF_LOCAL, s);
                    }
                }
                case Pattern.MatchAs a -> {
                    if (a.pattern() != null) {
                        pattern(a.pattern());
                    }
                    if (a.name() != null) {
                        addDef(a.name(), DEF_LOCAL, a);
                    }
                }
                case Pattern.MatchOr o -> o.patterns().forEach(this::pattern);
            }
        }

        void expr(Expr e) {
            switch (e) {
                case Expr.BoolOp b -> exprs(b.values());
                case Expr.NamedExpr n -> namedExpr(n);
                case Expr.BinOp b -> {
                    expr(b.left());
                    expr(b.right());
                }
                case Expr.UnaryOp u -> expr(u.operand());
                case Expr.Lambda l -> {
                    defaults(l.args());
                    enter(Scope.Kind.FUNCTION, "lambda", l.lineno(), l, Scope.Comprehension.NONE, true,
                            cur.privateName);
                    parameters(l.args());
                    expr(l.body());
                    exit();
                }
                case Expr.IfExp i -> {
                    expr(i.test());
                    expr(i.body());
                    expr(i.orelse());
                }
                case Expr.Dict d -> {
                    exprs(d.keys());
                    exprs(d.values());
                }
                case Expr.Set s -> exprs(s.elts());
                case Expr.ListComp c -> comprehension(c, "listcomp", Scope.Comprehension.LIST, c.generators(), c.elt(), null);
                case Expr.SetComp c -> comprehension(c, "setcomp", Scope.Comprehension.SET, c.generators(), c.elt(), null);
                case Expr.DictComp c -> comprehension(c, "dictcomp", Scope.Comprehension.DICT, c.generators(), c.key(), c.value());
                case Expr.GeneratorExp c -> comprehension(c, "genexpr", Scope.Comprehension.GENERATOR, c.generators(), c.elt(), null);
                case Expr.Await a -> {
                    expr(a.value());
                    cur.coroutine = true;
                }
                case Expr.Yield y -> {
                    if (y.value() != null) {
                        expr(y.value());
                    }
                    yielded(y);
                }
                case Expr.YieldFrom y -> {
                    expr(y.value());
                    yielded(y);
                }
                case Expr.Compare c -> {
                    expr(c.left());
                    exprs(c.comparators());
                }
                case Expr.Call c -> {
                    expr(c.func());
                    exprs(c.args());
                    keywords(c.keywords());
                }
                case Expr.FormattedValue f -> {
                    expr(f.value());
                    if (f.formatSpec() != null) {
                        expr(f.formatSpec());
                    }
                }
                case Expr.JoinedStr j -> exprs(j.values());
                case Expr.Constant c -> { }
                case Expr.Attribute a -> expr(a.value());
                case Expr.Subscript s -> {
                    expr(s.value());
                    expr(s.slice());
                }
                case Expr.Starred s -> expr(s.value());
                case Expr.Name n -> {
                    addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n);
                    if (n.ctx() == ExprContext.Load && cur.kind == Scope.Kind.FUNCTION && n.id().equals("super")) {
                        addDef(cur, "__class__", USE, n);
                    }
                }
                case Expr.List l -> exprs(l.elts());
                case Expr.Tuple t -> exprs(t.elts());
                case Expr.Slice s -> {
                    if (s.lower() != null) {
                        expr(s.lower());
                    }
                    if (s.upper() != null) {
                        expr(s.upper());
                    }
                    if (s.step() != null) {
                        expr(s.step());
                    }
                }
            }
        }

        void yielded(Expr y) {
            if (cur.comprehension != Scope.Comprehension.NONE) {
                String what = switch (cur.comprehension) {
                    case LIST -> "list comprehension";
                    case SET -> "set comprehension";
                    case DICT -> "dict comprehension";
                    default -> "generator expression";
                };
                throw errors.error("'yield' inside " + what, y);
            }
            cur.generator = true;
        }

        void namedExpr(Expr.NamedExpr n) {
            if (compIterExpr > 0) {
                throw errors.error("assignment expression cannot be used in a comprehension iterable expression", n);
            }
            if (cur.comprehension != Scope.Comprehension.NONE) {
                extendNamedExprScope((Expr.Name) n.target());
            }
            expr(n.value());
            expr(n.target());
        }

        /** A walrus target in a comprehension binds in the nearest enclosing non-comprehension block. */
        void extendNamedExprScope(Expr.Name target) {
            String name = mangle(target.id());
            for (Scope s = cur; s != null; s = s.parent) {
                if (s.comprehension != Scope.Comprehension.NONE) {
                    if ((s.lookup(name) & DEF_COMP_ITER) != 0) {
                        throw errors.error("assignment expression cannot rebind comprehension iteration variable '"
                                + name + "'", target);
                    }
                    continue;
                }
                switch (s.kind) {
                    case FUNCTION -> {
                        // A name the function declares global stays global in the comprehension.
                        addDef(cur, name, (s.lookup(name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                        directive(cur, name, target);
                        addDef(s, name, DEF_LOCAL, target);
                    }
                    case MODULE -> {
                        addDef(cur, name, DEF_GLOBAL, target);
                        directive(cur, name, target);
                        addDef(s, name, DEF_GLOBAL, target);
                    }
                    case CLASS -> throw errors.error(
                            "assignment expression within a comprehension cannot be used in a class body", target);
                }
                return;
            }
        }

        void comprehension(Expr e, String name, Scope.Comprehension kind, List<Comprehension> generators, Expr elt,
                           Expr value) {
            Comprehension first = generators.getFirst();
            compIterExpr++;
            expr(first.iter());
            compIterExpr--;
            Scope s = enter(Scope.Kind.FUNCTION, name, e.lineno(), e, kind, false, cur.privateName);
            if (kind == Scope.Comprehension.GENERATOR) {
                s.generator = true;
            }
            if (first.isAsync()) {
                s.coroutine = true;
            }
            s.symbols.put(".0", DEF_PARAM);
            s.parameters.add(".0");
            target(first.target());
            exprs(first.ifs());
            for (int i = 1; i < generators.size(); i++) {
                Comprehension g = generators.get(i);
                target(g.target());
                compIterExpr++;
                expr(g.iter());
                compIterExpr--;
                exprs(g.ifs());
                if (g.isAsync()) {
                    s.coroutine = true;
                }
            }
            if (value != null) {
                expr(value);
            }
            expr(elt);
            exit();
        }

        /** A comprehension target: names are marked as iteration variables. */
        void target(Expr t) {
            switch (t) {
                case Expr.Name n -> addDef(n.id(), DEF_LOCAL | DEF_COMP_ITER, n);
                case Expr.Tuple tu -> tu.elts().forEach(this::target);
                case Expr.List l -> l.elts().forEach(this::target);
                case Expr.Starred s -> target(s.value());
                default -> expr(t);
            }
        }
    }

    /** The second pass: resolves every name's scope, top-down with the bindings in view. */
    private static final class Analyzer {
        final ErrorReporter errors;

        private Analyzer(ErrorReporter errors) {
            this.errors = errors;
        }

        static void analyze(Scope top, ErrorReporter errors) {
            new Analyzer(errors).block(top, new HashSet<>(), new HashSet<>(), new HashSet<>());
        }

        /**
         * @param bound  names bound in enclosing function blocks (candidates for free variables)
         * @param global names known to be global in enclosing blocks
         * @param free   receives the names this block needs from its enclosing blocks
         */
        void block(Scope s, Set<String> bound, Set<String> global, Set<String> free) {
            Set<String> local = new HashSet<>();
            Map<String, Integer> scopes = new java.util.HashMap<>();
            Set<String> ownFree = new HashSet<>();
            for (Map.Entry<String, Integer> en : s.symbols.entrySet()) {
                name(s, scopes, en.getKey(), en.getValue(), bound, local, ownFree, global);
            }
            Set<String> newBound = new HashSet<>();
            Set<String> newGlobal = new HashSet<>(global);
            if (s.kind == Scope.Kind.FUNCTION) {
                newBound.addAll(local);
            }
            newBound.addAll(bound);
            if (s.kind == Scope.Kind.CLASS) {
                newBound.add("__class__");
            }
            Set<String> childFree = new HashSet<>();
            for (Scope child : s.children) {
                block(child, new HashSet<>(newBound), new HashSet<>(newGlobal), childFree);
            }
            if (s.kind == Scope.Kind.FUNCTION) {
                for (String name : childFree.toArray(String[]::new)) {
                    Integer sc = scopes.get(name);
                    if (sc != null && sc == LOCAL) {
                        scopes.put(name, CELL);
                        childFree.remove(name);
                    }
                }
            } else if (s.kind == Scope.Kind.CLASS && childFree.remove("__class__")) {
                s.needsClassClosure = true;
            }
            for (Map.Entry<String, Integer> en : s.symbols.entrySet()) {
                en.setValue((en.getValue() & FLAG_MASK) | scopes.get(en.getKey()) << SCOPE_SHIFT);
            }
            for (String name : childFree) {
                Integer v = s.symbols.get(name);
                if (v != null) {
                    if (s.kind == Scope.Kind.CLASS && (v & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                        s.symbols.put(name, v | DEF_FREE_CLASS);
                    }
                    continue;
                }
                if (bound.contains(name)) {
                    s.symbols.put(name, FREE << SCOPE_SHIFT);
                }
            }
            free.addAll(ownFree);
            free.addAll(childFree);
        }

        void name(Scope s, Map<String, Integer> scopes, String name, int flags, Set<String> bound, Set<String> local,
                  Set<String> free, Set<String> global) {
            if ((flags & DEF_GLOBAL) != 0) {
                if ((flags & DEF_NONLOCAL) != 0) {
                    throw directiveError(s, name, "name '" + name + "' is nonlocal and global");
                }
                scopes.put(name, GLOBAL_EXPLICIT);
                global.add(name);
                bound.remove(name);
            } else if ((flags & DEF_NONLOCAL) != 0) {
                if (!bound.contains(name)) {
                    throw directiveError(s, name, "no binding for nonlocal '" + name + "' found");
                }
                scopes.put(name, FREE);
                free.add(name);
            } else if ((flags & DEF_BOUND) != 0) {
                scopes.put(name, LOCAL);
                local.add(name);
                global.remove(name);
            } else if (bound.contains(name)) {
                scopes.put(name, FREE);
                free.add(name);
            } else {
                scopes.put(name, GLOBAL_IMPLICIT);
            }
        }

        PySyntaxError directiveError(Scope s, String name, String msg) {
            int[] at = s.directives.get(name);
            return errors.error(msg, at[0], at[1], at[2], at[3]);
        }
    }
}
