package dev.pyxis.python.runtime;

import dev.pyxis.python.support.FormatSpec;
import dev.pyxis.python.support.PyFailure;
import dev.pyxis.python.support.SpecFormatter;

/** format() and f-string FORMAT_VALUE: __format__ dispatch and the builtin types' format specs. */
final class Formatting {
    private Formatting() {}

    /** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format with the spec slot (or -1). */
    static long formatValue(Space s, int valueSlot, int conversion, int specSlot) {
        ThreadState ts = s.ts;
        if (conversion != 0) {
            String text = switch (conversion) {
                case 1 -> Ops.strString(s, valueSlot);
                case 2 -> Ops.reprString(s, valueSlot);
                default -> asciiOfRepr(Ops.reprString(s, valueSlot));
            };
            ts.set(valueSlot, s.newStr(text));
        }
        long v = ts.get(valueSlot);
        if (specSlot < 0 && Py.isObject(v) && s.typeOf(v) == s.strType) {
            return v;
        }
        return format(s, valueSlot, specSlot < 0 ? "" : s.str(ts.get(specSlot)));
    }

    private static String asciiOfRepr(String r) {
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    /** format(value, spec). */
    static long format(Space s, int valueSlot, String spec) {
        ThreadState ts = s.ts;
        if (Ops.userSpecial(s, ts.get(valueSlot), "__format__") != 0) {
            int sp = ts.push(s.newStr(spec));
            try {
                // The method is looked up again: allocating the spec may have moved it.
                long r = Ops.callSpecial(s, Ops.userSpecial(s, ts.get(valueSlot), "__format__"), valueSlot, sp);
                if (!s.isStr(r)) {
                    throw Errors.typeError(s, "__format__ must return a str, not " + s.typeOf(r).name);
                }
                return r;
            } finally {
                ts.truncate(sp);
            }
        }
        return s.newStr(formatBuiltin(s, valueSlot, spec));
    }

    static String formatBuiltin(Space s, int valueSlot, String spec) {
        long v = s.unwrap(s.ts.get(valueSlot));
        PyType t = s.typeOf(v);
        PyType shown = s.typeOf(s.ts.get(valueSlot));
        try {
            switch (t.nativeKind) {
                case INT, BOOL -> {
                    if (spec.isEmpty()) {
                        return Ops.strString(s, valueSlot);
                    }
                    FormatSpec f = FormatSpec.parse(spec, shown.name, 0);
                    if (Py.isSmallInt(v) || Py.isImmediate(v)) {
                        return SpecFormatter.formatInt(f, Space.smallOrBool(v));
                    }
                    return SpecFormatter.formatInt(f, s.bigValue(v), s.maxStrDigits);
                }
                case FLOAT -> {
                    if (spec.isEmpty()) {
                        return Ops.strString(s, valueSlot);
                    }
                    return SpecFormatter.formatFloat(FormatSpec.parse(spec, shown.name, 0), s.floatValue(v));
                }
                case COMPLEX -> {
                    if (spec.isEmpty()) {
                        return Ops.strString(s, valueSlot);
                    }
                    return SpecFormatter.formatComplex(FormatSpec.parse(spec, shown.name, 0), s.complexReal(v), s.complexImag(v));
                }
                case STR -> {
                    if (spec.isEmpty()) {
                        return s.str(v);
                    }
                    return SpecFormatter.formatStr(FormatSpec.parse(spec, shown.name, 's'), s.str(v));
                }
                default -> {
                    if (!spec.isEmpty()) {
                        throw Errors.typeError(s, "unsupported format string passed to " + shown.name + ".__format__");
                    }
                    return Ops.strString(s, valueSlot);
                }
            }
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        }
    }
}
