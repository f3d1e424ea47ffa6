package dev.pyxis.osgi.tests;

/** The swap scenario on Apache Felix. */
class FelixSwapIT extends CollectorSwapScenario {
    @Override
    String factoryClass() {
        return "org.apache.felix.framework.FrameworkFactory";
    }
}
