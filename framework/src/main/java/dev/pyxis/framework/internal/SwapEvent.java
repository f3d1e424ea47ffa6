package dev.pyxis.framework.internal;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** A swap of the collector plan in a running heap. */
@Name("dev.pyxis.CollectorSwap")
@Label("Pyxis Collector Swap")
@Category({"Pyxis", "Heap"})
@Description("The heap was evacuated into a new collector plan; the event's duration is the pause")
public final class SwapEvent extends Event {
    @Label("From")
    public String from;
    @Label("To")
    public String to;
    @Label("Live Bytes")
    @DataAmount
    public long liveBytes;
}
