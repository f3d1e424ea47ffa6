@Export
@Version("0.2.0")
package dev.pyxis.frontend.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
