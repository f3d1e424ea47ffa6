package dev.pyxis.python3.compiler;

import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python.bytecode.Opcode;
import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.Located;
import dev.pyxis.python3.symtable.Scope;
import dev.pyxis.python3.symtable.Symbols;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one code unit under construction: its pools (constants, names, local and cell
 * variables), its instruction stream, the current source position, the stack of frame blocks
 * (loops, try, with...) that break/continue/return unwind, and the stack of active exception
 * handlers.
 */
final class Unit {
    /** What the unit compiles; decides name resolution and what statements are allowed. */
    enum Kind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    /** A frame block: what a jump out of it must undo. */
    enum BlockKind {
        WHILE_LOOP, FOR_LOOP, ASYNC_FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER
    }

    record Block(BlockKind kind, CodeBuilder.Label start, CodeBuilder.Label exit, Object datum) {
    }

    /** CPython's CO_MAXBLOCKS. */
    static final int MAX_BLOCKS = 20;

    final Kind kind;
    final Scope scope;
    final String name;
    final String qualname;
    final int firstLineno;
    final CodeBuilder code = new CodeBuilder();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<Object> consts = new ArrayList<>();
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Map<String, Integer> varnames = new LinkedHashMap<>();
    final List<String> cellvars = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();
    final Deque<Block> blocks = new ArrayDeque<>();
    final ArrayList<CodeBuilder.Handler> handlers = new ArrayList<>();
    int line;
    int endLine;
    int col;
    int endCol;

    Unit(Kind kind, Scope scope, String name, String qualname, int firstLineno) {
        this.kind = kind;
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.firstLineno = firstLineno;
        for (String p : scope.parameters()) {
            varnames.put(p, varnames.size());
        }
        List<String> cells = new ArrayList<>();
        List<String> frees = new ArrayList<>();
        for (Map.Entry<String, Integer> en : scope.symbols().entrySet()) {
            int sc = Symbols.scopeOf(en.getValue());
            if (sc == Symbols.CELL) {
                cells.add(en.getKey());
            } else if (sc == Symbols.FREE || (Symbols.flagsOf(en.getValue()) & Symbols.DEF_FREE_CLASS) != 0) {
                frees.add(en.getKey());
            }
        }
        cells.sort(null);
        frees.sort(null);
        if (scope.needsClassClosure()) {
            cellvars.add("__class__");
        }
        // Parameters that are cells come first, in parameter order; then the others by name.
        for (String p : scope.parameters()) {
            if (cells.remove(p)) {
                cellvars.add(p);
            }
        }
        cellvars.addAll(cells);
        freevars.addAll(frees);
    }

    boolean isFunctionLike() {
        return kind != Kind.MODULE && kind != Kind.CLASS;
    }

    void setLocation(Located at) {
        line = at.lineno();
        endLine = at.endLineno();
        col = at.colOffset();
        endCol = at.endColOffset();
    }

    /** The location of an attribute instruction: {@code a}'s, started at the attribute's name when {@code a} spans lines. */
    void setAttributeLocation(Expr.Attribute a) {
        setLocation(a);
        moveStartToAttribute(a);
    }

    /**
     * When {@code a} spans lines, moves the location's start to the attribute's name (as CPython
     * does, so that a traceback of {@code (x\n .name)} shows the name's line): the name is
     * taken to end where {@code a} does.
     */
    void moveStartToAttribute(Expr.Attribute a) {
        if (a.lineno() == a.endLineno()) {
            return;
        }
        line = a.endLineno();
        int length = a.attr().codePointCount(0, a.attr().length());
        if (length <= a.endColOffset()) {
            col = a.endColOffset() - length;
        } else {
            col = -1;
            endCol = -1;
        }
    }

    int[] location() {
        return new int[] {line, endLine, col, endCol};
    }

    void restoreLocation(int[] loc) {
        line = loc[0];
        endLine = loc[1];
        col = loc[2];
        endCol = loc[3];
    }

    private CodeBuilder.Handler handler() {
        return handlers.isEmpty() ? null : handlers.getLast();
    }

