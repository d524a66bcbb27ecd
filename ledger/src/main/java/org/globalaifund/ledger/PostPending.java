package org.globalaifund.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Posts a pending entry, at most once. With {@code amount == null} every line posts in full. A partial post (an amount
 * below the pending amount) is allowed only for a pending entry of exactly two lines: both lines post that amount and
 * the rest of the reservation is released, as in TigerBeetle.
 *
 * @param valueDate null for the pending entry's value date
 */
public record PostPending(String id, String pendingId, Long amount, LocalDate valueDate, String description,
                          boolean linked) implements Command {

    public PostPending {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pendingId, "pendingId");
    }

    public static PostPending full(String id, String pendingId) {
        return new PostPending(id, pendingId, null, null, null, false);
    }

    public static PostPending partial(String id, String pendingId, long amount) {
        return new PostPending(id, pendingId, amount, null, null, false);
    }

    @Override
    public PostPending linkedToNext() {
        return new PostPending(id, pendingId, amount, valueDate, description, true);
    }
}
