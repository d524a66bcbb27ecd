package org.globalaifund.ledger;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A new entry in one book: two or more lines that balance per fund. Posted at once, or pending (reserving the amounts
 * against limits until a {@link PostPending} or {@link VoidPending}, or until its optional timeout passes).
 *
 * @param valueDate  the date the entry is effective: periods close and as-of balances count by it
 * @param refType    optional business type of the source, e.g. {@code pledge}
 * @param refId      optional business id of the source, e.g. {@code PLG-12}
 * @param timeout    only for pending entries; null means it never expires
 */
public record NewEntry(String id, String book, LocalDate valueDate, String description, String refType, String refId,
                       List<Line> lines, boolean pending, Duration timeout, boolean linked) implements Command {

    public NewEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(valueDate, "valueDate");
        lines = List.copyOf(lines);
    }

    public static Builder builder(String id, String book, LocalDate valueDate) {
        return new Builder(id, book, valueDate);
    }

    @Override
    public NewEntry linkedToNext() {
        return new NewEntry(id, book, valueDate, description, refType, refId, lines, pending, timeout, true);
    }

    /** Builds a {@link NewEntry} line by line. */
    public static final class Builder {
        private final String id;
        private final String book;
        private final LocalDate valueDate;
        private final List<Line> lines = new ArrayList<>();
        private String description;
        private String refType;
        private String refId;
        private boolean pending;
        private Duration timeout;
        private boolean linked;

        private Builder(String id, String book, LocalDate valueDate) {
            this.id = id;
            this.book = book;
            this.valueDate = valueDate;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder reference(String type, String businessId) {
            this.refType = type;
            this.refId = businessId;
            return this;
        }

        public Builder debit(long accountId, long amount) {
            lines.add(Line.debit(accountId, amount));
            return this;
        }

        public Builder credit(long accountId, long amount) {
            lines.add(Line.credit(accountId, amount));
            return this;
        }

        public Builder line(Line line) {
            lines.add(line);
            return this;
        }

        public Builder pending() {
            this.pending = true;
            return this;
        }

        /** Makes the entry pending with a timeout after which it expires. */
        public Builder pending(Duration expiresAfter) {
            this.pending = true;
            this.timeout = expiresAfter;
            return this;
        }

        public Builder timeout(Duration expiresAfter) {
            this.timeout = expiresAfter;
            return this;
        }

        public Builder linked() {
            this.linked = true;
            return this;
        }

        public NewEntry build() {
            return new NewEntry(id, book, valueDate, description, refType, refId, lines, pending, timeout, linked);
        }
    }
}
