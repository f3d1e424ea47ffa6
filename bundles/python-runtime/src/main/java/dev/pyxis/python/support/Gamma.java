package dev.pyxis.python.support;

/**
 * Gamma and log-gamma by the Lanczos approximation with g = 6.024680040776729583740234375 and
 * 13 terms, written as a ratio of polynomials N(x)/D(x) where D(x) = x(x+1)...(x+11): for
 * x &gt; 0, Gamma(x) = N(x)/D(x) * (x+g-1/2)^(x-1/2) / e^(x+g-1/2). The coefficients are the
 * Lanczos series for this g (Godfrey's construction, computed to 60 digits and rounded).
 * Negative arguments use the reflection formula.
 */
final class Gamma {
    static final double G = 6.024680040776729583740234375;
    private static final double G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double LOG_PI = Libm.log(Math.PI);

    private static final double[] NUM = {
        0x1.5ea5143c1a49ep+34, 0x1.3fc7075f54c57p+35, 0x1.0a132818ab61ap+35, 0x1.0b0b522e8261ap+34,
        0x1.67fc1b3a5a1e8p+32, 0x1.57418f5d3f33fp+30, 0x1.dab0c7bb95f2ap+27, 0x1.df876f95dcc98p+24,
        0x1.5f1e95080f44cp+21, 0x1.6b6421f8787ebp+17, 0x1.f87ac0858d804p+12, 0x1.a5a607bbc3b52p+7,
        0x1.40d931ff62705p+1,
    };
    private static final double[] DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
        2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    /** Gamma of the integers 1..23, exact in double precision. */
    private static final double[] FACTORIALS = new double[23];

    static {
        double f = 1.0;
        for (int i = 0; i < FACTORIALS.length; i++) {
            FACTORIALS[i] = f;
            f *= i + 1;
        }
    }

    private Gamma() {}

    /** N(x)/D(x) for x &gt; 0; large x runs Horner in 1/x so nothing overflows. */
    static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = NUM.length - 1; i >= 0; i--) {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            for (int i = 0; i < NUM.length; i++) {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x), accurate also where pi * x would lose the argument's low bits. */
    static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.floor(2.0 * y + 0.5);
        double r = switch (n) {
            case 0 -> Libm.sin(Math.PI * y);
            case 1 -> Libm.cos(Math.PI * (y - 0.5));
            case 2 -> Libm.sin(Math.PI * (1.0 - y));
            case 3 -> -Libm.cos(Math.PI * (y - 1.5));
            default -> Libm.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    /** Gamma(x) under CPython's error rules. */
    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw MathFunctions.domainError();
        }
        if (x == 0.0) {
            throw MathFunctions.domainError();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw MathFunctions.domainError();
            }
            if (x <= FACTORIALS.length) {
                return FACTORIALS[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw MathFunctions.rangeError();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinPi(x);
            }
            throw MathFunctions.rangeError();
        }
        double y = absx + G_MINUS_HALF;
        // The rounding error of y, folded back in through d/dy of y^(x-1/2) e^-y.
        double z;
        if (absx > G_MINUS_HALF) {
            z = (y - absx) - G_MINUS_HALF;
        } else {
            z = (y - G_MINUS_HALF) - absx;
        }
        z = z * G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinPi(absx) / absx * Libm.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx);
            r += z * r;
            if (absx < 140.0) {
                r = r / Libm.exp(y) * Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r = r / Libm.exp(y);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw MathFunctions.rangeError();
        }
        return r;
    }

    /** log|Gamma(x)| under CPython's error rules. */
    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw MathFunctions.domainError();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Libm.log(absx);
        }
        double r = Libm.log(lanczosSum(absx)) - G;
        r += (absx - 0.5) * (Libm.log(absx + G - 0.5) - 1.0);
        if (x < 0.0) {
            r = LOG_PI - Libm.log(Math.abs(sinPi(absx))) - Libm.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw MathFunctions.rangeError();
        }
        return r;
    }
}
