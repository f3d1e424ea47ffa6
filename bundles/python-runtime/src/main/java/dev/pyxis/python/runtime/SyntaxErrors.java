package dev.pyxis.python.runtime;

import dev.pyxis.python.api.CompileFailure;

/** SyntaxError objects from front-end compile failures. */
final class SyntaxErrors {
    private SyntaxErrors() {}

    /** Raises SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)). */
    static PyException raise(Space s, CompileFailure f) {
        ThreadState ts = s.ts;
        int base = ts.top();
        ts.push(s.newStr(f.filename()));
        ts.push(s.newInt(f.lineno()));
        ts.push(f.offset() > 0 ? s.newInt(f.offset()) : Py.NONE);
        ts.push(f.text() == null ? Py.NONE : s.newStr(f.text()));
        ts.push(f.endLineno() > 0 ? s.newInt(f.endLineno()) : Py.NONE);
        ts.push(f.endOffset() > 0 ? s.newInt(f.endOffset()) : Py.NONE);
        long details = s.newTupleFromRoots(base, 6);
        ts.truncate(base);
        // The details are rooted before the message's allocation can move them.
        int msg = ts.push(Py.NONE);
        ts.push(details);
        ts.set(msg, s.newStr(f.msg()));
        PyType type = s.builtinTypes.getOrDefault(f.typeName(), s.builtinTypes.get("SyntaxError"));
        long e = Exceptions.createWithArgs(s, type, msg, 2);
        ts.truncate(msg);
        return ts.raise(e);
    }
}
