package dev.pyxis.python.support;

/**
 * A Python exception raised by heap-free support code: the object space turns it into an
 * instance of the named builtin exception type with the same message. Carries no stack trace
 * (it is control flow, not a diagnostic). {@link PyUnicodeFailure} adds the attributes of the
 * Unicode errors.
 */
public class PyFailure extends RuntimeException {
    /** The builtin exception types support code may raise. */
    public enum Kind {
        VALUE_ERROR("ValueError"),
        OVERFLOW_ERROR("OverflowError"),
        ZERO_DIVISION_ERROR("ZeroDivisionError"),
        TYPE_ERROR("TypeError"),
        INDEX_ERROR("IndexError"),
        UNICODE_DECODE_ERROR("UnicodeDecodeError"),
        UNICODE_ENCODE_ERROR("UnicodeEncodeError"),
        LOOKUP_ERROR("LookupError"),
        MEMORY_ERROR("MemoryError");

        private final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }

        public String pythonName() {
            return pythonName;
        }
    }

    private final Kind kind;

    public PyFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static PyFailure valueError(String message) {
        return new PyFailure(Kind.VALUE_ERROR, message);
    }

    public static PyFailure overflowError(String message) {
        return new PyFailure(Kind.OVERFLOW_ERROR, message);
    }

    public static PyFailure zeroDivision(String message) {
        return new PyFailure(Kind.ZERO_DIVISION_ERROR, message);
    }

    public static PyFailure typeError(String message) {
        return new PyFailure(Kind.TYPE_ERROR, message);
    }
}
