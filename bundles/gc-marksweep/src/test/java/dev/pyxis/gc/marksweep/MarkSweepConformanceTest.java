package dev.pyxis.gc.marksweep;

import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.gc.testkit.CollectorConformance;

class MarkSweepConformanceTest extends CollectorConformance {
    @Override
    protected CollectorProvider provider() {
        return new MarkSweepProvider();
    }
}
