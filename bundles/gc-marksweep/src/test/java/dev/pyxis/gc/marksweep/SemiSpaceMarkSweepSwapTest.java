package dev.pyxis.gc.marksweep;

import dev.pyxis.gc.semispace.SemiSpaceProvider;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.gc.testkit.CollectorSwapSuite;

class SemiSpaceMarkSweepSwapTest extends CollectorSwapSuite {
    @Override
    protected CollectorProvider first() {
        return new SemiSpaceProvider();
    }

    @Override
    protected CollectorProvider second() {
        return new MarkSweepProvider();
    }
}
