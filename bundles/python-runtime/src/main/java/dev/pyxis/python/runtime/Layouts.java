package dev.pyxis.python.runtime;

import dev.pyxis.heap.api.Layout;

/**
 * The heap layouts of Python objects. Offsets are bytes from the object's address; word 0 is the
 * header (layout id, GC bits, and in the runtime bits the object's shape id, see {@link Shape}).
 * Several types share a layout (all iterators, all instances); the shape tells them apart.
 */
final class Layouts {
    private Layouts() {}

    // str: payload of length code points times kind bytes (1 Latin-1, 2 UCS-2, 4 UCS-4).
    static final int STR_LENGTH = 8;       // payload bytes
    static final int STR_HASH = 16;        // cached hash, valid when STR_HASHED is set in STR_INFO
    static final int STR_INFO = 24;        // kind | ascii flag << 8 | hashed flag << 9
    static final int STR_DATA = 32;
    static final Layout STR = Layout.rawArray("str", STR_DATA, STR_LENGTH, 1);

    static final int BYTES_LENGTH = 8;
    static final int BYTES_DATA = 16;
    static final Layout BYTES = Layout.rawArray("bytes", BYTES_DATA, BYTES_LENGTH, 1);

    // An int beyond the small-int range: big-endian two's complement bytes.
    static final Layout BIGINT = Layout.rawArray("bigint", 16, 8, 1);

    static final int FLOAT_VALUE = 8;
    static final Layout FLOAT = Layout.fixed("float", 16);
    static final Layout COMPLEX = Layout.fixed("complex", 24);

    // tuple and the backing storage of lists, dicts, sets, instances: length, then words.
    static final int ARRAY_LENGTH = 8;
    static final int ARRAY_ITEMS = 16;
    static final Layout TUPLE = Layout.referenceArray("tuple", ARRAY_ITEMS, ARRAY_LENGTH);
    static final Layout STORAGE = Layout.referenceArray("storage", ARRAY_ITEMS, ARRAY_LENGTH);
    static final Layout INT_STORAGE = Layout.rawArray("int-storage", ARRAY_ITEMS, ARRAY_LENGTH, 4);

    static final int LIST_STORAGE = 8;
    static final int LIST_SIZE = 16;
    static final Layout LIST = Layout.fixed("list", 24, LIST_STORAGE);

    // dict and set: an index table of ints into an entry storage (dict: hash, key, value; set:
    // hash, key), see Dicts and Sets.
    static final int TABLE_INDEX = 8;
    static final int TABLE_ENTRIES = 16;
    static final int TABLE_USED = 24;
    static final int TABLE_FILLED = 32;
    static final int TABLE_VERSION = 40;
    static final Layout TABLE = Layout.fixed("table", 48, TABLE_INDEX, TABLE_ENTRIES);

    // Instances of classes defined in Python (and of builtin types that keep their state in
    // reserved slots, e.g. exceptions): overflow storage, then slots.
    static final int INSTANCE_OVERFLOW = 16;
    static final int INSTANCE_SLOTS = 24;
    static final Layout INSTANCE = Layout.referenceArray("instance", 24, ARRAY_LENGTH, INSTANCE_OVERFLOW);

    static final int TYPE_ID = 8;
    static final Layout TYPE = Layout.fixed("type", 16);

    // A small fixed object of up to five references: functions, cells, methods, iterators,
    // descriptors, slices, ranges, tracebacks... Field meaning is per type (see the users).
    static final int F1 = 8, F2 = 16, F3 = 24, F4 = 32, F5 = 40;
    static final Layout OBJ1 = Layout.fixed("obj1", 16, F1);
    static final Layout OBJ2 = Layout.fixed("obj2", 24, F1, F2);
    static final Layout OBJ3 = Layout.fixed("obj3", 32, F1, F2, F3);
    static final Layout OBJ4 = Layout.fixed("obj4", 40, F1, F2, F3, F4);
    static final Layout OBJ5 = Layout.fixed("obj5", 48, F1, F2, F3, F4, F5);

    // function: code, globals, defaults, kwdefaults, closure, name, qualname, dict, annotations,
    // module, doc.
    static final int FN_CODE = 8, FN_GLOBALS = 16, FN_DEFAULTS = 24, FN_KWDEFAULTS = 32,
            FN_CLOSURE = 40, FN_NAME = 48, FN_QUALNAME = 56, FN_DICT = 64, FN_ANNOTATIONS = 72,
            FN_MODULE = 80, FN_DOC = 88;
    static final Layout FUNCTION = Layout.fixed("function", 96, FN_CODE, FN_GLOBALS, FN_DEFAULTS,
            FN_KWDEFAULTS, FN_CLOSURE, FN_NAME, FN_QUALNAME, FN_DICT, FN_ANNOTATIONS, FN_MODULE, FN_DOC);

    // Objects backed by a Java object in the heap's handle table: code objects, generators,
    // modules, files... F1, F2 are references; HANDLE is a small-int word.
    static final int HANDLE = 24;
    static final Layout HANDLED = Layout.fixed("handled", 32, F1, F2);

    // generator, coroutine, async generator: suspended frame words (0 once finished), qualname,
    // name, code object, the exception its frame is handling while suspended (0 for none); the
    // Java-side state (positions, flags) is behind GEN_HANDLE; its frame object (gi_frame, 0
    // until asked for).
    static final int GEN_FRAME = F1, GEN_QUALNAME = F2, GEN_NAME = F3, GEN_CODE = F4, GEN_HANDLED = F5;
    static final int GEN_HANDLE = 48;
    static final int GEN_FRAME_OBJECT = 56;
    static final Layout GENERATOR = Layout.fixed("generator", 64, F1, F2, F3, F4, F5, GEN_FRAME_OBJECT);

    // an activation's frame object (FrameObjects): id or None, code, globals, back, last line, and
    // the locals dict it kept when the activation ended (0 before).
    static final int FRAME_LOCALS = 48;
    static final Layout FRAME = Layout.fixed("frame", 56, F1, F2, F3, F4, F5, FRAME_LOCALS);
}
