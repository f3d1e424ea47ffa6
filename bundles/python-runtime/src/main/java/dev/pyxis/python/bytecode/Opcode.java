package dev.pyxis.python.bytecode;

/**
 * The instruction table of the shared bytecode. One row per instruction: its operand kind, its
 * stack effect and whether it can reach a safepoint (allocate, call Python code, or loop back).
 * The interpreter's dispatch, the disassembler and (later) the trace recorder read this table;
 * nothing else declares instructions.
 *
 * <p>An instruction is one {@code int}: the opcode in the low 8 bits and an unsigned 24-bit
 * operand above it ({@link #encode}). Jump operands are absolute instruction indices. Stack
 * notation in the docs: {@code [a, b] -> [c]} with the top of stack on the right; {@code NULL}
 * is the null word, used as a marker.
 *
 * <p>The rows' order is the opcode numbering, and it is chosen for dispatch speed: the
 * interpreter loop is compiled by C1 alone (tools/hotspot-directives.json), which turns a
 * {@code switch} into a chain of comparisons in the order of the case numbers, so the
 * instructions the loop handles come first, the most frequently executed (counted over the
 * programs in bench/python) at the front. Numbers are not stable across versions.
 *
 * <p>The {@link Arg#FUSED} rows are superinstructions: the runtime writes one over the first
 * of two adjacent instructions when it loads a code unit, in its own copy of the code, and
 * leaves the second in place (a jump to it still finds it). Executing the fused instruction
 * does both and continues after the second; where the second would raise or take a slow path,
 * it does the first only and continues at the second. Front ends never emit them. The operand
 * holds both operands: the first's in the low 12 bits and the second's above it, except
 * COMPARE_OP_POP_JUMP_IF_FALSE: the comparison in the low 4 bits, the jump target above.
 */
