package dev.pyxis.python.runtime;

import dev.pyxis.python.support.Codecs;
import dev.pyxis.python.support.PyFailure;

/** str.encode and bytes.decode through the support codecs. */
final class StrEncoding {
    private StrEncoding() {}

    static long encode(Space s, int strSlot, String encoding, String errors) {
        try {
            return s.newBytes(Codecs.encode(s.str(s.ts.get(strSlot)), encoding, errors));
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        }
    }

    static long decode(Space s, int bytesSlot, String encoding, String errors) {
        long w = s.ts.get(bytesSlot);
        byte[] b = BytesMethods.bytesLike(s, w);
        if (b == null) {
            if (s.isStr(w)) {
                throw Errors.typeError(s, "decoding str is not supported");
            }
            throw Errors.typeError(s, "decoding to str: need a bytes-like object, " + s.typeOf(w).name + " found");
        }
        try {
            return s.newStr(Codecs.decode(b, encoding, errors,
                    m -> Warnings.warn(s, "DeprecationWarning", m)));
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        }
    }
}
