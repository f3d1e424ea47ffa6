package dev.pyxis.python.runtime;

/**
 * The Java behaviour of the instances of a builtin type defined outside the core object model
 * (the iterators of itertools, the objects of functools and operator). A type carries one in
 * {@link PyType#behaviour}; the protocol code consults it where it would otherwise know only the
 * core types.
 */
interface NativeBehaviour {
    /**
     * next() of an iterator type: the next item, or 0 when the iterator is exhausted (no
     * StopIteration is raised for exhaustion). The iterator is in root slot {@code selfSlot}.
     */
    default long next(Space s, int selfSlot) {
        throw new IllegalStateException("not an iterator type");
    }

    /**
     * Whether the protocol code calls the special methods this type defines in its namespace
     * (builtins such as __getitem__, __iter__, __len__) instead of knowing the type itself.
     */
    default boolean namespaceSpecials() {
        return false;
    }

    /** repr() text of the object in {@code selfSlot}, or null for the default {@code <T object at ...>}. */
    default String repr(Space s, int selfSlot) {
        return null;
    }
}
