package dev.pyxis.osgi.tests;

/** The swap scenario on Eclipse Equinox. */
class EquinoxSwapIT extends CollectorSwapScenario {
    @Override
    String factoryClass() {
        return "org.eclipse.osgi.launch.EquinoxFactory";
    }
}
