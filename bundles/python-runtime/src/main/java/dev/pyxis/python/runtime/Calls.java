package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The call protocol. A call's operands are root slots: the callable, the arguments
 * {@code [argBase, argBase + nargs)} and the keyword-names tuple ({@code kwSlot}, or -1); the
 * last {@code len(kwnames)} arguments are the keyword values. The result is returned as a word
 * that the caller stores before its next safepoint.
 */
final class Calls {
    private Calls() {}

    /**
     * {@link #call} without keywords for the interpreter's CALL and CALL_METHOD, whose argument
     * slots are the caller's value stack, popped after the call: a builtin that takes exactly
     * these arguments binds them in place (its body may write its argument slots).
     */
    static long callPopping(Space s, int calleeSlot, int argBase, int nargs) {
        long callee = s.ts.get(calleeSlot);
        if (s.isExact(callee, s.builtinType) && Space.get(callee, F1) == 0) {
            Builtin b = Builtin.byId((int) Py.smallValue(Space.get(callee, F2)));
            if (nargs == b.inPlaceArgCount) {
                int top = s.ts.top();
                try {
                    return invokeBody(s, b, argBase);
                } finally {
                    s.ts.truncate(top);
                }
            }
        }
        return call(s, calleeSlot, argBase, nargs, -1);
    }

    static long call(Space s, int calleeSlot, int argBase, int nargs, int kwSlot) {
        ThreadState ts = s.ts;
        long callee = ts.get(calleeSlot);
        PyType t = s.typeOf(callee);
        if (t == s.functionType) {
            return callFunction(s, calleeSlot, argBase, nargs, kwSlot);
        }
        if (t == s.builtinType) {
            long self = Space.get(callee, F1);
            Builtin b = Builtin.byId((int) Py.smallValue(Space.get(callee, F2)));
            if (self == 0) {
                return callBuiltin(s, b, argBase, nargs, kwSlot);
            }
            return callWithSelf(s, calleeSlot, F1, argBase, nargs, kwSlot, b);
        }
        if (t == s.methodType) {
            return callWithSelf(s, calleeSlot, F2, argBase, nargs, kwSlot, null);
        }
        if (t == s.staticmethodType) {
            int f = ts.push(Space.get(callee, F1));
            try {
                return call(s, f, argBase, nargs, kwSlot);
            } finally {
                ts.truncate(f);
            }
        }
        if (t == s.typeType || t.isSubtypeOf(s.typeType) && t.lookup("__call__") == s.typeType.getOwn("__call__")) {
            return Types.callType(s, calleeSlot, argBase, nargs, kwSlot);
        }
        long call = t.lookup("__call__");
        if (call == 0) {
            throw Errors.typeError(s, "'" + t.name + "' object is not callable");
        }
        if (s.typeOf(call) == s.staticmethodType) {
            int f = ts.push(Space.get(call, F1));
            try {
                return call(s, f, argBase, nargs, kwSlot);
            } finally {
                ts.truncate(f);
            }
        }
        // type(x).__call__(x, *args): prepend the callee as self.
        int base = ts.top();
        ts.push(call);
        ts.push(ts.get(calleeSlot));
        for (int i = 0; i < nargs; i++) {
            ts.push(ts.get(argBase + i));
        }
        try {
            return call(s, base, base + 1, nargs + 1, kwSlot);
        } finally {
            ts.truncate(base);
        }
    }

    /** Calls a bound callable (builtin with self, or method) with self prepended to the arguments. */
    private static long callWithSelf(Space s, int calleeSlot, int selfField, int argBase, int nargs, int kwSlot,
            Builtin builtin) {
        ThreadState ts = s.ts;
        int base = ts.top();
        long callee = ts.get(calleeSlot);
        ts.push(builtin != null ? 0 : Space.get(callee, F1));
        ts.push(Space.get(callee, selfField));
        for (int i = 0; i < nargs; i++) {
            ts.push(ts.get(argBase + i));
        }
        try {
            if (builtin != null) {
                return callBuiltin(s, builtin, base + 1, nargs + 1, kwSlot);
            }
            return call(s, base, base + 1, nargs + 1, kwSlot);
        } finally {
            ts.truncate(base);
        }
    }

    static long callFunction(Space s, int fnSlot, int argBase, int nargs, int kwSlot) {
        ThreadState ts = s.ts;
        if (ts.depth >= ts.recursionLimit) {
            throw Errors.recursionError(s);
        }
        int top = ts.top();
        Frame f = Functions.prepare(s, fnSlot, argBase, nargs, kwSlot, ts.frame);
        if (f.code.isGeneratorLike()) {
            long gen = Generators.create(s, f, fnSlot);
            ts.truncate(top);
            return gen;
        }
        ts.depth++;
        ts.frame = f;
        long result = 0;
        try {
            result = Interpreter.run(s, f);
        } finally {
            result = leave(s, f, result);
        }
        return result;
    }

