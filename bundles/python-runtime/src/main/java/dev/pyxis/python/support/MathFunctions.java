package dev.pyxis.python.support;

import java.math.BigInteger;

/**
 * The functions of Python 3.11's {@code math} module and float {@code **}, on Java values,
 * with CPython's results bit for bit and its exceptions ({@link PyFailure}: ValueError "math
 * domain error", OverflowError "math range error" and the per-function messages). The object
 * space converts the arguments (to double, or long/BigInteger for the integer functions) and
 * wraps the results.
 *
 * <p>Most functions are glibc's libm, which CPython calls too; the rest (gamma, lgamma,
 * hypot, dist, fsum, logs of big integers and the integer functions) are computed here.
 */
public final class MathFunctions {
    public static final double PI = Math.PI;
    public static final double E = Math.E;
    public static final double TAU = 2.0 * Math.PI;
    public static final double INF = Double.POSITIVE_INFINITY;
    public static final double NAN = Double.NaN;

    private static final double LN2 = Libm.log(2.0);
    private static final double LOG10_2 = Libm.log10(2.0);
    private static final double DEGREES_PER_RADIAN = 180.0 / Math.PI;
    private static final double RADIANS_PER_DEGREE = Math.PI / 180.0;

    private MathFunctions() {}

    static PyFailure domainError() {
        return PyFailure.valueError("math domain error");
    }

    static PyFailure rangeError() {
        return PyFailure.overflowError("math range error");
    }

