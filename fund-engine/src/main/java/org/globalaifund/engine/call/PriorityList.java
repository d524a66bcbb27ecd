package org.globalaifund.engine.call;

import java.util.List;

/** One year's list of priority investment areas: the enablers in their order, each with a short text on why. */
public record PriorityList(int year, String introduction, boolean published, List<Entry> areas) {

    /** An area on the list, with its place (1 = first priority). */
    public record Entry(int rank, PriorityArea area, String summary) {}
}