    /**
     * Starts a call for the interpreter loop to run in place: when the callee in
     * {@code calleeSlot} is a plain Python function (not a generator, coroutine or async
     * generator), its frame is prepared, made the thread's current frame and returned; otherwise
     * null, and nothing has happened ({@link #call} runs it).
     */
    static Frame enter(Space s, int calleeSlot, int argBase, int nargs, int kwSlot) {
        ThreadState ts = s.ts;
        long callee = ts.get(calleeSlot);
        if (!s.isExact(callee, s.functionType)) {
            return null;
        }
        Code.Loaded loaded = Code.loaded(s, Space.get(callee, FN_CODE));
        if (loaded.generatorLike) {
            return null;
        }
        if (ts.depth >= ts.recursionLimit) {
            throw Errors.recursionError(s);
        }
        Frame f = Functions.prepare(s, loaded, calleeSlot, argBase, nargs, kwSlot, ts.frame);
        ts.depth++;
        ts.frame = f;
        return f;
    }

    /**
     * Ends the current activation {@code f} with {@code result} (0 when it raised): its frame
     * object, if any, takes what it keeps of the frame, the caller's frame becomes current and
     * the frame's root region is released. Returns the result, which may have moved.
     */
    static long leave(Space s, Frame f, long result) {
        ThreadState ts = s.ts;
        result = FrameObjects.exit(s, f, result);
        ts.frame = f.back;
        ts.depth--;
        ts.truncate(f.base);
        return result;
    }

    /**
     * A Java exception left {@link Interpreter#run} while frames it had {@link #enter entered}
     * were still active, {@code top} the innermost: they end as if they had raised, so that the
     * thread's frame chain and depth are those of {@code entry} again.
     */
    static void abandon(Space s, Frame top, Frame entry) {
        for (Frame f = top; f != entry; f = f.back) {
            leave(s, f, 0);
        }
    }

    static long callBuiltin(Space s, Builtin b, int argBase, int nargs, int kwSlot) {
        ThreadState ts = s.ts;
        Signature sig = b.signature;
        if (kwSlot < 0 && isSimpleCall(b, sig, nargs)) {
            return callBuiltinPositional(s, b, sig, argBase, nargs);
        }
        int nkw = kwSlot < 0 ? 0 : (int) Space.length(ts.get(kwSlot));
        int npos = nargs - nkw;
        // Constructors speak as the type: "int()" rather than "__new__()".
        String name = b.constructor ? b.owner : sig.name;
        checkCount(s, sig, b, argBase, npos, nkw);
        int top = ts.top();
        int target = ts.roots.reserve(sig.slots);
        try {
            SigParams params = new SigParams(sig, b.owner != null);
            String badKeyword = ArgBinder.bind(s, params, name, sig.required(), argBase, nargs, kwSlot, target);
            List<String> missing = null;
            for (int i = 0; i < sig.positional + sig.kwOnly; i++) {
                int slot = target + params.slotOf(i);
                if (ts.get(slot) == 0) {
                    long d = sig.defaults[i];
                    if (d == 0) {
                        if (missing == null) {
                            missing = new ArrayList<>();
                        }
                        missing.add(sig.names[i]);
                    } else if (d != Signature.OPTIONAL) {
                        ts.set(slot, d);
                    }
                }
            }
            if (missing != null) {
                throw missingBuiltin(s, sig, b, missing, npos);
            }
            if (badKeyword != null) {
                throw Errors.typeError(s, badKeyword);
            }
            return invokeBody(s, b, target);
        } finally {
            ts.truncate(top);
        }
    }

