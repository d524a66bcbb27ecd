package org.globalaifund.ledger;

import java.util.Objects;

/** Voids a pending entry, at most once and never after a post: its reserved amounts stop counting. */
public record VoidPending(String id, String pendingId, String description, boolean linked) implements Command {

    public VoidPending {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pendingId, "pendingId");
    }

    public static VoidPending of(String id, String pendingId) {
        return new VoidPending(id, pendingId, null, false);
    }

    @Override
    public VoidPending linkedToNext() {
        return new VoidPending(id, pendingId, description, true);
    }
}
