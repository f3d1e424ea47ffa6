/**
 * The shared bytecode: the instruction table every front end compiles to and the interpreter,
 * disassembler and trace recorder are driven from, and the code units front ends produce.
 */
@Export
@Version("0.4.0")
package dev.pyxis.python.bytecode;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
