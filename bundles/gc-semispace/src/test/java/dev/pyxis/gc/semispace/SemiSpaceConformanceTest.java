package dev.pyxis.gc.semispace;

import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.gc.testkit.CollectorConformance;

class SemiSpaceConformanceTest extends CollectorConformance {
    @Override
    protected CollectorProvider provider() {
        return new SemiSpaceProvider();
    }
}
