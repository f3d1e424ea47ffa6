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
        long b = s.unwrap(s.ts.get(bytesSlot));
        if (s.typeOf(b) != s.bytesType) {
            throw Errors.typeError(s, "decoding to str: need a bytes-like object, " + s.typeOf(b).name + " found");
        }
        try {
            return s.newStr(Codecs.decode(s.bytes(b), encoding, errors));
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        }
    }
}
