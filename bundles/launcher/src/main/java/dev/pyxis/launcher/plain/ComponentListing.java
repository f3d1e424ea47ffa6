package dev.pyxis.launcher.plain;

import dev.pyxis.registry.api.Component;
import dev.pyxis.registry.api.ComponentRegistry;
import dev.pyxis.registry.api.Profile;
import dev.pyxis.registry.api.Slot;

import java.io.PrintWriter;

/** The {@code --components} listing: per slot, each component and its description. */
final class ComponentListing {
    private ComponentListing() {}

    static void print(ComponentRegistry registry, Profile profile, PrintWriter out) {
        int width = Slot.NONE.length();
        for (Slot slot : Slot.values()) {
            for (Component c : registry.available(slot)) {
                width = Math.max(width, c.name().length());
            }
        }
        for (Slot slot : Slot.values()) {
            String chosen = profile.choice(slot);
            out.println(slot.key() + (slot.optional() ? " (optional)" : ""));
            for (Component c : registry.available(slot)) {
                line(out, width, c.name().equals(chosen), c.name(), c.description());
            }
            if (slot.optional()) {
                line(out, width, chosen.equals(Slot.NONE), Slot.NONE, slot.noneDescription());
            }
        }
        out.println("* chosen by the profile");
    }

    private static void line(PrintWriter out, int width, boolean chosen, String name, String description) {
        out.printf("  %s %-" + width + "s  %s%n", chosen ? "*" : " ", name, description);
    }

}
