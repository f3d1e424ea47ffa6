package dev.pyxis.python.runtime;

import static dev.pyxis.python.bytecode.OpcodeIds.*;

import dev.pyxis.heap.api.RootStack;
import dev.pyxis.python.bytecode.CodeUnit;

/**
 * The instructions {@link Interpreter#run} hands off: everything but the common ones of loops,
 * calls, attributes and arithmetic. Keeping them out of the loop keeps it small enough for the
 * JVM to compile quickly and in one piece (see tools/hotspot-directives.json). None of them
 * jumps; each returns the new stack top.
 */
final class RareInstructions {
    private RareInstructions() {}

    static int execute(Space s, Frame f, int ins, int sp) {
        ThreadState ts = s.ts;
        RootStack r = ts.roots;
        CodeUnit unit = f.code;
        int arg = ins >>> 8;
        switch (ins & 0xff) {
                case NOP -> { }
                case PUSH_NULL -> r.set(sp++, 0);
                case LOAD_CLOSURE -> r.set(sp++, r.get(f.cellsBase + arg));
                case STORE_DEREF -> {
                    Cells.set(s, r.get(f.cellsBase + arg), r.get(--sp));
                    r.set(sp, 0);
                }
                case UNARY_NOT -> r.set(sp - 1, Py.bool(!Ops.truth(s, sp - 1)));
                case UNARY_NEGATIVE -> {
                    long w = r.get(sp - 1);
                    if (Py.isSmallInt(w) && w != Py.smallInt(Long.MIN_VALUE >> 1)) {
                        r.set(sp - 1, Py.smallInt(-Py.smallValue(w)));
                    } else {
                        r.set(sp - 1, Ops.unary(s, "__neg__", sp - 1));
                    }
                }
                case IS_OP -> {
                    boolean same = r.get(sp - 2) == r.get(sp - 1);
                    r.set(--sp, 0);
                    r.set(sp - 1, Py.bool(same != (arg == 1)));
                }
                case BUILD_LIST -> {
                    long t = Lists.fromRoots(s, sp - arg, arg);
                    sp = Interpreter.clear(r, sp, arg);
                    r.set(sp++, t);
                }
                case CALL_KW -> {
                    long v = Calls.call(s, sp - arg - 2, sp - arg - 1, arg, sp - 1);
                    sp = Interpreter.clear(r, sp, arg + 2);
                    r.set(sp++, v);
                }
                case CALL_METHOD_KW -> {
                    int callee = sp - arg - 3;
                    long v = r.get(callee + 1) != 0
                            ? Calls.call(s, callee, callee + 1, arg + 1, sp - 1)
                            : Calls.call(s, callee, callee + 2, arg, sp - 1);
                    sp = Interpreter.clear(r, sp, arg + 3);
                    r.set(sp++, v);
                }
                case DELETE_FAST -> {
                    if (r.get(f.localsBase + arg) == 0) {
                        throw Interpreter.unboundLocal(s, unit, arg);
                    }
                    r.set(f.localsBase + arg, 0);
                }
                case DELETE_DEREF -> {
                    if (Cells.get(r.get(f.cellsBase + arg)) == 0) {
                        throw Interpreter.unboundCell(s, unit, arg);
                    }
                    Cells.set(s, r.get(f.cellsBase + arg), 0);
                }
                case LOAD_CLASSDEREF -> {
                    String name = Interpreter.cellName(unit, arg);
                    long v = Names.lookupMapping(s, f.base + Frame.NAMES, name);
                    if (v == 0) {
                        v = Cells.get(r.get(f.cellsBase + arg));
                        if (v == 0) {
                            throw Interpreter.unboundCell(s, unit, arg);
                        }
                    }
                    r.set(sp++, v);
                }
                case LOAD_NAME -> {
                    long m = r.get(f.base + Frame.NAMES);
                    // A dict namespace is searched with the code's name object (its hash is cached).
                    long v = m != 0 && s.typeOf(m) == s.dictType ? Dicts.get(s, m, name(s, f, arg))
                            : Names.lookupMapping(s, f.base + Frame.NAMES, unit.names()[arg]);
                    if (v == 0) {
                        v = Names.global(s, f.base + Frame.GLOBALS, arg, f.base + Frame.CODE);
                    }
                    r.set(sp++, v);
                }
                case STORE_NAME -> {
                    Names.storeMapping(s, f.base + Frame.NAMES, name(s, f, arg), sp - 1);
                    r.set(--sp, 0);
                }
                case DELETE_NAME -> Names.deleteName(s, f.base + Frame.NAMES, unit.names()[arg], name(s, f, arg));
                case STORE_GLOBAL -> {
                    int g = ts.push(r.get(f.base + Frame.GLOBALS));
                    int k = ts.push(name(s, f, arg));
                    Dicts.put(s, g, k, sp - 1);
                    ts.truncate(g);
                    r.set(--sp, 0);
                }
                case DELETE_GLOBAL -> {
                    if (Dicts.remove(s, r.get(f.base + Frame.GLOBALS), name(s, f, arg)) == 0) {
                        throw Errors.nameError(s, "name '" + unit.names()[arg] + "' is not defined");
                    }
                }
                case DELETE_ATTR -> {
                    Attributes.delete(s, sp - 1, unit.names()[arg]);
                    r.set(--sp, 0);
                }
                case DELETE_SUBSCR -> {
                    Ops.delItem(s, sp - 2, sp - 1);
                    sp = Interpreter.clear(r, sp, 2);
                }
                case BUILD_SLICE -> {
                    long v = Slices.create(s, sp - arg, sp - arg + 1, arg == 3 ? sp - 1 : -1);
                    sp = Interpreter.clear(r, sp, arg);
                    r.set(sp++, v);
                }
                case UNARY_POSITIVE -> r.set(sp - 1, Ops.unary(s, "__pos__", sp - 1));
                case UNARY_INVERT -> r.set(sp - 1, Ops.unary(s, "__invert__", sp - 1));
                case BUILD_SET -> {
                    int set = ts.push(Sets.create(s, false));
                    for (int i = sp - arg; i < sp; i++) {
                        Sets.add(s, set, i);
                    }
                    long v = ts.get(set);
                    ts.truncate(set);
                    sp = Interpreter.clear(r, sp, arg);
                    r.set(sp++, v);
                }
                case BUILD_MAP -> {
                    int d = ts.push(Dicts.create(s));
                    for (int i = sp - 2 * arg; i < sp; i += 2) {
                        Dicts.put(s, d, i, i + 1);
                    }
                    long v = ts.get(d);
                    ts.truncate(d);
                    sp = Interpreter.clear(r, sp, 2 * arg);
                    r.set(sp++, v);
                }
                case BUILD_CONST_KEY_MAP -> {
                    int d = ts.push(Dicts.create(s));
                    int k = ts.push(0);
                    for (int i = 0; i < arg; i++) {
                        ts.set(k, Space.item(r.get(sp - 1), i));
                        Dicts.put(s, d, k, sp - 1 - arg + i);
                    }
                    long v = ts.get(d);
                    ts.truncate(d);
                    sp = Interpreter.clear(r, sp, arg + 1);
                    r.set(sp++, v);
                }
                case BUILD_STRING -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = sp - arg; i < sp; i++) {
                        sb.append(s.str(r.get(i)));
                    }
                    long v = s.newStr(sb.toString());
                    sp = Interpreter.clear(r, sp, arg);
                    r.set(sp++, v);
                }
                case SET_ADD -> {
                    Sets.add(s, sp - 1 - arg, sp - 1);
                    r.set(--sp, 0);
                }
                case MAP_ADD -> {
                    int d = ts.push(s.unwrap(r.get(sp - 2 - arg)));
                    Dicts.put(s, d, sp - 2, sp - 1);
                    ts.truncate(d);
                    sp = Interpreter.clear(r, sp, 2);
                }
                case LIST_EXTEND -> {
                    ListMethods.extend(s, sp - 1 - arg, sp - 1);
                    r.set(--sp, 0);
                }
                case SET_UPDATE -> {
                    SetOps.addAll(s, sp - 1 - arg, sp - 1, -1, true);
                    r.set(--sp, 0);
                }
                case DICT_UPDATE -> {
                    long m = r.get(sp - 1);
                    PyType mt = s.typeOf(m);
                    if (mt.nativeKind != PyType.Native.DICT && mt.lookup("keys") == 0) {
                        throw Errors.typeError(s, "'" + mt.name + "' object is not a mapping");
                    }
                    DictOps.update(s, sp - 1 - arg, sp - 1);
                    r.set(--sp, 0);
                }
                case DICT_MERGE -> {
                    CallSupport.dictMerge(s, sp - 1 - arg, sp - 1, sp - 1 - arg - 2);
                    r.set(--sp, 0);
                }
                case LIST_TO_TUPLE -> r.set(sp - 1, Lists.toTuple(s, sp - 1));
                case UNPACK_EX -> sp = CallSupport.unpack(s, sp, arg & 0xff, arg >> 8);
                case FORMAT_VALUE -> {
                    boolean spec = (arg & 4) != 0;
                    int value = spec ? sp - 2 : sp - 1;
                    long v = Formatting.formatValue(s, value, arg & 3, spec ? sp - 1 : -1);
                    if (spec) {
                        r.set(--sp, 0);
                    }
                    r.set(sp - 1, v);
                }
                case GET_YIELD_FROM_ITER -> {
                    PyType t = s.typeOf(r.get(sp - 1));
                    if (t.nativeKind == PyType.Native.COROUTINE && (unit.flags() & (CodeUnit.COROUTINE | CodeUnit.ITERABLE_COROUTINE)) == 0) {
                        throw Errors.typeError(s, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                    }
                    if (t.nativeKind != PyType.Native.GENERATOR && t.nativeKind != PyType.Native.COROUTINE) {
                        r.set(sp - 1, Ops.iter(s, sp - 1));
                    }
                }
                case CALL_FUNCTION_EX -> {
                    int n = 2 + (arg & 1);
                    long v = CallSupport.callEx(s, sp - n, sp - n + 1, (arg & 1) != 0 ? sp - 1 : -1);
                    sp = Interpreter.clear(r, sp, n);
                    r.set(sp++, v);
                }
                case MAKE_FUNCTION -> {
                    int p = sp - 1 - Integer.bitCount(arg & 0xf);
                    int defaults = (arg & 1) != 0 ? p++ : -1;
                    int kwdefaults = (arg & 2) != 0 ? p++ : -1;
                    int annotations = (arg & 4) != 0 ? p++ : -1;
                    int closure = (arg & 8) != 0 ? p++ : -1;
                    if (annotations >= 0) {
                        r.set(annotations, CallSupport.annotationsDict(s, annotations));
                    }
                    long fn = Functions.create(s, sp - 1, f.base + Frame.GLOBALS, defaults, kwdefaults,
                            annotations, closure);
                    int n = 1 + Integer.bitCount(arg & 0xf);
                    sp = Interpreter.clear(r, sp, n);
                    r.set(sp++, fn);
                }
                case LOAD_BUILD_CLASS -> r.set(sp++, s.builtin("__build_class__"));
                case SETUP_ANNOTATIONS -> Names.setupAnnotations(s, f.base + Frame.NAMES);
                case GET_AWAITABLE -> r.set(sp - 1, Generators.awaitable(s, sp - 1, arg));
                case GET_AITER -> r.set(sp - 1, Generators.aiter(s, sp - 1));
                case GET_ANEXT -> {
                    long v = Generators.anext(s, sp - 1);
                    r.set(sp++, v);
                }
                case END_ASYNC_FOR -> {
                    long exc = r.get(sp - 1);
                    if (!Exceptions.matches(s, exc, "StopAsyncIteration")) {
                        // Propagates on as it is: the frame is in its traceback already.
                        throw ts.reraise(exc);
                    }
                    sp = Interpreter.clear(r, sp, 2);
                }
                case ASYNC_GEN_WRAP -> r.set(sp - 1, Generators.asyncWrap(s, sp - 1));
                case RAISE_VARARGS -> {
                    if (arg == 0) {
                        long exc = r.get(ts.handled);
                        if (exc == Py.NONE || exc == 0) {
                            throw Errors.raise(s, "RuntimeError", "No active exception to reraise");
                        }
                        throw ts.reraise(exc);
                    }
                    throw Raise.raise(s, arg == 1 ? sp - 1 : sp - 2, arg == 2 ? sp - 1 : -1);
                }
                case RERAISE -> {
                    long exc = r.get(--sp);
                    r.set(sp, 0);
                    if (arg > 0) {
                        f.lasti = (int) Py.smallValue(r.get(sp - arg));
                    }
                    throw ts.reraise(exc);
                }
                case PUSH_EXC_INFO -> {
                    long exc = r.get(sp - 1);
                    long prev = r.get(ts.handled);
                    r.set(sp - 1, prev == 0 ? Py.NONE : prev);
                    r.set(sp++, exc);
                    r.set(ts.handled, exc);
                }
                case POP_EXCEPT -> {
                    r.set(ts.handled, r.get(--sp));
                    r.set(sp, 0);
                }
                case CHECK_EXC_MATCH -> {
                    CallSupport.checkExceptionType(s, sp - 1);
                    boolean m = CallSupport.exceptionMatches(s, sp - 2, sp - 1);
                    r.set(sp - 1, Py.bool(m));
                }
                case CHECK_EG_MATCH -> sp = ExceptionGroups.checkMatch(s, sp);
                case PREP_RERAISE_STAR -> {
                    long v = ExceptionGroups.prepReraise(s, sp - 2, sp - 1);
                    r.set(--sp, 0);
                    r.set(sp - 1, v);
                }
                case LOAD_ASSERTION_ERROR -> r.set(sp++, s.typeWord(s.builtinTypes.get("AssertionError")));
                case BEFORE_WITH -> sp = CallSupport.beforeWith(s, sp, false);
                case BEFORE_ASYNC_WITH -> sp = CallSupport.beforeWith(s, sp, true);
                case WITH_EXCEPT_START -> {
                    long v = CallSupport.withExceptStart(s, sp);
                    r.set(sp++, v);
                }
                case IMPORT_NAME -> {
                    long m = Imports.importName(s, unit.names()[arg], f.base + Frame.GLOBALS, sp - 1, sp - 2);
                    r.set(--sp, 0);
                    r.set(sp - 1, m);
                }
                case IMPORT_FROM -> {
                    long v = Imports.importFrom(s, sp - 1, unit.names()[arg]);
                    r.set(sp++, v);
                }
                case IMPORT_STAR -> {
                    Imports.importStar(s, sp - 1, f.base + Frame.NAMES);
                    r.set(--sp, 0);
                }
                case GET_LEN -> {
                    long v = s.newInt(Ops.len(s, sp - 1));
                    r.set(sp++, v);
                }
                case MATCH_MAPPING -> {
                    long v = Py.bool(Matching.isMapping(s, r.get(sp - 1)));
                    r.set(sp++, v);
                }
                case MATCH_SEQUENCE -> {
                    long v = Py.bool(Matching.isSequence(s, r.get(sp - 1)));
                    r.set(sp++, v);
                }
                case MATCH_KEYS -> {
                    long v = Matching.keys(s, sp - 2, sp - 1);
                    r.set(sp++, v);
                }
                case MATCH_CLASS -> {
                    long v = Matching.matchClass(s, sp - 3, sp - 2, sp - 1, arg);
                    sp = Interpreter.clear(r, sp, 3);
                    r.set(sp++, v);
                }
                case COPY_DICT_WITHOUT_KEYS -> r.set(sp - 1, Matching.copyWithout(s, sp - 2, sp - 1));
                case PRINT_EXPR -> {
                    Builtins.displayHook(s, sp - 1);
                    r.set(--sp, 0);
                }
            default -> throw new IllegalStateException("no such opcode: " + (ins & 0xff));
        }
        return sp;
    }

    private static long name(Space s, Frame f, int arg) {
        return Space.item(Space.get(s.ts.get(f.base + Frame.CODE), Code.NAMES), arg);
    }
}