public enum Opcode {
    // ---- the interpreter loop's instructions, the most frequently executed first (see above)
    BINARY_OP(Arg.BINARY_OP, 2, 1, true, "[a, b] -> [a op b]; the operand is a BinaryOp ordinal (in-place kinds try __iop__ first)"),
    LOAD_FAST(Arg.LOCAL, 0, 1, false, "[] -> [locals[arg]]; UnboundLocalError if unbound"),
    LOAD_CONST(Arg.CONST, 0, 1, false, "[] -> [consts[arg]]"),
    STORE_FAST_LOAD_FAST(Arg.FUSED, 1, 1, false, "STORE_FAST a; LOAD_FAST b"),
    LOAD_FAST_LOAD_FAST(Arg.FUSED, 0, 2, false, "LOAD_FAST a; LOAD_FAST b"),
    LOAD_FAST_LOAD_ATTR(Arg.FUSED, 0, 1, true, "LOAD_FAST a; LOAD_ATTR b"),
    STORE_FAST(Arg.LOCAL, 1, 0, false, "[x] -> []: locals[arg] = x"),
    JUMP_BACKWARD(Arg.JUMP, 0, 0, true, "jumps backward: a loop back-edge (safepoint, loop counter for the JIT)"),
    LOAD_GLOBAL(Arg.NAME, 0, 1, false, "[] -> [globals, then builtins lookup of names[arg]]; NameError"),
    LOAD_FAST_LOAD_CONST(Arg.FUSED, 0, 2, false, "LOAD_FAST a; LOAD_CONST b"),
    BINARY_SUBSCR(Arg.NONE, 2, 1, true, "[container, key] -> [container[key]]"),
    FOR_ITER(Arg.JUMP, 1, 2, true, "[it] -> [it, next(it)]; when exhausted: [it] -> [] and jump"),
    COMPARE_OP_POP_JUMP_IF_FALSE(Arg.FUSED, 2, 0, true, "COMPARE_OP op; POP_JUMP_IF_FALSE target"),
    RETURN_VALUE(Arg.NONE, 1, 0, true, "[x] -> returns x from the frame"),
    LOAD_METHOD(Arg.NAME, 1, 2, true, "[obj] -> [function, obj] when names[arg] is a plain method found on the type (an unbound call follows), else [getattr(obj, name), NULL]"),
    CALL_METHOD(Arg.COUNT, -1, 1, true, "[callable, self or NULL, a_1 .. a_n] -> [result] (after LOAD_METHOD; self, if not NULL, is the first argument)"),
    CALL(Arg.COUNT, -1, 1, true, "[callable, a_1 .. a_n] -> [callable(a_1, .., a_n)]"),
    STORE_ATTR(Arg.NAME, 2, 0, true, "[value, obj] -> []: setattr(obj, names[arg], value)"),
    POP_TOP(Arg.NONE, 1, 0, false, "[x] -> []"),
    SWAP(Arg.COUNT, -1, -1, false, "swaps TOS with the n-th item from the top (n >= 2)"),
    COPY(Arg.COUNT, -1, -1, false, "[.., x_n, .., x_1] -> [.., x_n, .., x_1, x_n]: pushes the n-th item from the top (1 = TOS)"),
    LOAD_ATTR(Arg.NAME, 1, 1, true, "[obj] -> [getattr(obj, names[arg])]"),
    STORE_SUBSCR(Arg.NONE, 3, 0, true, "[value, container, key] -> []: container[key] = value"),
    POP_JUMP_IF_FALSE(Arg.JUMP, 1, 0, true, "[x] -> []: jumps if x is false"),
    YIELD_VALUE(Arg.NONE, 1, 1, true, "[x] -> suspends the frame yielding x; on resume: [sent value]"),
    POP_JUMP_IF_TRUE(Arg.JUMP, 1, 0, true, "[x] -> []: jumps if x is true"),
    JUMP_FORWARD(Arg.JUMP, 0, 0, false, "jumps forward"),
    UNPACK_SEQUENCE(Arg.COUNT, 1, -1, true, "[seq] -> [x_n .. x_1] (x_1 on top); ValueError on a length mismatch"),
    CONTAINS_OP(Arg.FLAG, 2, 1, true, "[a, b] -> [a in b] (arg 1: not in)"),
    LOAD_DEREF(Arg.CELL, 0, 1, false, "[] -> [cell contents]; cells are numbered cellvars then freevars; NameError/UnboundLocalError if empty"),
    BUILD_TUPLE(Arg.COUNT, -1, 1, true, "[x_1 .. x_n] -> [(x_1, .., x_n)]"),
    GET_ITER(Arg.NONE, 1, 1, true, "[x] -> [iter(x)]"),
    POP_JUMP_IF_NONE(Arg.JUMP, 1, 0, false, "[x] -> []: jumps if x is None"),
    POP_JUMP_IF_NOT_NONE(Arg.JUMP, 1, 0, false, "[x] -> []: jumps if x is not None"),
    LIST_APPEND(Arg.COUNT, 1, 0, true, "[.., list at depth arg (after popping x), .., x] -> list.append(x); depth counts from 1 = the item under x"),
    JUMP_IF_TRUE_OR_POP(Arg.JUMP, 1, -1, true, "if TOS is true jump keeping it, else pop it"),
    COMPARE_OP(Arg.COMPARE_OP, 2, 1, true, "[a, b] -> [a cmp b]; the operand is a CompareOp ordinal (< <= == != > >=)"),
    JUMP_IF_FALSE_OR_POP(Arg.JUMP, 1, -1, true, "if TOS is false jump keeping it, else pop it"),
    SEND(Arg.JUMP, 2, -1, true, "[receiver, v] -> [receiver, yielded] if the receiver yields (the next instruction is YIELD_VALUE); when it returns r: [receiver, v] -> [r] and jump"),

    // ---- constants and variables
    NOP(Arg.NONE, 0, 0, false, "does nothing"),
    PUSH_NULL(Arg.NONE, 0, 1, false, "[] -> [NULL]"),
    LOAD_CLOSURE(Arg.CELL, 0, 1, false, "[] -> [the cell object itself] (to build a closure tuple)"),
    STORE_DEREF(Arg.CELL, 1, 0, false, "[x] -> []: stores into the cell"),
    DELETE_FAST(Arg.LOCAL, 0, 0, false, "unbinds locals[arg]; UnboundLocalError if unbound"),
    DELETE_DEREF(Arg.CELL, 0, 0, false, "empties the cell; error if already empty"),
    LOAD_CLASSDEREF(Arg.CELL, 0, 1, false, "class bodies: the locals mapping's value for the cell's name if present, else the cell contents"),
    LOAD_NAME(Arg.NAME, 0, 1, true, "[] -> [locals mapping, then globals, then builtins lookup of names[arg]]; NameError"),
    STORE_NAME(Arg.NAME, 1, 0, true, "[x] -> []: locals mapping[names[arg]] = x"),
    DELETE_NAME(Arg.NAME, 0, 0, true, "del locals mapping[names[arg]]; NameError if absent"),
    STORE_GLOBAL(Arg.NAME, 1, 0, true, "[x] -> []: globals[names[arg]] = x"),
    DELETE_GLOBAL(Arg.NAME, 0, 0, true, "del globals[names[arg]]; NameError if absent"),

