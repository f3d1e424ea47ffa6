package dev.pyxis.framework.internal;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** One collection of the owned heap, as Java Flight Recorder shows it. */
@Name("dev.pyxis.Collection")
@Label("Pyxis Collection")
@Category({"Pyxis", "Heap"})
@Description("A stop-the-world collection of the Pyxis heap; the event's duration is the pause")
public final class CollectionEvent extends Event {
    @Label("Plan")
    public String plan;
    @Label("Reason")
    public String reason;
    @Label("Used Before")
    @DataAmount
    public long usedBefore;
    @Label("Used After")
    @DataAmount
    public long usedAfter;
    @Label("Capacity")
    @DataAmount
    public long capacity;
}
