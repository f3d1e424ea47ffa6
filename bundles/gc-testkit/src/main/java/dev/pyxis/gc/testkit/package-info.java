@Export
@Version("0.1.0")
package dev.pyxis.gc.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