    // ---- attributes and subscripts
    DELETE_ATTR(Arg.NAME, 1, 0, true, "[obj] -> []: delattr(obj, names[arg])"),
    DELETE_SUBSCR(Arg.NONE, 2, 0, true, "[container, key] -> []: del container[key]"),
    BUILD_SLICE(Arg.COUNT, -1, 1, true, "arg 2: [start, stop] -> [slice]; arg 3: [start, stop, step] -> [slice]"),

    // ---- operators
    UNARY_NOT(Arg.NONE, 1, 1, true, "[x] -> [not x] (truth test may call __bool__/__len__)"),
    UNARY_NEGATIVE(Arg.NONE, 1, 1, true, "[x] -> [-x]"),
    IS_OP(Arg.FLAG, 2, 1, false, "[a, b] -> [a is b] (arg 1: is not)"),
    UNARY_POSITIVE(Arg.NONE, 1, 1, true, "[x] -> [+x]"),
    UNARY_INVERT(Arg.NONE, 1, 1, true, "[x] -> [~x]"),

    // ---- building containers
    BUILD_LIST(Arg.COUNT, -1, 1, true, "[x_1 .. x_n] -> [[x_1, .., x_n]]"),
    BUILD_SET(Arg.COUNT, -1, 1, true, "[x_1 .. x_n] -> [{x_1, .., x_n}]"),
    BUILD_MAP(Arg.COUNT, -1, 1, true, "[k_1, v_1 .. k_n, v_n] -> [{k_1: v_1, ..}] (later keys win)"),
    BUILD_CONST_KEY_MAP(Arg.COUNT, -1, 1, true, "[v_1 .. v_n, keys tuple] -> [dict]"),
    BUILD_STRING(Arg.COUNT, -1, 1, true, "[s_1 .. s_n] -> [s_1 + .. + s_n] (all str)"),
    SET_ADD(Arg.COUNT, 1, 0, true, "like LIST_APPEND for a set"),
    MAP_ADD(Arg.COUNT, 2, 0, true, "[.., dict at depth arg (after popping k, v), .., k, v] -> dict[k] = v"),
    LIST_EXTEND(Arg.COUNT, 1, 0, true, "[.., list at depth arg, .., iterable] -> list.extend(iterable)"),
    SET_UPDATE(Arg.COUNT, 1, 0, true, "[.., set at depth arg, .., iterable] -> set.update(iterable)"),
    DICT_UPDATE(Arg.COUNT, 1, 0, true, "[.., dict at depth arg, .., mapping] -> dict.update(mapping); TypeError '... object is not a mapping'"),
    DICT_MERGE(Arg.COUNT, 1, 0, true, "like DICT_UPDATE for ** in calls: duplicate keys raise TypeError 'f() got multiple values for keyword argument'; the callable is at depth arg + 2"),
    LIST_TO_TUPLE(Arg.NONE, 1, 1, true, "[list] -> [tuple(list)]"),
    UNPACK_EX(Arg.COUNT, 1, -1, true, "arg = before | after << 8: [seq] -> [after items reversed.., list of the middle, before items reversed] (first item on top)"),
    FORMAT_VALUE(Arg.FLAG, -1, 1, true, "arg & 3: conversion (0 none, 1 str, 2 repr, 3 ascii); arg & 4: a format spec is on top: [value(, spec)] -> [str]"),

    // ---- iteration
    GET_YIELD_FROM_ITER(Arg.NONE, 1, 1, true, "[x] -> [iter(x)] unless x is a generator/coroutine (a coroutine only inside a coroutine/iterable-coroutine)"),