    /**
     * Whether positional arguments alone bind the call without any check failing: a count the
     * signature takes, defaults for the rest, no *args or **kwargs to build. Constructors check
     * their first argument, so they take the general path.
     */
    private static boolean isSimpleCall(Builtin b, Signature sig, int nargs) {
        if (b.constructor || sig.varargs || sig.varkw || nargs < sig.required() || nargs > sig.positional) {
            return false;
        }
        if (b.owner != null && nargs == 0) {
            return false;
        }
        for (int i = nargs; i < sig.positional + sig.kwOnly; i++) {
            if (sig.defaults[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link #callBuiltin} for a {@link #isSimpleCall simple} call: the arguments are copied into place. */
    private static long callBuiltinPositional(Space s, Builtin b, Signature sig, int argBase, int nargs) {
        ThreadState ts = s.ts;
        int top = ts.top();
        int target = ts.roots.reserve(sig.slots);
        try {
            for (int i = 0; i < nargs; i++) {
                ts.set(target + i, ts.get(argBase + i));
            }
            for (int i = nargs; i < sig.positional + sig.kwOnly; i++) {
                long d = sig.defaults[i];
                if (d != Signature.OPTIONAL) {
                    ts.set(target + i, d);
                }
            }
            return invokeBody(s, b, target);
        } finally {
            ts.truncate(top);
        }
    }

    /** Runs the builtin's body on its bound arguments at {@code target}, counting a recursion level if it calls back. */
    private static long invokeBody(Space s, Builtin b, int target) {
        Builtin.Args args = new Builtin.Args(s, target, b.signature.slots);
        if (!b.countsDepth) {
            return b.body.call(s, args);
        }
        s.ts.enterRecursion(" while calling a Python object");
        try {
            return b.body.call(s, args);
        } finally {
            s.ts.leaveRecursion();
        }
    }

    /** How errors name the builtin: "float()", "list.append()", "math.sqrt()", "len()". */
    private static String qualified(Signature sig, Builtin b, boolean ctor) {
        return ctor ? b.owner + "()"
                : (b.owner != null ? b.owner + "." : sig.module != null ? sig.module + "." : "") + sig.name + "()";
    }

    /** A builtin type's __new__ refuses a first argument that is not a subtype of it, as CPython's. */
    private static void checkNewTarget(Space s, String owner, long cls) {
        PyType base = s.builtinTypes.get(owner);
        if (base == null) {
            return;
        }
        PyType t = s.asType(cls);
        if (t == null) {
            throw Errors.typeError(s, owner + ".__new__(X): X is not a type object (" + s.typeOf(cls).name + ")");
        }
        if (!t.isSubtypeOf(base)) {
            throw Errors.typeError(s, owner + ".__new__(" + t.name + "): " + t.name + " is not a subtype of " + owner);
        }
    }

    /** Wrappers whose count error starts with a space (CPython unpacks their arguments under an empty name). */
    private static boolean namelessWrapper(Builtin b) {
        return switch (b.signature.name) {
            case "__setattr__", "__setitem__", "__set__" -> true;
            case "__mul__", "__rmul__", "__imul__" -> switch (b.owner) {
                case "str", "bytes", "bytearray", "list", "tuple" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /** CPython's argument-count messages, which depend on how the builtin is declared there. */
    private static void checkCount(Space s, Signature sig, Builtin b, int argBase, int npos, int nkw) {
        int self = b.owner != null ? 1 : 0;
        int given = npos - self;
        int max = sig.positional - self;
        int min = sig.required() - self;
        // A builtin type's constructor speaks as the type: "float() takes no keyword arguments".
        boolean ctor = b.constructor;
        if (ctor && npos > 0 && sig.name.equals("__new__") && !b.owner.equals("object")) {
            checkNewTarget(s, b.owner, s.ts.get(argBase));
        }
        if (self == 1 && npos == 0) {
            // A method descriptor called through its type without a receiver.
            if (sig.name.equals("__new__")) {
                throw Errors.typeError(s, b.owner + ".__new__(): not enough arguments");
            }
            if (sig.positional > 0 && sig.names[0].equals("self")) {
                throw Errors.typeError(s, sig.style == Signature.Style.WRAPPER || ctor
                        ? "descriptor '" + sig.name + "' of '" + b.owner + "' object needs an argument"
                        : "unbound method " + b.owner + "." + sig.name + "() needs an argument");
            }
        }
        switch (sig.style) {
            case ONE_ARG -> {
                if (nkw > 0) {
                    throw Errors.typeError(s, qualified(sig, b, ctor) + " takes no keyword arguments");
                }
                if (given != 1) {
                    throw Errors.typeError(s, qualified(sig, b, ctor) + " takes exactly one argument (" + given + " given)");
                }
            }
            case NO_ARGS -> {
                if (nkw > 0) {
                    throw Errors.typeError(s, qualified(sig, b, ctor) + " takes no keyword arguments");
                }
                if (given != 0) {
                    throw Errors.typeError(s, qualified(sig, b, ctor) + " takes no arguments (" + given + " given)");
                }
            }
            case POSITIONAL, WRAPPER -> {
                boolean wrapper = sig.style == Signature.Style.WRAPPER;
                if (nkw > 0) {
                    throw Errors.typeError(s, (wrapper ? "wrapper " + sig.name + "()" : qualified(sig, b, ctor))
                            + " takes no keyword arguments");
                }
                // A wrapper with optional arguments (ternary __pow__, __get__) names no function.
                String prefix = wrapper ? (min == max && !namelessWrapper(b) ? "" : " ") : (ctor ? b.owner : sig.name) + " ";
                if (!sig.varargs && (given > max || given < min)) {
                    String bound = min == max ? "" : given > max ? "at most " : "at least ";
                    int n = given > max ? max : min;
                    throw Errors.typeError(s, prefix + "expected " + bound + n + " argument"
                            + (n == 1 ? "" : "s") + ", got " + given);
                }
                if (sig.varargs && given < min) {
                    throw Errors.typeError(s, prefix + "expected at least " + min + " argument"
                            + (min == 1 ? "" : "s") + ", got " + given);
                }
            }
            case GETARGS -> {
                if (nkw > 0) {
                    throw Errors.typeError(s, qualified(sig, b, ctor) + " takes no keyword arguments");
                }
                if (given > max || given < min) {
                    String bound = min == max ? "exactly " : given > max ? "at most " : "at least ";
                    int n = given > max ? max : min;
                    throw Errors.typeError(s, sig.name + "() takes " + bound + n + " argument"
                            + (n == 1 ? "" : "s") + " (" + given + " given)");
                }
            }
            case KEYWORDS -> {
                // Argument Clinic's order: all arguments, positional ones, required positional-only ones.
                String name = ctor ? b.owner : sig.name;
                if (ctor && sig.varkw && !sig.varargs && given > max) {
                    // dict(): positional arguments counted apart from its **kwargs
                    throw Errors.typeError(s, name + " expected at most " + max + " argument"
                            + (max == 1 ? "" : "s") + ", got " + given);
                }
                if (!sig.varargs && !sig.varkw) {
                    int maxArgs = sig.positional + sig.kwOnly - self;
                    if (given + nkw > maxArgs) {
                        throw Errors.typeError(s, name + "() takes at most " + maxArgs + " "
                                + (given == 0 ? "keyword " : "") + "argument" + (maxArgs == 1 ? "" : "s")
                                + " (" + (given + nkw) + " given)");
                    }
                }
                if (!sig.varargs && given > max) {
                    throw Errors.typeError(s, max == 0 ? name + "() takes no positional arguments"
                            : name + "() takes at most " + max + " positional argument"
                            + (max == 1 ? "" : "s") + " (" + given + " given)");
                }
                int minPositional = 0;
                for (int i = self; i < sig.posOnly; i++) {
                    if (sig.defaults[i] == 0) {
                        minPositional++;
                    }
                }
                if (given < minPositional) {
                    throw Errors.typeError(s, name + "() takes " + (minPositional == max ? "exactly " : "at least ")
                            + minPositional + " positional argument" + (minPositional == 1 ? "" : "s")
                            + " (" + given + " given)");
                }
            }
        }
    }

    private static PyException missingBuiltin(Space s, Signature sig, Builtin b, List<String> missing, int npos) {
        int self = b.owner != null ? 1 : 0;
        String first = missing.get(0);
        int pos = 0;
        for (int i = 0; i < sig.names.length; i++) {
            if (sig.names[i].equals(first)) {
                pos = i + 1 - self;
            }
        }
        String name = b.constructor ? b.owner : sig.name;
        return Errors.typeError(s, name + "() missing required argument '" + first + "' (pos " + pos + ")");
    }

    /** A builtin's signature seen by the binder (names for keyword matching). */
    private record SigParams(Signature sig, boolean method) implements ArgBinder.Params {
        @Override public String[] names() { return sig.names; }
        @Override public int posOnly() { return sig.posOnly; }
        @Override public int positional() { return sig.positional; }
        @Override public int kwOnly() { return sig.kwOnly; }
        @Override public boolean varargs() { return sig.varargs; }
        @Override public boolean varkw() { return sig.varkw; }
        @Override public boolean varargsFirst() { return true; }
        @Override public boolean builtinWording() { return true; }
        @Override public int selfCount() { return method ? 1 : 0; }
    }

    // ---------------------------------------------------------------- conveniences for Java callers

    /** Calls the callable in root slot {@code calleeSlot} with the arguments in the next {@code n} slots. */
    static long callSlots(Space s, int calleeSlot, int n) {
        return call(s, calleeSlot, calleeSlot + 1, n, -1);
    }

    /** Calls {@code callable(args...)}; the words are rooted for the duration of the call. */
    static long invoke(Space s, long callable, long... args) {
        ThreadState ts = s.ts;
        int base = ts.push(callable);
        for (long a : args) {
            ts.push(a);
        }
        try {
            return call(s, base, base + 1, args.length, -1);
        } finally {
            ts.truncate(base);
        }
    }
}
