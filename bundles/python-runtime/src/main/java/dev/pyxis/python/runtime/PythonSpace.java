package dev.pyxis.python.runtime;

import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.Heap;
import dev.pyxis.heap.api.HeapConfig;

/** Creates an object space on a new heap: the entry point the launcher and tests use. */
final class PythonSpace {
    private PythonSpace() {}

    static Space create(HeapConfig config, CollectorProvider collector) {
        Space space = new Space(Heap.create(config, collector));
        Bootstrap.createTypes(space);
        return space;
    }
}
