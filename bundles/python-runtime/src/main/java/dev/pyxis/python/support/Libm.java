package dev.pyxis.python.support;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The platform C math library (glibc libm) called through the foreign function interface.
 * CPython's {@code math} module calls these very functions, so calling them too gives
 * bit-identical results on the same machine. The functions are pure and never call back into
 * Java, so the downcalls are critical (no thread state transition).
 */
final class Libm {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBM = lookup();

    private static final MethodHandle ACOS = unary("acos");
    private static final MethodHandle ACOSH = unary("acosh");
    private static final MethodHandle ASIN = unary("asin");
    private static final MethodHandle ASINH = unary("asinh");
    private static final MethodHandle ATAN = unary("atan");
    private static final MethodHandle ATANH = unary("atanh");
    private static final MethodHandle CBRT = unary("cbrt");
    private static final MethodHandle COS = unary("cos");
    private static final MethodHandle COSH = unary("cosh");
    private static final MethodHandle ERF = unary("erf");
    private static final MethodHandle ERFC = unary("erfc");
    private static final MethodHandle EXP = unary("exp");
    private static final MethodHandle EXP2 = unary("exp2");
    private static final MethodHandle EXPM1 = unary("expm1");
    private static final MethodHandle LOG = unary("log");
    private static final MethodHandle LOG10 = unary("log10");
    private static final MethodHandle LOG1P = unary("log1p");
    private static final MethodHandle LOG2 = unary("log2");
    private static final MethodHandle SIN = unary("sin");
    private static final MethodHandle SINH = unary("sinh");
    private static final MethodHandle TAN = unary("tan");
    private static final MethodHandle TANH = unary("tanh");
    private static final MethodHandle ATAN2 = binary("atan2");
    private static final MethodHandle FMOD = binary("fmod");
    private static final MethodHandle POW = binary("pow");
    private static final MethodHandle REMAINDER = binary("remainder");
    private static final MethodHandle NEXTAFTER = binary("nextafter");
    private static final MethodHandle LDEXP = handle("ldexp", FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE,
            ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_INT));

    private Libm() {}

    private static SymbolLookup lookup() {
        try {
            return SymbolLookup.libraryLookup("libm.so.6", Arena.global());
        } catch (IllegalArgumentException notThere) {
            // Not a glibc system by that name: the C library the JVM links is the best match.
            return LINKER.defaultLookup();
        }
    }

    private static MethodHandle unary(String name) {
        return handle(name, FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE));
    }

    private static MethodHandle binary(String name) {
        return handle(name, FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE,
                ValueLayout.JAVA_DOUBLE));
    }

    private static MethodHandle handle(String name, FunctionDescriptor descriptor) {
        var address = LIBM.find(name).or(() -> LINKER.defaultLookup().find(name))
                .orElseThrow(() -> new UnsatisfiedLinkError("libm has no " + name));
        return LINKER.downcallHandle(address, descriptor, Linker.Option.critical(false));
    }

    private static double call(MethodHandle h, double x) {
        try {
            return (double) h.invokeExact(x);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    private static double call(MethodHandle h, double x, double y) {
        try {
            return (double) h.invokeExact(x, y);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    static double acos(double x) { return call(ACOS, x); }
    static double acosh(double x) { return call(ACOSH, x); }
    static double asin(double x) { return call(ASIN, x); }
    static double asinh(double x) { return call(ASINH, x); }
    static double atan(double x) { return call(ATAN, x); }
    static double atanh(double x) { return call(ATANH, x); }
    static double cbrt(double x) { return call(CBRT, x); }
    static double cos(double x) { return call(COS, x); }
    static double cosh(double x) { return call(COSH, x); }
    static double erf(double x) { return call(ERF, x); }
    static double erfc(double x) { return call(ERFC, x); }
    static double exp(double x) { return call(EXP, x); }
    static double exp2(double x) { return call(EXP2, x); }
    static double expm1(double x) { return call(EXPM1, x); }
    static double log(double x) { return call(LOG, x); }
    static double log10(double x) { return call(LOG10, x); }
    static double log1p(double x) { return call(LOG1P, x); }
    static double log2(double x) { return call(LOG2, x); }
    static double sin(double x) { return call(SIN, x); }
    static double sinh(double x) { return call(SINH, x); }
    static double tan(double x) { return call(TAN, x); }
    static double tanh(double x) { return call(TANH, x); }
    static double atan2(double y, double x) { return call(ATAN2, y, x); }
    static double fmod(double x, double y) { return call(FMOD, x, y); }
    static double pow(double x, double y) { return call(POW, x, y); }
    static double remainder(double x, double y) { return call(REMAINDER, x, y); }
    static double nextafter(double x, double y) { return call(NEXTAFTER, x, y); }

    static double ldexp(double x, int n) {
        try {
            return (double) LDEXP.invokeExact(x, n);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
