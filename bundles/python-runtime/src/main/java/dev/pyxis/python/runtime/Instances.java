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

    /** Whether attribute index {@code i} of instance {@code o} is an inline slot (no overflow storage needed). */
    static boolean hasInlineSlot(long o, PyType t, int i) {
        return i < inlineCount(o, t);
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
        int i = shape.indexOf(name);
        if (i >= 0) {
            return getIndex(o, shape.type, i);
        }
        return shape.dictBacked ? Dicts.getStr(s, getIndex(o, shape.type, 0), name) : 0;
    }

    private static boolean isSlot(PyType t, String name) {
        return t.slotNames != null && t.slotNames.contains(name);
    }

    /** Sets an instance attribute; object and value are root slots (a new shape may need storage). */
    static void set(Space s, int objSlot, String name, int valueSlot) {
        long o = s.ts.get(objSlot);
        Shape shape = s.shapeOf(o);
        PyType t = shape.type;
        int i = shape.indexOf(name);
        if (i >= 0) {
            setIndex(s, o, t, i, s.ts.get(valueSlot));
            return;
        }
        if (shape.dictBacked && !isSlot(t, name)) {
            int key = s.ts.push(s.newStr(name));
            int dict = s.ts.push(getIndex(s.ts.get(objSlot), t, 0));
            Dicts.put(s, dict, key, valueSlot);
            s.ts.truncate(key);
            return;
        }
        Shape next = shape.with(name, s.shapes);
        ensureIndex(s, objSlot, t, next.size - 1);
        o = s.ts.get(objSlot);
        s.setShape(o, next);
        setIndex(s, o, t, next.size - 1, s.ts.get(valueSlot));
    }

    /** Makes room for attribute index {@code index} in the instance in root slot {@code objSlot}. */
    private static void ensureIndex(Space s, int objSlot, PyType t, int index) {
        long o = s.ts.get(objSlot);
        int over = index - inlineCount(o, t);
        if (over < 0) {
            return;
        }
        long overflow = Space.get(o, INSTANCE_OVERFLOW);
        long capacity = overflow == 0 ? 0 : Space.length(overflow);
        if (over < capacity) {
            return;
        }
        long grown = s.newStorage(Math.max(4, capacity * 2));
        o = s.ts.get(objSlot);
        overflow = Space.get(o, INSTANCE_OVERFLOW);
        for (long k = 0; k < capacity; k++) {
            Space.initItem(grown, k, Space.item(overflow, k));
        }
        s.put(o, INSTANCE_OVERFLOW, grown);
    }

    /** Removes an instance attribute; false if it was absent. */
    static boolean delete(Space s, int objSlot, String name) {
        long o = s.ts.get(objSlot);
        Shape shape = s.shapeOf(o);
        int i = shape.indexOf(name);
        if (i < 0) {
            if (!shape.dictBacked) {
                return false;
            }
            int key = s.ts.push(s.newStr(name));
            boolean removed = Dicts.remove(s, getIndex(s.ts.get(objSlot), shape.type, 0), s.ts.get(key)) != 0;
            s.ts.truncate(key);
            return removed;
        }
        // Rebuild the attributes without the deleted one along the shared transitions (a
        // dict-backed object keeps its dict at index 0).
        String[] names = shape.names();
        int base = s.ts.top();
        for (int k = 0; k < names.length; k++) {
            s.ts.push(getIndex(o, shape.type, k));
        }
        o = s.ts.get(objSlot);
        PyType t = shape.type;
        int first = shape.dictBacked ? 1 : 0;
        Shape rebuilt = shape.dictBacked ? dictShape(s, t) : t.rootShape;
        int j = first;
        for (int k = first; k < names.length; k++) {
            if (k == i) {
                continue;
            }
            rebuilt = rebuilt.with(names[k], s.shapes);
            setIndex(s, o, t, j++, s.ts.get(base + k));
        }
        setIndex(s, o, t, names.length - 1, 0);
        s.setShape(o, rebuilt);
        s.ts.truncate(base);
        return true;
    }

    /**
     * The instance's {@code __dict__}: the first request converts the object to a dict-backed
     * shape holding a real dict, so that changes through the dict are seen as attributes.
     * {@code __slots__} values stay attributes of the shape, after the dict: they are not in it.
     */
    static long dict(Space s, int objSlot) {
        long o = s.ts.get(objSlot);
        Shape shape = s.shapeOf(o);
        PyType t = shape.type;
        if (shape.dictBacked) {
            return getIndex(o, t, 0);
        }
        String[] names = shape.names();
        int values = s.ts.top();
        for (int k = 0; k < names.length; k++) {
            s.ts.push(getIndex(o, t, k));
        }
        int dict = s.ts.push(Dicts.create(s));
        Shape backed = dictShape(s, t);
        java.util.List<Integer> slots = new java.util.ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            if (isSlot(t, names[k])) {
                slots.add(k);
                backed = backed.with(names[k], s.shapes);
                continue;
            }
            int key = s.ts.push(s.intern(names[k]));
            Dicts.put(s, dict, key, values + k);
            s.ts.truncate(key);
        }
        ensureIndex(s, objSlot, t, backed.size - 1);
        o = s.ts.get(objSlot);
        for (int k = 0; k < names.length; k++) {
            setIndex(s, o, t, k, 0);
        }
        s.setShape(o, backed);
        setIndex(s, o, t, 0, s.ts.get(dict));
        for (int j = 0; j < slots.size(); j++) {
            setIndex(s, o, t, 1 + j, s.ts.get(values + slots.get(j)));
        }
        long d = s.ts.get(dict);
        s.ts.truncate(values);
        return d;
    }

    /** {@code obj.__dict__ = d}: the object's attributes become those of dict {@code d} (shared, not copied). */
    static void replaceDict(Space s, int objSlot, int dictSlot) {
        if (!s.typeOf(s.ts.get(dictSlot)).isSubtypeOf(s.dictType)) {
            throw Errors.typeError(s, "__dict__ must be set to a dictionary, not a '" + s.typeOf(s.ts.get(dictSlot)).name + "'");
        }
        dict(s, objSlot);
        long o = s.ts.get(objSlot);
        setIndex(s, o, s.shapeOf(o).type, 0, s.unwrap(s.ts.get(dictSlot)));
    }

    /** The shape an object of shape {@code shape} takes when its class becomes {@code to} (same layout). */
    static Shape forType(Space s, Shape shape, PyType to) {
        String[] names = shape.names();
        Shape out = shape.dictBacked ? dictShape(s, to) : to.rootShape;
        for (int k = shape.dictBacked ? 1 : 0; k < names.length; k++) {
            out = out.with(names[k], s.shapes);
        }
        return out;
    }

    static Shape dictShape(Space s, PyType t) {
        if (t.dictShape == null) {
            t.dictShape = s.shapes.create(t, null, null, true);
        }
        return t.dictShape;
    }
}
