package dev.pyxis.python.runtime;

/**
 * BaseExceptionGroup and ExceptionGroup: construction, message/exceptions (held in the reserved
 * EXTRA slots), split/subgroup/derive, and the two instructions of {@code except*}
 * (CHECK_EG_MATCH, PREP_RERAISE_STAR).
 */
final class ExceptionGroups {
    private ExceptionGroups() {}

    /** How a split decides that an exception matches. */
    private enum Matcher { TYPES, PREDICATE, LEAVES }

    static boolean isGroup(Space s, long w) {
        return Exceptions.matches(s, w, "BaseExceptionGroup");
    }

    /** BaseExceptionGroup.__new__(cls, message, exceptions) with its arguments in the tuple in {@code argsSlot}. */
    static long create(Space s, PyType cls, int argsSlot) {
        long args = s.ts.get(argsSlot);
        long n = Space.length(args);
        if (n != 2) {
            throw Errors.typeError(s, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + n + " given)");
        }
        if (!s.isStr(Space.item(args, 0))) {
            throw Errors.typeError(s, "BaseExceptionGroup.__new__() argument 1 must be str, not "
                    + s.typeOf(Space.item(args, 0)).name);
        }
        long seq = Space.item(args, 1);
        PyType st = s.typeOf(seq);
        if (!st.isSubtypeOf(s.listType) && !st.isSubtypeOf(s.tupleType)) {
            throw Errors.typeError(s, "second argument (exceptions) must be a sequence");
        }
        int items = s.ts.push(seq);
        try {
            s.ts.set(items, BuiltinFunctions.tupleOf(s, items));
            long tuple = s.ts.get(items);
            long count = Space.length(tuple);
            if (count == 0) {
                throw Errors.valueError(s, "second argument (exceptions) must be a non-empty sequence");
            }
            boolean nestsBase = false;
            PyType exception = s.builtinTypes.get("Exception");
            for (long i = 0; i < count; i++) {
                long e = Space.item(tuple, i);
                if (!Exceptions.isException(s, e)) {
                    throw Errors.valueError(s, "Item " + i + " of second argument (exceptions) is not an exception");
                }
                nestsBase |= !s.typeOf(e).isSubtypeOf(exception);
            }
            PyType base = s.builtinTypes.get("BaseExceptionGroup");
            PyType group = s.builtinTypes.get("ExceptionGroup");
            if (cls == base) {
                if (!nestsBase) {
                    cls = group;
                }
            } else if (cls == group) {
                if (nestsBase) {
                    throw Errors.typeError(s, "Cannot nest BaseExceptions in an ExceptionGroup");
                }
            } else if (nestsBase && cls.isSubtypeOf(exception)) {
                throw Errors.typeError(s, "Cannot nest BaseExceptions in '" + cls.name + "'");
            }
            int e = s.ts.push(Exceptions.allocate(s, cls));
            Exceptions.setSlot(s, s.ts.get(e), Exceptions.ARGS, s.ts.get(argsSlot));
            Exceptions.setSlot(s, s.ts.get(e), Exceptions.EXTRA0, Space.item(s.ts.get(argsSlot), 0));
            Exceptions.setSlot(s, s.ts.get(e), Exceptions.EXTRA1, s.ts.get(items));
            return s.ts.get(e);
        } finally {
            s.ts.truncate(items);
        }
    }

    /** ExceptionGroup(message, exceptions) for the list or tuple in {@code excsSlot}. */
    static long newGroup(Space s, String message, int excsSlot) {
        int b = s.ts.push(s.newStr(message));
        s.ts.push(s.ts.get(excsSlot));
        try {
            int args = s.ts.push(s.newTupleFromRoots(b, 2));
            return create(s, s.builtinTypes.get("BaseExceptionGroup"), args);
        } finally {
            s.ts.truncate(b);
        }
    }

    private static long exceptions(long eg) {
        return Exceptions.slot(eg, Exceptions.EXTRA1);
    }

    // ---------------------------------------------------------------- split and subgroup

