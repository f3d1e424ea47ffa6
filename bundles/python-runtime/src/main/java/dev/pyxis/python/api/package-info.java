/**
 * Running Python: what launchers, embedders and front ends use. A front end supplies a
 * {@link SourceCompiler}; the runtime gives back a {@link PythonInterpreter} that runs files,
 * commands, modules and interactive input with CPython's observable behaviour.
 */
@Export
@Version("0.3.0")
package dev.pyxis.python.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