    /**
     * CPython's verdict on a libm result: NaN from a non-NaN argument is a domain error; an
     * infinity from a finite argument is a range error when the function can overflow there,
     * else a domain error (a pole).
     */
    private static double checked(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x)) {
                throw domainError();
            }
        } else if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    private static double checked2(double x, double y, double r, boolean canOverflow) {
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
        } else if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    // ---- trigonometric and hyperbolic ----

    public static double acos(double x) { return checked(x, Libm.acos(x), false); }
    public static double asin(double x) { return checked(x, Libm.asin(x), false); }
    public static double atan(double x) { return checked(x, Libm.atan(x), false); }
    public static double cos(double x) { return checked(x, Libm.cos(x), false); }
    public static double sin(double x) { return checked(x, Libm.sin(x), false); }
    public static double tan(double x) { return checked(x, Libm.tan(x), false); }
    public static double acosh(double x) { return checked(x, Libm.acosh(x), false); }
    public static double asinh(double x) { return checked(x, Libm.asinh(x), false); }
    public static double atanh(double x) { return checked(x, Libm.atanh(x), false); }
    public static double cosh(double x) { return checked(x, Libm.cosh(x), true); }
    public static double sinh(double x) { return checked(x, Libm.sinh(x), true); }
    public static double tanh(double x) { return checked(x, Libm.tanh(x), false); }

    /** atan2(y, x); any NaN argument gives the standard quiet NaN. */
    public static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        return Libm.atan2(y, x);
    }

    /** Radians to degrees (may overflow to inf without error). */
    public static double degrees(double x) { return x * DEGREES_PER_RADIAN; }

    /** Degrees to radians. */
    public static double radians(double x) { return x * RADIANS_PER_DEGREE; }

    // ---- exponential and logarithmic ----

    public static double exp(double x) { return checked(x, Libm.exp(x), true); }
    public static double exp2(double x) { return checked(x, Libm.exp2(x), true); }
    public static double expm1(double x) { return checked(x, Libm.expm1(x), true); }
    public static double log1p(double x) { return checked(x, Libm.log1p(x), false); }
    public static double cbrt(double x) { return checked(x, Libm.cbrt(x), false); }
    public static double erf(double x) { return checked(x, Libm.erf(x), false); }
    public static double erfc(double x) { return checked(x, Libm.erfc(x), false); }

    /** Natural logarithm of a float: NaN and +inf pass through, x &lt;= 0 is a domain error. */
    public static double log(double x) {
        if (!(x > 0.0)) {
            if (Double.isNaN(x)) {
                return x;
            }
            throw domainError();
        }
        return Double.isInfinite(x) ? x : Libm.log(x);
    }

    /** Base-2 logarithm of a float, rules as {@link #log(double)}. */
    public static double log2(double x) {
        if (!(x > 0.0)) {
            if (Double.isNaN(x)) {
                return x;
            }
            throw domainError();
        }
        return Double.isInfinite(x) ? x : Libm.log2(x);
    }

    /** Base-10 logarithm of a float, rules as {@link #log(double)}. */
    public static double log10(double x) {
        if (!(x > 0.0)) {
            if (Double.isNaN(x)) {
                return x;
            }
            throw domainError();
        }
        return Double.isInfinite(x) ? x : Libm.log10(x);
    }

    /** Natural logarithm of an integer of any size; non-positive is a domain error. */
    public static double log(BigInteger n) {
        return intLog(n, 0);
    }

    /** Base-2 logarithm of an integer of any size. */
    public static double log2(BigInteger n) {
        return intLog(n, 1);
    }

    /** Base-10 logarithm of an integer of any size. */
    public static double log10(BigInteger n) {
        return intLog(n, 2);
    }

    /**
     * log of an integer: through its float value when that is finite, else as
     * log(m) + e * log(2) with n = m * 2^e, m in [0.5, 1) rounded to nearest.
     */
    private static double intLog(BigInteger n, int base) {
        if (n.signum() <= 0) {
            throw domainError();
        }
        double d = n.doubleValue();
        if (Double.isFinite(d)) {
            return switch (base) {
                case 0 -> Libm.log(d);
                case 1 -> Libm.log2(d);
                default -> Libm.log10(d);
            };
        }
        int e = n.bitLength();
        // The top 55 bits with a sticky bit below them round to 53 bits exactly once.
        long top = n.shiftRight(e - 55).longValue();
        if (n.getLowestSetBit() < e - 55) {
            top |= 1;
        }
        double m = Math.scalb((double) top, -55);
        if (m == 1.0) {
            // Rounded up to the next power of two: renormalize into [0.5, 1) as frexp would.
            m = 0.5;
            e++;
        }
        return switch (base) {
            case 0 -> Libm.log(m) + e * LN2;
            case 1 -> Libm.log2(m) + e;
            default -> Libm.log10(m) + e * LOG10_2;
        };
    }

    /**
     * {@code math.log(x, base)} from the two natural logarithms (each from {@link #log}).
     *
     * @throws PyFailure ZeroDivisionError "float division by zero" when log(base) is zero
     */
    public static double logOfBase(double logX, double logBase) {
        if (logBase == 0.0) {
            throw PyFailure.zeroDivision("float division by zero");
        }
        return logX / logBase;
    }

    /** Square root; negative arguments are a domain error, -0.0 gives -0.0. */
    public static double sqrt(double x) {
        if (x < 0.0) {
            throw domainError();
        }
        return Math.sqrt(x);
    }

    /** {@code math.pow}: C99 special values, 0 to a negative power is a domain error. */
    public static double pow(double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0.0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        double r = Libm.pow(x, y);
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (Double.isNaN(r)) {
                throw domainError();
            }
            if (Double.isInfinite(r)) {
                throw x == 0.0 ? domainError() : rangeError();
            }
        }
        return r;
    }

    /** Thrown by {@link #floatPower} when the result is complex; carries nothing. */
    public static final class ComplexPowerRequired extends RuntimeException {
        private static final ComplexPowerRequired INSTANCE = new ComplexPowerRequired();

        private ComplexPowerRequired() {
            super("negative number to a fractional power", null, false, false);
        }
    }

    /** Whether {@code x ** y} on floats has a complex result (negative base, fractional power). */
    public static boolean isComplexPower(double x, double y) {
        return x < 0.0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.floor(y);
    }

    /**
     * {@code float.__pow__}: like {@link #pow} but 0.0 to a negative power is
     * ZeroDivisionError "0.0 cannot be raised to a negative power" and overflow is
     * OverflowError "(34, 'Numerical result out of range')".
     *
     * @throws ComplexPowerRequired for a negative finite base and a finite non-integer power:
     *     the caller computes the complex power
     */
    public static double floatPower(double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0.0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (x == 0.0 && y < 0.0) {
                throw PyFailure.zeroDivision("0.0 cannot be raised to a negative power");
            }
            if (x < 0.0 && y != Math.floor(y)) {
                throw ComplexPowerRequired.INSTANCE;
            }
            double r = Libm.pow(x, y);
            if (Double.isInfinite(r)) {
                throw PyFailure.overflowError("(34, 'Numerical result out of range')");
            }
            return r;
        }
        return Libm.pow(x, y);
    }

    // ---- special functions ----

    /** The gamma function. */
    public static double gamma(double x) { return Gamma.gamma(x); }

    /** The natural logarithm of the absolute value of the gamma function. */
    public static double lgamma(double x) { return Gamma.lgamma(x); }

    // ---- floating-point manipulation ----

    public static double fabs(double x) { return Math.abs(x); }

    /** x with the sign bit of y (NaN signs included). */
    public static double copysign(double x, double y) { return Math.copySign(x, y); }

    public static boolean isfinite(double x) { return Double.isFinite(x); }
    public static boolean isinf(double x) { return Double.isInfinite(x); }
    public static boolean isnan(double x) { return Double.isNaN(x); }

    /**
     * {@code math.floor} of a float as an integral double; the object space makes the int
     * (see {@link #toInteger}).
     *
     * @throws PyFailure OverflowError "cannot convert float infinity to integer" or
     *     ValueError "cannot convert float NaN to integer"
     */
    public static double floor(double x) { return integral(Math.floor(x)); }

    /** {@code math.ceil} of a float as an integral double, errors as {@link #floor}. */
    public static double ceil(double x) { return integral(Math.ceil(x)); }

    /** {@code math.trunc} of a float as an integral double, errors as {@link #floor}. */
    public static double trunc(double x) { return integral(x < 0.0 ? Math.ceil(x) : Math.floor(x)); }

    private static double integral(double x) {
        if (!Double.isFinite(x)) {
            throw Double.isNaN(x)
                    ? PyFailure.valueError("cannot convert float NaN to integer")
                    : PyFailure.overflowError("cannot convert float infinity to integer");
        }
        return x;
    }

    /** The exact integer value of a finite integral double. */
    public static BigInteger toInteger(double integral) {
        if (Math.abs(integral) < 0x1p63) {
            return BigInteger.valueOf((long) integral);
        }
        long bits = Double.doubleToRawLongBits(integral);
        int exponent = (int) (bits >>> 52 & 0x7ff) - 1075;
        BigInteger magnitude = BigInteger.valueOf(bits & 0xfffffffffffffL | 1L << 52).shiftLeft(exponent);
        return integral < 0.0 ? magnitude.negate() : magnitude;
    }

    /** The mantissa of {@code math.frexp}: in [0.5, 1) or x itself for 0, inf and NaN. */
    public static double frexpMantissa(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        return Math.scalb(x, -frexpExponent(x));
    }

    /** The exponent of {@code math.frexp}: 0 for 0, inf and NaN. */
    public static int frexpExponent(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return 0;
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        return e + 1;
    }

    /** The fractional part of {@code math.modf} (sign of x; 0.0 with x's sign for infinities). */
    public static double modfFraction(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(0.0, x);
        }
        return Math.copySign(x - modfInteger(x), x);
    }

    /** The integral part of {@code math.modf}, with x's sign. */
    public static double modfInteger(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return Math.copySign(x < 0.0 ? Math.ceil(x) : Math.floor(x), x);
    }

    /**
     * x * 2^n. Exponents beyond the int range behave as the nearest int (the result is then
     * 0 or an overflow either way).
     *
     * @throws PyFailure OverflowError "math range error" when a finite x overflows
     */
    public static double ldexp(double x, long n) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        double r = Libm.ldexp(x, (int) Math.max(-1L << 20, Math.min(1L << 20, n)));
        if (Double.isInfinite(r)) {
            throw rangeError();
        }
        return r;
    }

    /** {@link #ldexp(double, long)} for an exponent of any size. */
    public static double ldexp(double x, BigInteger n) {
        return ldexp(x, n.bitLength() < 64 ? n.longValue() : n.signum() * Long.MAX_VALUE);
    }

    /** C's fmod: sign of x; infinite x or zero y is a domain error. */
    public static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        return checked2(x, y, Libm.fmod(x, y), false);
    }

    /** IEEE 754 remainder: x - n*y with n the integer nearest x/y. */
    public static double remainder(double x, double y) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x) || y == 0.0) {
            throw domainError();
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        return Libm.remainder(x, y);
    }

    /** The next float after x towards y. */
    public static double nextafter(double x, double y) { return Libm.nextafter(x, y); }

    /** The value of the least significant bit of x (x itself for NaN, |x| for inf). */
    public static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        return Math.ulp(x);
    }

    /**
     * {@code math.isclose(a, b, rel_tol=, abs_tol=)}.
     *
     * @throws PyFailure ValueError "tolerances must be non-negative"
     */
    public static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0.0 || absTol < 0.0) {
            throw PyFailure.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }

    // ---- sums and norms ----

    /** {@code math.fsum} of an array; see {@link FloatSum} for streaming use. */
    public static double fsum(double... xs) {
        FloatSum sum = new FloatSum();
        for (double x : xs) {
            sum.add(x);
        }
        return sum.sum();
    }

    /** The Euclidean norm, correctly rounded; inf if any coordinate is infinite, even with NaNs. */
    public static double hypot(double... xs) {
        return Norm.hypot(xs, xs.length);
    }

    /** Two-argument {@link #hypot(double...)} without an array. */
    public static double hypot(double x, double y) {
        return Norm.hypot2(x, y);
    }

    /**
     * The Euclidean distance between two points.
     *
     * @throws PyFailure ValueError "both points must have the same number of dimensions"
     */
    public static double dist(double[] p, double[] q) {
        if (p.length != q.length) {
            throw PyFailure.valueError("both points must have the same number of dimensions");
        }
        double[] d = new double[p.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = p[i] - q[i];
        }
        return Norm.hypot(d, d.length);
    }

    // ---- integers ----

    /** {@code math.factorial}. @throws PyFailure for negative or too large n */
    public static BigInteger factorial(BigInteger n) {
        if (n.signum() < 0) {
            throw PyFailure.valueError("factorial() not defined for negative values");
        }
        if (n.bitLength() > 63) {
            throw PyFailure.overflowError("factorial() argument should not exceed 9223372036854775807");
        }
        return IntegerFunctions.factorial(n.longValue());
    }

    /** {@code math.comb(n, k)}. */
    public static BigInteger comb(BigInteger n, BigInteger k) {
        return IntegerFunctions.comb(n, k);
    }

    /** {@code math.perm(n, k)}. */
    public static BigInteger perm(BigInteger n, BigInteger k) {
        return IntegerFunctions.perm(n, k);
    }

    /** {@code math.perm(n)}: n factorial, with perm's error message for negative n. */
    public static BigInteger perm(BigInteger n) {
        if (n.signum() < 0) {
            throw PyFailure.valueError("n must be a non-negative integer");
        }
        return factorial(n);
    }

    /** {@code math.isqrt}: the floor of the square root. */
    public static BigInteger isqrt(BigInteger n) {
        if (n.signum() < 0) {
            throw PyFailure.valueError("isqrt() argument must be nonnegative");
        }
        return n.sqrt();
    }

    /** {@code math.gcd(*ints)}: non-negative; 0 for no arguments. */
    public static BigInteger gcd(BigInteger... ns) {
        BigInteger g = BigInteger.ZERO;
        for (BigInteger n : ns) {
            g = g.gcd(n);
        }
        return g;
    }

    /** {@code math.lcm(*ints)}: non-negative; 1 for no arguments, 0 if any is 0. */
    public static BigInteger lcm(BigInteger... ns) {
        BigInteger l = BigInteger.ONE;
        for (BigInteger n : ns) {
            if (n.signum() == 0) {
                l = BigInteger.ZERO;
            } else if (l.signum() != 0) {
                l = l.divide(l.gcd(n)).multiply(n.abs());
            }
        }
        return l;
    }
}
