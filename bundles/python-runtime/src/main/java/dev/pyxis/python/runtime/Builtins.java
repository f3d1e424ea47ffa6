package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import java.lang.invoke.MethodHandles;

/**
 * Installs the builtin types' methods and the builtins module into a space. Each group of
 * definitions lives in its own class with an {@code install(Space)}; they are listed here once,
 * in dependency order.
 */
final class Builtins {
    private Builtins() {}

    /** The classes whose static initializers build the builtin tables, in {@link #install}'s order. */
    private static final Class<?>[] TABLES = {ObjectMethods.class, TypeMethods.class, ExceptionMethods.class,
        ExceptionGroups.class, FunctionMethods.class, ModuleMethods.class, NativeAttributes.class, Streams.class,
        FileObjects.class, BuiltinFunctions.class, StrMethods.class, BytesMethods.class, MemoryViews.class,
        ListMethods.class, TupleMethods.class, DictMethods.class, SetMethods.class, RangeMethods.class,
        SliceMethods.class, IteratorMethods.class, GeneratorMethods.class, EvalBuiltins.class, IntMethods.class,
        FloatMethods.class, ComplexMethods.class};

    /** Runs the static initializers of the builtin tables ({@link Runtime#prepareInBackground}). */
    static void initializeTables() {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (Class<?> c : TABLES) {
            try {
                lookup.ensureInitialized(c);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static void install(Space s) {
        s.builtinsRoot = s.heap.globals().register(Dicts.create(s));
        ObjectMethods.install(s);
        TypeMethods.install(s);
        ExceptionMethods.install(s);
        ExceptionGroups.install(s);
        FunctionMethods.install(s);
        ModuleMethods.install(s);
        NativeAttributes.install(s);
        Streams.install(s);
        FileObjects.install(s);
        BuiltinFunctions.install(s);
        StrMethods.install(s);
        BytesMethods.install(s);
        MemoryViews.install(s);
        ListMethods.install(s);
        TupleMethods.install(s);
        DictMethods.install(s);
        SetMethods.install(s);
        RangeMethods.install(s);
        SliceMethods.install(s);
        IteratorMethods.install(s);
        GeneratorMethods.install(s);
        EvalBuiltins.install(s);
        IntMethods.install(s);
        FloatMethods.install(s);
        ComplexMethods.install(s);
        for (PyType t : s.builtinTypes.values()) {
            if (!t.name.contains(".") && isPublic(t)) {
                defineValue(s, t.name, s.typeWord(t));
            }
        }
        defineValue(s, "IOError", s.typeWord(s.builtinTypes.get("OSError")));
        defineValue(s, "EnvironmentError", s.typeWord(s.builtinTypes.get("OSError")));
        defineValue(s, "None", Py.NONE);
        defineValue(s, "Ellipsis", Py.ELLIPSIS);
        defineValue(s, "NotImplemented", Py.NOT_IMPLEMENTED);
        defineValue(s, "True", Py.TRUE);
        defineValue(s, "False", Py.FALSE);
        defineValue(s, "__debug__", Py.TRUE);
        defineValue(s, "__name__", s.newStr("builtins"));
        defineValue(s, "__doc__", s.newStr("The names every module sees without importing them: builtin functions, "
                + "types, exceptions and constants."));
        defineValue(s, "__package__", s.newStr(""));
        // No import machinery stands behind builtins here (CPython's are its frozen importlib's).
        defineValue(s, "__spec__", Py.NONE);
        defineValue(s, "__loader__", Py.NONE);
    }

    /** Types that the builtins module names (iterator types, function etc. are reachable only through type()). */
    private static boolean isPublic(PyType t) {
        return switch (t.nativeKind) {
            case NONE, NOT_IMPLEMENTED, ELLIPSIS, FUNCTION, BUILTIN, METHOD, CODE, CELL, MODULE, GENERATOR,
                    COROUTINE, ASYNC_GENERATOR, TRACEBACK, FRAME, ITERATOR, OTHER -> false;
            default -> true;
        };
    }

    /** Stores a value in the builtins module's namespace. */
    static void defineValue(Space s, String name, long value) {
        int d = s.ts.push(s.builtinsDict());
        Dicts.putStr(s, d, name, value);
        s.ts.truncate(d);
    }

    /** Defines a builtin function in the builtins module. */
    static void function(Space s, Builtin b) {
        defineValue(s, b.name(), Methods.builtin(s, b));
    }

    /** Defines a method of a builtin type (a descriptor that binds to instances). */
    static void method(Space s, PyType t, Builtin b) {
        t.put(b.name(), Methods.builtin(s, b));
    }

    /** Defines a static method (e.g. __new__, str.maketrans) of a builtin type. */
    static void staticMethod(Space s, PyType t, Builtin b) {
        int fn = s.ts.push(Methods.builtin(s, b));
        long sm = s.allocFixed(OBJ1, s.staticmethodType.rootShape);
        Space.putRaw(sm, F1, s.ts.get(fn));
        s.ts.truncate(fn);
        t.put(b.name(), sm);
    }

    /** Defines a class method (e.g. dict.fromkeys) of a builtin type. */
    static void classMethod(Space s, PyType t, Builtin b) {
        int fn = s.ts.push(Methods.builtin(s, b));
        long cm = s.allocFixed(OBJ1, s.classmethodType.rootShape);
        Space.putRaw(cm, F1, s.ts.get(fn));
        s.ts.truncate(fn);
        t.put(b.name(), cm);
    }

    /** sys.displayhook for interactive statements: prints repr(value) unless None, keeps it as _. */
    static void displayHook(Space s, int valueSlot) {
        long v = s.ts.get(valueSlot);
        if (v == Py.NONE) {
            return;
        }
        Streams.writeStdout(s, Ops.reprString(s, valueSlot) + "\n");
        defineValue(s, "_", s.ts.get(valueSlot));
    }
}
