package dev.pyxis.python.support;

/**
 * A {@code UnicodeEncodeError} or {@code UnicodeDecodeError} with the attributes Python exposes on
 * it: {@code encoding}, {@code object} (the {@code str} being encoded, as a String, or the bytes
 * being decoded, as a {@code byte[]}), {@code start} and {@code end} (code point or byte
 * indices, end exclusive) and {@code reason}. The message is Python's {@code str(exc)}.
 */
public final class PyUnicodeFailure extends PyFailure {
    private final String encoding;
    private final Object object;
    private final int start;
    private final int end;
    private final String reason;

    private PyUnicodeFailure(Kind kind, String message, String encoding, Object object, int start, int end,
            String reason) {
        super(kind, message);
        this.encoding = encoding;
        this.object = object;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    /** A UnicodeEncodeError for the code points {@code [start, end)} of {@code object}. */
    public static PyUnicodeFailure encodeError(String encoding, String object, int start, int end, String reason) {
        String where;
        if (end - start == 1) {
            int cp = CodePoints.at(object, CodePoints.offset(object, start));
            where = "character '" + escape(cp) + "' in position " + start;
        } else {
            where = "characters in position " + start + "-" + (end - 1);
        }
        String message = "'" + encoding + "' codec can't encode " + where + ": " + reason;
        return new PyUnicodeFailure(Kind.UNICODE_ENCODE_ERROR, message, encoding, object, start, end, reason);
    }

    /** A UnicodeDecodeError for the bytes {@code [start, end)} of {@code object}. */
    public static PyUnicodeFailure decodeError(String encoding, byte[] object, int start, int end, String reason) {
        String where = end - start == 1
                ? String.format("byte 0x%02x in position %d", object[start] & 0xFF, start)
                : "bytes in position " + start + "-" + (end - 1);
        String message = "'" + encoding + "' codec can't decode " + where + ": " + reason;
        return new PyUnicodeFailure(Kind.UNICODE_DECODE_ERROR, message, encoding, object, start, end, reason);
    }

    /** The escape Python's messages use for one character: {@code \xNN}, <code>&#92;uNNNN</code> or {@code \UNNNNNNNN}. */
    private static String escape(int cp) {
        if (cp < 0x100) {
            return String.format("\\x%02x", cp);
        }
        return cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    public String encoding() {
        return encoding;
    }

    /** The String (encoding) or {@code byte[]} (decoding) the error is about; not copied. */
    public Object object() {
        return object;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String reason() {
        return reason;
    }
}
