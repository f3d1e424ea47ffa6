package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.NumberMethods.receiver;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.support.ComplexMath;
import dev.pyxis.python.support.ComplexParser;
import dev.pyxis.python.support.PyFailure;
import java.util.ArrayList;
import java.util.List;

/** The methods and attributes of complex. */
final class ComplexMethods {
    private ComplexMethods() {}

    private static long self(Space s, Builtin.Args a, String name) {
        return receiver(s, a.get(0), s.complexType, name);
    }

    private static final Builtin CONJUGATE = Builtin.method("complex", "conjugate(self, /)", (s, a) -> {
        long v = self(s, a, "conjugate");
        return s.newComplex(s.complexReal(v), -s.complexImag(v));
    });

    private static final Builtin COMPLEX = Builtin.method("complex", "__complex__(self, /)", (s, a) -> {
        long v = self(s, a, "__complex__");
        return v == a.get(0) ? v : s.newComplex(s.complexReal(v), s.complexImag(v));
    });

    private static final Builtin REPR = Builtin.method("complex", "__repr__(self, /)", (s, a) -> {
        long v = self(s, a, "__repr__");
        return s.newStr(ComplexMath.repr(s.complexReal(v), s.complexImag(v)));
    });

    private static final Builtin GETNEWARGS = Builtin.method("complex", "__getnewargs__(self, /)", (s, a) -> {
        long v = self(s, a, "__getnewargs__");
        double im = s.complexImag(v);
        return NumberMethods.pairOf(s, s.newFloat(s.complexReal(v)), () -> s.newFloat(im));
    });

    private static final Builtin REAL = Builtin.function("real(self, /)",
            (s, a) -> s.newFloat(s.complexReal(self(s, a, "real"))));
    private static final Builtin IMAG = Builtin.function("imag(self, /)",
            (s, a) -> s.newFloat(s.complexImag(self(s, a, "imag"))));

    /** complex(real=0, imag=0): the value of a new complex (CPython's rules for complex parts and strings). */
    static double[] construct(Space s, Builtin.Args a) {
        double[] r = {0.0, 0.0};
        boolean realComplex = false, imagComplex = false;
        double[] i = {0.0, 0.0};
        if (a.given(1)) {
            long w = a.get(1);
            if (s.isStr(w)) {
                if (a.given(2)) {
                    throw Errors.typeError(s, "complex() can't take second arg if first is a string");
                }
                try {
                    return ComplexParser.parse(s.str(w));
                } catch (PyFailure f) {
                    throw Errors.fromFailure(s, f);
                }
            }
            long m = Ops.userSpecial(s, w, "__complex__");
            if (m != 0) {
                long c = Ops.callSpecial(s, m, a.slot(1));
                if (!s.typeOf(c).isSubtypeOf(s.complexType)) {
                    throw Errors.typeError(s, "__complex__ returned non-complex (type " + s.typeOf(c).name + ")");
                }
                r = new double[] {s.complexReal(c), s.complexImag(c)};
                realComplex = true;
            } else if (s.typeOf(w).isSubtypeOf(s.complexType)) {
                r = new double[] {s.complexReal(w), s.complexImag(w)};
                realComplex = true;
            } else {
                r[0] = NumberMethods.asDouble(s, a.slot(1),
                        "complex() first argument must be a string or a number, not '" + s.typeOf(w).name + "'");
            }
        }
        if (a.given(2)) {
            long w = a.get(2);
            if (s.isStr(w)) {
                throw Errors.typeError(s, "complex() second arg can't be a string");
            }
            if (s.typeOf(w).isSubtypeOf(s.complexType)) {
                i = new double[] {s.complexReal(w), s.complexImag(w)};
                imagComplex = true;
            } else {
                i[0] = NumberMethods.asDouble(s, a.slot(2),
                        "complex() second argument must be a number, not '" + s.typeOf(w).name + "'");
            }
        } else {
            // Without an imaginary argument the real argument's own imaginary part stays as is.
            return r;
        }
        double re = imagComplex ? r[0] - i[1] : r[0];
        double im = realComplex ? i[0] + r[1] : i[0];
        return new double[] {re, im};
    }

    private static final List<Builtin> METHODS = new ArrayList<>();

    static {
        METHODS.addAll(NumberMethods.binaryMethods("complex", Numbers.COMPLEX, false, BinaryOp.ADD, BinaryOp.SUBTRACT,
                BinaryOp.MULTIPLY, BinaryOp.TRUE_DIVIDE, BinaryOp.POWER));
        METHODS.addAll(NumberMethods.comparisonMethods("complex", Numbers.COMPLEX));
        METHODS.addAll(NumberMethods.unaryMethods("complex", Numbers.COMPLEX, "__neg__", "__pos__", "__abs__"));
        METHODS.addAll(NumberMethods.commonMethods("complex", Numbers.COMPLEX));
        METHODS.addAll(List.of(CONJUGATE, COMPLEX, REPR, GETNEWARGS));
    }

    static void install(Space s) {
        NumberMethods.install(s, s.complexType, METHODS);
        NumberMethods.attribute(s, s.complexType, REAL);
        NumberMethods.attribute(s, s.complexType, IMAG);
    }
}
