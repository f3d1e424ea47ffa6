package dev.pyxis.python.runtime;

import dev.pyxis.heap.api.RootVisitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type. The heap holds a small type object (for identity: {@code type(x) is C}); this
 * Java object holds the rest: name, bases, MRO and the type's namespace, whose values are words
 * kept in {@link #values} and reported as roots by the space. Types live as long as the space
 * (documented limitation: classes created in a loop are not freed).
 */
final class PyType {
    /** What the instances physically are; subclasses of builtins are instances holding their base value. */
    enum Native {
        OBJECT, NONE, INT, BOOL, FLOAT, COMPLEX, STR, BYTES, BYTEARRAY, TUPLE, LIST, DICT, SET,
        FROZENSET, TYPE, FUNCTION, BUILTIN, METHOD, CODE, CELL, MODULE, GENERATOR, COROUTINE,
        ASYNC_GENERATOR, SLICE, RANGE, PROPERTY, CLASSMETHOD, STATICMETHOD, SUPER, ITERATOR,
        TRACEBACK, FRAME, EXCEPTION, NOT_IMPLEMENTED, ELLIPSIS, OTHER
    }

    final int id;
    String name;
    String qualname;
    /** The direct bases; replaced only by a {@code __bases__} assignment ({@link #rebase}). */
    PyType[] bases;
    PyType[] mro;
    /** The builtin type whose representation instances share (object for plain classes). */
    final PyType solidBase;
    final Native nativeKind;
    /** Whether the type was created by a class statement or type() (mutable, attributes settable). */
    final boolean heapType;
    /** Whether the physical object is an INSTANCE holding the builtin base's value in its first slot. */
    final boolean wrapsBase;
    /** Reserved INSTANCE slots before the attributes (exception state, the wrapped base value). */
    int reservedSlots;
    /** Whether instances may get attributes not declared in __slots__ (instances have a __dict__). */
    boolean hasDict;
    /** Whether instances have a {@code __weakref__} slot (no weak references exist yet; only the descriptor shows). */
    boolean hasWeakref;
    /**
     * The most derived class along the bases whose instances add named {@code __slots__} (its
     * instances' layout), or null when none does: the layout is then the solid base's.
     */
    PyType layout;
    /** __slots__ names declared by this type and its bases (null: no __slots__ anywhere). */
    List<String> slotNames;
    Shape rootShape;
    /** The shape of instances whose attributes moved into a real dict (see Instances.dict). */
    Shape dictShape;
    int globalRoot = -1;
    /** Bumped on every change to this type's namespace or MRO (for lookup caches). */
    int version;
    boolean abstractMethods;
    /** Java behaviour of a builtin type defined outside the core (see {@link NativeBehaviour}), or null. */
    NativeBehaviour behaviour;

    private final Map<String, Integer> index = new HashMap<>();
    private String[] keys = new String[8];
    long[] values = new long[8];
    private int size;
    private final List<PyType> subclasses = new ArrayList<>();

    PyType(int id, String name, PyType[] bases, Native nativeKind, boolean heapType) {
        this.id = id;
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.nativeKind = nativeKind;
        this.heapType = heapType;
        PyType solid = null;
        for (PyType b : bases) {
            if (solid == null || b.solidBase.nativeKind != Native.OBJECT) {
                solid = b.solidBase;
            }
        }
        this.solidBase = solid == null || (!heapType && nativeKind != Native.OBJECT) ? this : solid;
        // Instances of a metaclass are type objects themselves: nothing is wrapped.
        this.wrapsBase = heapType && solidBase.nativeKind != Native.OBJECT
                && solidBase.nativeKind != Native.EXCEPTION && solidBase.nativeKind != Native.TYPE;
        for (PyType b : bases) {
            b.subclasses.add(this);
        }
    }

    // ---------------------------------------------------------------- namespace

    /** The word stored under {@code key} in this type's own namespace, or 0. */
    long getOwn(String key) {
        Integer i = index.get(key);
        return i == null ? 0 : values[i];
    }

    /** Where {@code key} is in {@link #values} (valid until the namespace changes), or -1. */
    int valueIndex(String key) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
    }

    boolean hasOwn(String key) {
        return index.containsKey(key);
    }

    void put(String key, long value) {
        Integer i = index.get(key);
        if (i != null) {
            values[i] = value;
        } else {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            index.put(key, size++);
        }
        changed();
    }

    boolean remove(String key) {
        Integer i = index.remove(key);
        if (i == null) {
            return false;
        }
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        keys[size] = null;
        values[size] = 0;
        for (int j = i; j < size; j++) {
            index.put(keys[j], j);
        }
        changed();
        return true;
    }

    /** Names of the namespace in insertion order. */
    String[] ownKeys() {
        return Arrays.copyOf(keys, size);
    }

    void changed() {
        version++;
        definers.clear();
        for (PyType s : subclasses) {
            s.changed();
        }
    }

    /**
     * Method cache: where along the MRO a name is defined ({@link #ABSENT} if nowhere). Cleared on
     * any change to this type or a base, which is also when value indexes may move.
     */
    private final Map<String, Definition> definers = new HashMap<>();

    /** The type defining a name and the name's index in its {@link #values}. */
    private record Definition(PyType definer, int index) {}

    private static final Definition ABSENT = new Definition(null, -1);

    /** Looks {@code key} up along the MRO; returns the word or 0. */
    long lookup(String key) {
        Definition d = definers.get(key);
        if (d == null) {
            d = ABSENT;
            for (PyType t : mro) {
                Integer i = t.index.get(key);
                if (i != null) {
                    d = new Definition(t, i);
                    break;
                }
            }
            definers.put(key, d);
        }
        return d.definer == null ? 0 : d.definer.values[d.index];
    }

    /** The type along the MRO that defines {@code key}, or null. */
    PyType definer(String key) {
        for (PyType t : mro) {
            if (t.index.containsKey(key)) {
                return t;
            }
        }
        return null;
    }

    boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The type whose instance layout this type's instances have (see {@link #layout}). */
    PyType layout() {
        return layout != null ? layout : solidBase;
    }

    /**
     * The base CPython calls {@code __base__}: the first base whose solid base is the most derived
     * one (a class deriving from a plain class and int has int's layout); null for object.
     */
    PyType bestBase() {
        return bestOf(bases);
    }

    /** {@link #bestBase} of a would-be type with these bases. */
    static PyType bestOf(PyType[] bases) {
        PyType best = null;
        for (PyType b : bases) {
            if (best == null || (b.solidBase != best.solidBase && b.solidBase.isSubtypeOf(best.solidBase))) {
                best = b;
            }
        }
        return best;
    }

    /**
     * Replaces the bases (a {@code __bases__} assignment already checked by the caller) and
     * recomputes the MRO of this type and of its subclasses; false, with nothing changed, when
     * some MRO has no consistent order.
     */
    boolean rebase(PyType[] newBases) {
        PyType[] old = bases;
        bases = newBases;
        Map<PyType, PyType[]> mros = new HashMap<>();
        if (!recomputeMro(this, mros)) {
            bases = old;
            return false;
        }
        for (PyType b : old) {
            b.subclasses.remove(this);
        }
        for (PyType b : newBases) {
            b.subclasses.add(this);
        }
        for (Map.Entry<PyType, PyType[]> e : mros.entrySet()) {
            e.getKey().mro = e.getValue();
        }
        changed();
        return true;
    }

    /** The new MROs of {@code t} and its subclasses into {@code out} (not yet applied); false on a conflict. */
    private static boolean recomputeMro(PyType t, Map<PyType, PyType[]> out) {
        PyType[][] baseMros = new PyType[t.bases.length][];
        for (int i = 0; i < t.bases.length; i++) {
            PyType[] pending = out.get(t.bases[i]);
            baseMros[i] = pending != null ? pending : t.bases[i].mro;
        }
        PyType[] mro = c3(t, t.bases, baseMros, null);
        if (mro == null) {
            return false;
        }
        out.put(t, mro);
        for (PyType sub : t.subclasses) {
            if (!recomputeMro(sub, out)) {
                return false;
            }
        }
        return true;
    }

    List<PyType> subclasses() {
        return subclasses;
    }

    void scan(RootVisitor visitor) {
        visitor.visit(values, 0, size);
    }

    // ---------------------------------------------------------------- MRO

    /** Whether bases admit a C3 order (computed for a stand-in type); null if not. */
    static PyType[] c3Check(PyType[] bases) {
        return c3(null, bases);
    }

    /** C3 linearisation; null when the bases admit no consistent order. */
    static PyType[] c3(PyType self, PyType[] bases) {
        return c3(self, bases, null);
    }

    /**
     * The heads of the sequences left when the C3 merge of {@code bases} fails (each once, in
     * sequence order), which CPython's error names; empty when the merge succeeds.
     */
    static List<PyType> c3Conflict(PyType[] bases) {
        List<PyType> heads = new ArrayList<>();
        c3(null, bases, heads);
        return heads;
    }

    private static PyType[] c3(PyType self, PyType[] bases, List<PyType> stuckHeads) {
        PyType[][] baseMros = new PyType[bases.length][];
        for (int i = 0; i < bases.length; i++) {
            baseMros[i] = bases[i].mro;
        }
        return c3(self, bases, baseMros, stuckHeads);
    }

    private static PyType[] c3(PyType self, PyType[] bases, PyType[][] baseMros, List<PyType> stuckHeads) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType[] m : baseMros) {
            seqs.add(new ArrayList<>(Arrays.asList(m)));
        }
        seqs.add(new ArrayList<>(Arrays.asList(bases)));
        List<PyType> out = new ArrayList<>();
        if (self != null) {
            out.add(self);
        }
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) {
                    if (o.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                if (stuckHeads != null) {
                    for (List<PyType> s : seqs) {
                        if (!stuckHeads.contains(s.get(0))) {
                            stuckHeads.add(s.get(0));
                        }
                    }
                }
                return null;
            }
            out.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "<type " + name + ">";
    }
}
