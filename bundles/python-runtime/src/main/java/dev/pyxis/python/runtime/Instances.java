package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/**
 * Attribute storage of instances: the shape maps a name to an attribute index; index i lives in
 * inline slot {@code reserved + i} while i is below the inline count, then in the overflow
 * storage. A dict-backed shape (after {@code __dict__} was taken) keeps a real dict in attribute
 * slot 0.
 */
final class Instances {
    /** Inline attribute slots of a new instance. */
    static final int INLINE = 6;

    private Instances() {}

    static long allocate(Space s, PyType t) {
        long o = s.allocArray(INSTANCE, t.reservedSlots + INLINE, t.rootShape);
        return o;
    }

    private static int inlineCount(long o, PyType t) {
        return (int) Space.length(o) - t.reservedSlots;
    }

    /** The attribute at index {@code i} of the instance's shape. */
    static long getIndex(long o, PyType t, int i) {
        int inline = inlineCount(o, t);
        if (i < inline) {
            return Space.get(o, INSTANCE_SLOTS + 8 * (t.reservedSlots + i));
        }
        return Space.item(Space.get(o, INSTANCE_OVERFLOW), i - inline);
    }

    static void setIndex(Space s, long o, PyType t, int i, long v) {
        int inline = inlineCount(o, t);
        if (i < inline) {
            s.put(o, INSTANCE_SLOTS + 8 * (t.reservedSlots + i), v);
        } else {
            s.setItem(Space.get(o, INSTANCE_OVERFLOW), i - inline, v);
        }
    }

    /** The instance attribute {@code name}, or 0. */
    static long get(Space s, long o, String name) {
        Shape shape = s.shapeOf(o);
        if (shape.dictBacked) {
            return Dicts.getStr(s, getIndex(o, shape.type, 0), name);
        }
        int i = shape.indexOf(name);
        return i < 0 ? 0 : getIndex(o, shape.type, i);
    }

    /** Sets an instance attribute; object and value are root slots (a new shape may need storage). */
    static void set(Space s, int objSlot, String name, int valueSlot) {
        long o = s.ts.get(objSlot);
        Shape shape = s.shapeOf(o);
        PyType t = shape.type;
        if (shape.dictBacked) {
            int key = s.ts.push(s.newStr(name));
            int dict = s.ts.push(getIndex(s.ts.get(objSlot), t, 0));
            Dicts.put(s, dict, key, valueSlot);
            s.ts.truncate(key);
            return;
        }
        int i = shape.indexOf(name);
        if (i >= 0) {
            setIndex(s, o, t, i, s.ts.get(valueSlot));
            return;
        }
        Shape next = shape.with(name, s.shapes);
        int index = next.size - 1;
        int inline = inlineCount(o, t);
        if (index >= inline) {
            int over = index - inline;
            long overflow = Space.get(o, INSTANCE_OVERFLOW);
            long capacity = overflow == 0 ? 0 : Space.length(overflow);
            if (over >= capacity) {
                long grown = s.newStorage(Math.max(4, capacity * 2));
                o = s.ts.get(objSlot);
                overflow = Space.get(o, INSTANCE_OVERFLOW);
                for (long k = 0; k < capacity; k++) {
                    Space.initItem(grown, k, Space.item(overflow, k));
                }
                s.put(o, INSTANCE_OVERFLOW, grown);
            }
        }
        o = s.ts.get(objSlot);
        s.setShape(o, next);
        setIndex(s, o, t, index, s.ts.get(valueSlot));
    }

    /** Removes an instance attribute; false if it was absent. */
    static boolean delete(Space s, int objSlot, String name) {
        long o = s.ts.get(objSlot);
        Shape shape = s.shapeOf(o);
        if (shape.dictBacked) {
            int key = s.ts.push(s.newStr(name));
            boolean removed = Dicts.remove(s, getIndex(s.ts.get(objSlot), shape.type, 0), s.ts.get(key)) != 0;
            s.ts.truncate(key);
            return removed;
        }
        int i = shape.indexOf(name);
        if (i < 0) {
            return false;
        }
        // Rebuild the attributes without the deleted one along the shared transitions.
        String[] names = shape.names();
        int base = s.ts.top();
        for (int k = 0; k < names.length; k++) {
            s.ts.push(getIndex(o, shape.type, k));
        }
        o = s.ts.get(objSlot);
        PyType t = shape.type;
        Shape rebuilt = t.rootShape;
        int inline = inlineCount(o, t);
        int j = 0;
        for (int k = 0; k < names.length; k++) {
            if (k == i) {
                continue;
            }
            rebuilt = rebuilt.with(names[k], s.shapes);
            setIndex(s, o, t, j++, s.ts.get(base + k));
        }
        if (names.length - 1 < inline) {
            setIndex(s, o, t, names.length - 1, 0);
        }
        s.setShape(o, rebuilt);
        s.ts.truncate(base);
        return true;
    }

    /**
     * The instance's {@code __dict__}: the first request converts the object to a dict-backed
     * shape holding a real dict, so that changes through the dict are seen as attributes.
     */
    static long dict(Space s, int objSlot) {
        long o = s.ts.get(objSlot);
        Shape shape = s.shapeOf(o);
        PyType t = shape.type;
        if (shape.dictBacked) {
            return getIndex(o, t, 0);
        }
        String[] names = shape.names();
        int dict = s.ts.push(Dicts.create(s));
        for (int k = 0; k < names.length; k++) {
            int key = s.ts.push(s.intern(names[k]));
            s.ts.push(getIndex(s.ts.get(objSlot), t, k));
            Dicts.put(s, dict, key, key + 1);
            s.ts.truncate(key);
        }
        o = s.ts.get(objSlot);
        Shape backed = dictShape(s, t);
        for (int k = 0; k < inlineCount(o, t); k++) {
            setIndex(s, o, t, k, 0);
        }
        s.put(o, INSTANCE_OVERFLOW, 0);
        s.setShape(o, backed);
        setIndex(s, o, t, 0, s.ts.get(dict));
        long d = s.ts.get(dict);
        s.ts.truncate(dict);
        return d;
    }

    static Shape dictShape(Space s, PyType t) {
        if (t.dictShape == null) {
            t.dictShape = s.shapes.create(t, null, null, true);
        }
        return t.dictShape;
    }
}