    void emit(Opcode op, int arg) {
        code.emit(op.ordinal(), arg, null, handler(), line, endLine, col, endCol);
    }

    void emit(Opcode op) {
        emit(op, 0);
    }

    void emitJump(Opcode op, CodeBuilder.Label target) {
        code.emit(op.ordinal(), 0, target, handler(), line, endLine, col, endCol);
    }

    /** An unconditional jump; the assembler picks JUMP_FORWARD or JUMP_BACKWARD. */
    void jump(CodeBuilder.Label target) {
        code.emit(CodeBuilder.JUMP, 0, target, handler(), line, endLine, col, endCol);
    }

    void bind(CodeBuilder.Label label) {
        code.bind(label);
    }

    /** Starts an exception handler region (CPython's SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH). */
    CodeBuilder.Handler pushHandler(CodeBuilder.Label target, boolean lasti, int depthAdjust) {
        CodeBuilder.Handler h = new CodeBuilder.Handler(target, lasti, depthAdjust);
        code.emit(CodeBuilder.SETUP, 0, h, handler(), line, endLine, col, endCol);
        handlers.add(h);
        return h;
    }

    /** Ends the innermost handler region (CPython's POP_BLOCK). */
    void popHandler() {
        handlers.removeLast();
    }

    int addConst(Object value) {
        Integer i = constIndex.get(value);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(value, i);
        }
        return i;
    }

    void loadConst(Object value) {
        emit(Opcode.LOAD_CONST, addConst(value));
    }

    int name(String n) {
        return names.computeIfAbsent(n, k -> names.size());
    }

    int varname(String n) {
        return varnames.computeIfAbsent(n, k -> varnames.size());
    }

    /** The cell slot of a name: cellvars first, then freevars; -1 if neither. */
    int cell(String n) {
        int i = cellvars.indexOf(n);
        if (i >= 0) {
            return i;
        }
        i = freevars.indexOf(n);
        return i < 0 ? -1 : cellvars.size() + i;
    }

    CodeUnit finish(String filename, int argCount, int posOnly, int kwOnly, int flags) {
        CodeBuilder.Assembled a = code.assemble();
        String[] vn = varnames.keySet().toArray(String[]::new);
        int[] cellArgs = new int[cellvars.size()];
        for (int i = 0; i < cellArgs.length; i++) {
            Integer slot = varnames.get(cellvars.get(i));
            cellArgs[i] = slot != null && scope.parameters().contains(cellvars.get(i)) ? slot : -1;
        }
        int[] code = a.code();
        // CPython 3.11 is observed to drop constants only dead code used in function-like units
        // only; module and class bodies keep them.
        Object[] constants = isFunctionLike() ? usedConstants(code) : consts.toArray();
        return new CodeUnit(name, qualname, filename, firstLineno, argCount, posOnly, kwOnly, flags, vn,
                cellvars.toArray(String[]::new), freevars.toArray(String[]::new), names.keySet().toArray(String[]::new),
                constants, code, a.maxStack(), a.exceptionTable(), a.positions(), cellArgs);
    }

    /**
     * Drops constants only dead code used (as CPython does), keeping the first (the docstring
     * slot), and renumbers the LOAD_CONST operands in place.
     */
    private Object[] usedConstants(int[] code) {
        int[] map = new int[consts.size()];
        java.util.Arrays.fill(map, -1);
        if (!consts.isEmpty()) {
            map[0] = 0;
        }
        for (int insn : code) {
            if (Opcode.of(insn).arg() == Opcode.Arg.CONST) {
                map[Opcode.operand(insn)] = 0;
            }
        }
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < map.length; i++) {
            if (map[i] == 0) {
                map[i] = kept.size();
                kept.add(consts.get(i));
            }
        }
        for (int i = 0; i < code.length; i++) {
            Opcode op = Opcode.of(code[i]);
            if (op.arg() == Opcode.Arg.CONST) {
                code[i] = op.encode(map[Opcode.operand(code[i])]);
            }
        }
        return kept.toArray();
    }
}