    private static Matcher matcher(Space s, int conditionSlot) {
        long c = s.ts.get(conditionSlot);
        PyType base = s.builtinTypes.get("BaseException");
        PyType ct = s.asType(c);
        if (ct != null && ct.isSubtypeOf(base)) {
            return Matcher.TYPES;
        }
        if (ct == null && s.typeOf(c) == s.tupleType) {
            boolean all = true;
            for (long i = 0; i < Space.length(c) && all; i++) {
                PyType it = s.asType(Space.item(c, i));
                all = it != null && it.isSubtypeOf(base);
            }
            if (all) {
                return Matcher.TYPES;
            }
        }
        if (ct == null && s.typeOf(c).lookup("__call__") != 0 || s.typeOf(c) == s.functionType
                || s.typeOf(c) == s.builtinType || s.typeOf(c) == s.methodType) {
            return Matcher.PREDICATE;
        }
        throw Errors.typeError(s, "expected an exception type, a tuple of exception types, or a callable (other than a class)");
    }

    private static boolean matches(Space s, int excSlot, int conditionSlot, Matcher m) {
        switch (m) {
            case TYPES -> {
                return CallSupport.exceptionMatches(s, excSlot, conditionSlot);
            }
            case PREDICATE -> {
                int b = s.ts.push(s.ts.get(conditionSlot));
                s.ts.push(s.ts.get(excSlot));
                try {
                    s.ts.set(b, Calls.callSlots(s, b, 1));
                    return Ops.truth(s, b);
                } finally {
                    s.ts.truncate(b);
                }
            }
            default -> {
                long e = s.ts.get(excSlot);
                if (isGroup(s, e)) {
                    return false;
                }
                long leaves = s.ts.get(conditionSlot);
                for (long i = 0; i < Lists.size(leaves); i++) {
                    if (Lists.get(leaves, i) == e) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /**
     * Splits the exception in {@code excSlot}: the matching part goes to {@code matchOut}, the
     * rest (when wanted) to {@code restOut}; None for an empty part.
     */
    private static void split(Space s, int excSlot, int conditionSlot, Matcher m, boolean wantRest, int matchOut,
            int restOut) {
        if (matches(s, excSlot, conditionSlot, m)) {
            s.ts.set(matchOut, s.ts.get(excSlot));
            s.ts.set(restOut, Py.NONE);
            return;
        }
        if (!isGroup(s, s.ts.get(excSlot))) {
            s.ts.set(matchOut, Py.NONE);
            s.ts.set(restOut, wantRest ? s.ts.get(excSlot) : Py.NONE);
            return;
        }
        int matched = s.ts.push(Lists.create(s, 0));
        int rest = s.ts.push(Lists.create(s, 0));
        int items = s.ts.push(exceptions(s.ts.get(excSlot)));
        int item = s.ts.push(0);
        int subMatch = s.ts.push(Py.NONE);
        int subRest = s.ts.push(Py.NONE);
        try {
            for (long i = 0; i < Space.length(s.ts.get(items)); i++) {
                s.ts.set(item, Space.item(s.ts.get(items), i));
                split(s, item, conditionSlot, m, wantRest, subMatch, subRest);
                if (s.ts.get(subMatch) != Py.NONE) {
                    Lists.append(s, matched, subMatch);
                }
                if (s.ts.get(subRest) != Py.NONE) {
                    Lists.append(s, rest, subRest);
                }
            }
            long mv = Lists.size(s.ts.get(matched)) > 0 ? deriveAndCopy(s, excSlot, matched) : Py.NONE;
            s.ts.set(matchOut, mv);
            long rv = wantRest && Lists.size(s.ts.get(rest)) > 0 ? deriveAndCopy(s, excSlot, rest) : Py.NONE;
            s.ts.set(restOut, rv);
        } finally {
            s.ts.truncate(matched);
        }
    }

    /** {@code eg.derive(excs)} with eg's traceback, cause, context and a copy of its notes. */
    private static long deriveAndCopy(Space s, int egSlot, int excsSlot) {
        int b = s.ts.push(Attributes.get(s, egSlot, "derive"));
        s.ts.push(s.ts.get(excsSlot));
        try {
            s.ts.set(b, Calls.callSlots(s, b, 1));
            if (!isGroup(s, s.ts.get(b))) {
                throw Errors.typeError(s, "derive must return an instance of BaseExceptionGroup");
            }
            long eg = s.ts.get(egSlot);
            for (int i : new int[] {Exceptions.TRACEBACK, Exceptions.CAUSE, Exceptions.CONTEXT}) {
                Exceptions.setSlot(s, s.ts.get(b), i, Exceptions.slot(s.ts.get(egSlot), i));
            }
            Exceptions.setSlot(s.ts.get(b), Exceptions.SUPPRESS_CONTEXT, Exceptions.slot(eg, Exceptions.SUPPRESS_CONTEXT));
            long notes = Instances.get(s, s.ts.get(egSlot), "__notes__");
            if (notes != 0) {
                int n = s.ts.push(notes);
                if (s.typeOf(notes) == s.listType) {
                    int copy = s.ts.push(Lists.create(s, Lists.size(notes)));
                    int note = s.ts.push(0);
                    for (long i = 0; i < Lists.size(s.ts.get(n)); i++) {
                        s.ts.set(note, Lists.get(s.ts.get(n), i));
                        Lists.append(s, copy, note);
                    }
                    s.ts.set(n, s.ts.get(copy));
                }
                Instances.set(s, b, "__notes__", n);
            }
            return s.ts.get(b);
        } finally {
            s.ts.truncate(b);
        }
    }

    private static final Builtin SPLIT = Builtin.method("BaseExceptionGroup", "split(self, condition, /)", (s, a) -> {
        Matcher m = matcher(s, a.slot(1));
        int out = s.ts.push(Py.NONE);
        s.ts.push(Py.NONE);
        try {
            split(s, a.slot(0), a.slot(1), m, true, out, out + 1);
            return s.newTupleFromRoots(out, 2);
        } finally {
            s.ts.truncate(out);
        }
    });

    private static final Builtin SUBGROUP = Builtin.method("BaseExceptionGroup", "subgroup(self, condition, /)", (s, a) -> {
        Matcher m = matcher(s, a.slot(1));
        int out = s.ts.push(Py.NONE);
        s.ts.push(Py.NONE);
        try {
            split(s, a.slot(0), a.slot(1), m, false, out, out + 1);
            return s.ts.get(out);
        } finally {
            s.ts.truncate(out);
        }
    });

    private static final Builtin DERIVE = Builtin.method("BaseExceptionGroup", "derive(self, excs, /)", (s, a) -> {
        int b = s.ts.push(Exceptions.slot(a.get(0), Exceptions.EXTRA0));
        s.ts.push(a.get(1));
        try {
            int args = s.ts.push(s.newTupleFromRoots(b, 2));
            return create(s, s.builtinTypes.get("BaseExceptionGroup"), args);
        } finally {
            s.ts.truncate(b);
        }
    });

    private static final Builtin CLASS_GETITEM = Builtin.method("BaseExceptionGroup",
            Signature.parse("__class_getitem__(cls, item, /)").withStyle(Signature.Style.ONE_ARG),
            (s, a) -> GenericAlias.create(s, a.slot(0), a.slot(1)));

    static void install(Space s) {
        PyType t = s.builtinTypes.get("BaseExceptionGroup");
        for (Builtin b : new Builtin[] {SPLIT, SUBGROUP, DERIVE}) {
            Builtins.method(s, t, b);
        }
        Builtins.classMethod(s, t, CLASS_GETITEM);
    }

    // ---------------------------------------------------------------- except*

    /** CHECK_EG_MATCH: [exc, type] -> [rest, match]; returns the new stack top. */
    static int checkMatch(Space s, int sp) {
        int exc = sp - 2;
        int type = sp - 1;
        CallSupport.checkExceptionType(s, type);
        long t = s.ts.get(type);
        PyType group = s.builtinTypes.get("BaseExceptionGroup");
        boolean catchesGroup = s.typeOf(t) == s.tupleType ? anySubtype(s, t, group) : s.asType(t).isSubtypeOf(group);
        if (catchesGroup) {
            throw Errors.typeError(s, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        long e = s.ts.get(exc);
        if (e == Py.NONE) {
            s.ts.set(type, Py.NONE);
            return sp;
        }
        if (CallSupport.exceptionMatches(s, exc, type)) {
            if (isGroup(s, e)) {
                s.ts.set(type, e);
            } else {
                int one = s.ts.push(s.newTupleFromRoots(exc, 1));
                try {
                    long wrapped = newGroup(s, "", one);
                    Exceptions.setSlot(s, wrapped, Exceptions.TRACEBACK, Exceptions.slot(s.ts.get(exc), Exceptions.TRACEBACK));
                    s.ts.set(type, wrapped);
                } finally {
                    s.ts.truncate(one);
                }
            }
            s.ts.set(exc, Py.NONE);
        } else if (isGroup(s, e)) {
            int out = s.ts.push(Py.NONE);
            s.ts.push(Py.NONE);
            try {
                split(s, exc, type, Matcher.TYPES, true, out, out + 1);
                s.ts.set(exc, s.ts.get(out + 1));
                s.ts.set(type, s.ts.get(out));
            } finally {
                s.ts.truncate(out);
            }
        } else {
            s.ts.set(type, Py.NONE);
        }
        if (s.ts.get(type) != Py.NONE) {
            s.ts.set(s.ts.handled, s.ts.get(type));
        }
        return sp;
    }

    private static boolean anySubtype(Space s, long tuple, PyType t) {
        for (long i = 0; i < Space.length(tuple); i++) {
            if (s.asType(Space.item(tuple, i)).isSubtypeOf(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * PREP_RERAISE_STAR: from the original exception and the list of what the except* clauses
     * raised or left unhandled, the exception to re-raise, or None.
     */
    static long prepReraise(Space s, int origSlot, int listSlot) {
        long list = s.ts.get(listSlot);
        long n = Lists.size(list);
        if (n == 0) {
            return Py.NONE;
        }
        if (!isGroup(s, s.ts.get(origSlot))) {
            // A naked exception was wrapped: at most one clause ran.
            return Lists.get(list, 0);
        }
        int raised = s.ts.push(Lists.create(s, 0));
        int reraised = s.ts.push(Lists.create(s, 0));
        int item = s.ts.push(0);
        int out = s.ts.push(Py.NONE);
        s.ts.push(Py.NONE);
        try {
            for (long i = 0; i < n; i++) {
                long e = Lists.get(s.ts.get(listSlot), i);
                if (e == Py.NONE) {
                    continue;
                }
                s.ts.set(item, e);
                if (sameMetadata(s, e, s.ts.get(origSlot))) {
                    collectLeaves(s, item, reraised);
                } else {
                    Lists.append(s, raised, item);
                }
            }
            if (Lists.size(s.ts.get(reraised)) > 0) {
                split(s, origSlot, reraised, Matcher.LEAVES, false, out, out + 1);
            }
            if (Lists.size(s.ts.get(raised)) == 0) {
                return s.ts.get(out);
            }
            if (s.ts.get(out) != Py.NONE) {
                Lists.append(s, raised, out);
            }
            if (Lists.size(s.ts.get(raised)) == 1) {
                return Lists.get(s.ts.get(raised), 0);
            }
            return newGroup(s, "", raised);
        } finally {
            s.ts.truncate(raised);
        }
    }

    /** Whether {@code e} is a part split off {@code orig} (same traceback, cause, context and notes). */
    private static boolean sameMetadata(Space s, long e, long orig) {
        if (!Exceptions.isException(s, e)) {
            return false;
        }
        return Exceptions.slot(e, Exceptions.TRACEBACK) == Exceptions.slot(orig, Exceptions.TRACEBACK)
                && Exceptions.slot(e, Exceptions.CAUSE) == Exceptions.slot(orig, Exceptions.CAUSE)
                && Exceptions.slot(e, Exceptions.CONTEXT) == Exceptions.slot(orig, Exceptions.CONTEXT);
    }

    /** Appends the leaf exceptions of the exception (group) in {@code excSlot} to the list in {@code listSlot}. */
    private static void collectLeaves(Space s, int excSlot, int listSlot) {
        long e = s.ts.get(excSlot);
        if (!isGroup(s, e)) {
            Lists.append(s, listSlot, excSlot);
            return;
        }
        int items = s.ts.push(exceptions(e));
        int item = s.ts.push(0);
        try {
            for (long i = 0; i < Space.length(s.ts.get(items)); i++) {
                s.ts.set(item, Space.item(s.ts.get(items), i));
                collectLeaves(s, item, listSlot);
            }
        } finally {
            s.ts.truncate(items);
        }
    }
}
