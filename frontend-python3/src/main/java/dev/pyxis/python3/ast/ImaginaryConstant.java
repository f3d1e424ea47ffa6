package dev.pyxis.python3.ast;

/** The value of an imaginary literal such as {@code 2.5j}: the complex number {@code 0 + imag*j}. */
public record ImaginaryConstant(double imag) {
}
