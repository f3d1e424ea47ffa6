package dev.pyxis.python.api;

import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.HeapConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * How to create an interpreter: the heap and collector, the streams behind sys.stdin/stdout/stderr,
 * sys.argv, extra module search path entries and the CPython standard library location (may be
 * null: no standard library).
 *
 * @param unbuffered  -u: stdout and stderr unbuffered
 * @param inspect     -i: what the launcher does after the program (informational for sys.flags)
 */
public record PythonOptions(HeapConfig heap, CollectorProvider collector, SourceCompiler compiler,
        InputStream stdin, OutputStream stdout, OutputStream stderr, List<String> argv,
        List<Path> path, Path stdlib, boolean unbuffered, boolean inspect) {}