    // ---- calls and functions
    CALL_KW(Arg.COUNT, -1, 1, true, "[callable, a_1 .. a_n, kwnames] -> [result]: n counts positional and keyword values; the last len(kwnames) values are keywords (kwnames is a const tuple of str)"),
    CALL_METHOD_KW(Arg.COUNT, -1, 1, true, "[callable, self or NULL, a_1 .. a_n, kwnames] -> [result]"),
    CALL_FUNCTION_EX(Arg.FLAG, -1, 1, true, "arg 0: [callable, args] ; arg 1: [callable, args, kwargs dict] -> [result]; args is a tuple, or (for a call whose only argument is *x) x itself, which is turned into a tuple: TypeError '<callable>() argument after * must be an iterable, not <type>'"),
    MAKE_FUNCTION(Arg.FLAG, -1, 1, true, "[defaults tuple if arg&1, kwdefaults dict if arg&2, annotations tuple (name, value pairs flattened) if arg&4, closure tuple of cells if arg&8, code] -> [function]; the qualified name is the code's"),
    LOAD_BUILD_CLASS(Arg.NONE, 0, 1, false, "[] -> [builtins.__build_class__]"),
    SETUP_ANNOTATIONS(Arg.NONE, 0, 0, true, "creates __annotations__ = {} in the locals mapping if absent"),

    // ---- generators and coroutines
    GET_AWAITABLE(Arg.FLAG, 1, 1, true, "[x] -> [awaitable iterator of x]; arg 1: after __aenter__, 2: after __aexit__ (for error messages)"),
    GET_AITER(Arg.NONE, 1, 1, true, "[x] -> [x.__aiter__()]"),
    GET_ANEXT(Arg.NONE, 1, 2, true, "[aiter] -> [aiter, awaitable of aiter.__anext__()]"),
    END_ASYNC_FOR(Arg.NONE, 2, 0, true, "[aiter, exc] -> []: swallows StopAsyncIteration, re-raises anything else"),
    ASYNC_GEN_WRAP(Arg.NONE, 1, 1, true, "[x] -> [x wrapped so that an async generator's await machinery tells it from a yield] (before YIELD_VALUE in async generators)"),

    // ---- exceptions (zero-cost: the code unit's exception table routes raised exceptions)
    RAISE_VARARGS(Arg.COUNT, -1, 0, true, "arg 0: re-raise the exception being handled; 1: [exc]; 2: [exc, cause]"),
    RERAISE(Arg.FLAG, 1, 0, true, "[.., exc] -> raises exc again keeping its traceback; if arg n > 0, first restores the frame's position from the lasti n items below exc (1: directly below; with-blocks use 2: [lasti, prev_exc, exc]); the stack is then unwound by the handler search"),
    PUSH_EXC_INFO(Arg.NONE, 1, 2, false, "[exc] -> [previous exception being handled (or None), exc]; exc becomes the one being handled"),
    POP_EXCEPT(Arg.NONE, 1, 0, false, "[previous] -> []: restores the exception being handled"),
    CHECK_EXC_MATCH(Arg.NONE, 2, 2, true, "[exc, type] -> [exc, isinstance match]; TypeError if type is not an exception class or tuple of them"),
    CHECK_EG_MATCH(Arg.NONE, 2, 2, true, "except*: [eg, type] -> [rest, match]: match is the split-off part (None when nothing matches, rest then being eg itself); rest is None when everything matched; TypeError as CHECK_EXC_MATCH"),
    PREP_RERAISE_STAR(Arg.NONE, 2, 1, true, "except*: [original eg, list of raised/unhandled] -> [exception to re-raise or None]"),
    LOAD_ASSERTION_ERROR(Arg.NONE, 0, 1, false, "[] -> [AssertionError]"),
    BEFORE_WITH(Arg.NONE, 1, 2, true, "[mgr] -> [bound __exit__, result of __enter__()]; TypeError if the protocol is missing"),
    BEFORE_ASYNC_WITH(Arg.NONE, 1, 2, true, "[mgr] -> [bound __aexit__, result of __aenter__()]"),
    WITH_EXCEPT_START(Arg.NONE, 4, 5, true, "[exit, lasti, prev_exc, exc] -> [exit, lasti, prev_exc, exc, exit(type(exc), exc, exc.__traceback__)]"),

