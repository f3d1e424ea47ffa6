package dev.pyxis.python3.symtable;

import dev.pyxis.python3.ast.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table: the module, a class body, or a function-like scope (def,
 * lambda, comprehension, generator expression). Built and analysed by {@link SymbolTable};
 * read-only afterwards.
 *
 * <p>Each symbol maps to an int: the definition flags of {@link Symbols} in the low bits and the
 * resolved scope ({@link Symbols#scopeOf}) above {@link Symbols#SCOPE_SHIFT}.
 */
public final class Scope {
    /** The three block types of CPython's {@code symtable} module. */
    public enum Kind { MODULE, CLASS, FUNCTION }

    /** What kind of comprehension a function-like scope is, or NONE. */
    public enum Comprehension { NONE, LIST, SET, DICT, GENERATOR }

    final Kind kind;
    final String name;
    final int lineno;
    final Node node;
    final Scope parent;
    final Comprehension comprehension;
    final boolean lambda;
    final boolean nested;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> parameters = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** Position (line, col, end line, end col) of the first global/nonlocal/walrus directive per name. */
    final Map<String, int[]> directives = new LinkedHashMap<>();
    boolean generator;
    boolean coroutine;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    final String privateName;

    Scope(Kind kind, String name, int lineno, Node node, Scope parent, Comprehension comprehension,
          boolean lambda, String privateName) {
        this.kind = kind;
        this.name = name;
        this.lineno = lineno;
        this.node = node;
        this.parent = parent;
        this.comprehension = comprehension;
        this.lambda = lambda;
        this.privateName = privateName;
        this.nested = parent != null && (parent.nested || parent.kind == Kind.FUNCTION);
    }

    public Kind kind() { return kind; }

    /** "top" for the module, the def/class name, "lambda", "listcomp", "setcomp", "dictcomp" or "genexpr". */
    public String name() { return name; }

    public int lineno() { return lineno; }

    /** The AST node that opened the block (null for the module). */
    public Node node() { return node; }

    public Scope parent() { return parent; }

    public Comprehension comprehension() { return comprehension; }

    public boolean isLambda() { return lambda; }

    /** Whether the block sits inside a function (CPython's CO_NESTED). */
    public boolean isNested() { return nested; }

    public boolean isFunctionLike() { return kind == Kind.FUNCTION; }

    public boolean isGenerator() { return generator; }

    /** An async def, an async comprehension, or a comprehension containing await. */
    public boolean isCoroutine() { return coroutine; }

    public boolean hasVarargs() { return varargs; }

    public boolean hasVarkeywords() { return varkeywords; }

    /** Whether a {@code return} with a value appears in the block. */
    public boolean returnsValue() { return returnsValue; }

    /** A class body whose methods use {@code __class__} or {@code super}: it gets a __class__ cell. */
    public boolean needsClassClosure() { return needsClassClosure; }

    /** The class name used to mangle {@code __private} names inside this block, or null. */
    public String privateName() { return privateName; }

    /** Symbols in first-seen order, names already mangled. */
    public Map<String, Integer> symbols() { return symbols; }

    /** The parameter names in slot order (positional-only, positional, keyword-only, *args, **kwargs). */
    public List<String> parameters() { return parameters; }

    public List<Scope> children() { return children; }

    /** The flags and scope of a (mangled) name, or 0 when the block does not know it. */
    public int lookup(String mangled) {
        Integer v = symbols.get(mangled);
        return v == null ? 0 : v;
    }

    /** The resolved scope of a (mangled) name: one of the {@code Symbols} scope constants, 0 if unknown. */
    public int scopeOf(String mangled) {
        return Symbols.scopeOf(lookup(mangled));
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + lineno;
    }
}
