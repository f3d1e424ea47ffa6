package dev.pyxis.python.runtime;

/**
 * The inline cache of one LOAD_GLOBAL instruction: where its name was found, as entry positions
 * in the globals and builtins dicts, valid while those dicts keep the layouts they had (see
 * {@link Dicts#layout}: a layout stamp is unique across all dicts, so an unchanged stamp also
 * means the same dict). Values are read from the entries at each hit, so rebinding a global
 * (which keeps the layout) needs no invalidation. No heap words are held: objects may move.
 */
final class GlobalSite {
    /** Layout stamp of the globals dict when filled; 0 for an empty site (no dict has stamp 0). */
    long globalsLayout;
    /** The name's entry in the globals, or -1 when it is a builtin. */
    int globalsEntry;
    /** Entry of {@code __builtins__} in the globals, or -1 when the globals have none (the interpreter's builtins). */
    int builtinsRefEntry;
    /** Layout stamp of the builtins dict, and the name's entry there (builtins only). */
    long builtinsLayout;
    int builtinsEntry;
}