    // ---- imports
    IMPORT_NAME(Arg.NAME, 2, 1, true, "[level, fromlist] -> [__import__(names[arg], globals, None, fromlist, level)]"),
    IMPORT_FROM(Arg.NAME, 1, 2, true, "[module] -> [module, module.names[arg]] (falling back to sys.modules for submodules; ImportError 'cannot import name')"),
    IMPORT_STAR(Arg.NONE, 1, 0, true, "[module] -> []: binds its public names in the locals mapping"),

    // ---- pattern matching
    GET_LEN(Arg.NONE, 1, 2, true, "[x] -> [x, len(x)]"),
    MATCH_MAPPING(Arg.NONE, 1, 2, false, "[x] -> [x, whether x is a mapping for match]"),
    MATCH_SEQUENCE(Arg.NONE, 1, 2, false, "[x] -> [x, whether x is a sequence for match (not str/bytes/bytearray)]"),
    MATCH_KEYS(Arg.NONE, 2, 3, true, "[subject, keys tuple] -> [subject, keys, tuple of values or None]"),
    MATCH_CLASS(Arg.COUNT, 3, 1, true, "[subject, cls, kw names tuple] -> [tuple of matched attributes or None]; arg = number of positional sub-patterns"),
    COPY_DICT_WITHOUT_KEYS(Arg.NONE, 2, 2, true, "[mapping, keys] -> [mapping, dict of the rest]"),

    // ---- interactive
    PRINT_EXPR(Arg.NONE, 1, 0, true, "[x] -> []: sys.displayhook(x) (interactive statements)");

    /** What an operand means; drives the disassembler. FUSED: the two operands of a superinstruction. */
    public enum Arg { NONE, CONST, LOCAL, CELL, NAME, JUMP, COUNT, FLAG, BINARY_OP, COMPARE_OP, FUSED }

    private static final Opcode[] VALUES = values();

    private final Arg arg;
    private final int pops;
    private final int pushes;
    private final boolean reachesSafepoint;
    private final String semantics;

    Opcode(Arg arg, int pops, int pushes, boolean reachesSafepoint, String semantics) {
        this.arg = arg;
        this.pops = pops;
        this.pushes = pushes;
        this.reachesSafepoint = reachesSafepoint;
        this.semantics = semantics;
    }

    public Arg arg() {
        return arg;
    }

    /** Whether the instruction may allocate, call Python code or loop back. */
    public boolean reachesSafepoint() {
        return reachesSafepoint;
    }

    /** The instruction's meaning in stack notation. */
    public String semantics() {
        return semantics;
    }

    public static Opcode of(int instruction) {
        return VALUES[instruction & 0xff];
    }

    public static int operand(int instruction) {
        return instruction >>> 8;
    }

    public int encode(int operand) {
        if (operand < 0 || operand > 0xffffff) {
            throw new IllegalArgumentException(name() + " operand out of range: " + operand);
        }
        return ordinal() | operand << 8;
    }

    /**
     * The net stack effect of the instruction with this operand; for jumps, {@code jumped} selects
     * the effect on the path that jumps.
     */
    public int stackEffect(int operand, boolean jumped) {
        return switch (this) {
            case COPY -> 1;
            case SWAP -> 0;
            case BUILD_SLICE -> 1 - operand;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - operand;
            case BUILD_MAP -> 1 - 2 * operand;
            case BUILD_CONST_KEY_MAP -> -operand;
            case UNPACK_SEQUENCE -> operand - 1;
            case UNPACK_EX -> (operand & 0xff) + (operand >> 8);
            case FORMAT_VALUE -> (operand & 4) != 0 ? -1 : 0;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> jumped ? 0 : -1;
            case FOR_ITER -> jumped ? -1 : 1;
            case SEND -> jumped ? -1 : 0;
            case CALL -> -operand;
            case CALL_KW -> -operand - 1;
            case CALL_METHOD -> -operand - 1;
            case CALL_METHOD_KW -> -operand - 2;
            case CALL_FUNCTION_EX -> -1 - (operand & 1);
            case MAKE_FUNCTION -> -Integer.bitCount(operand & 0xf);
            case RAISE_VARARGS -> -operand;
            case RERAISE -> -1 - operand;
            default -> pushes - pops;
        };
    }
}
