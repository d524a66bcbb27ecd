package org.globalaifund.engine.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.SortOrder;
import org.jooq.impl.DSL;

/**
 * Keyset pagination in SQL for one list: its total order (ending in the primary key, no null keys), the condition
 * "after the last row sent" in that order (mixed directions allowed), and the page built from {@code limit + 1}
 * fetched rows: the extra row only says there is a next page. Rows added between two requests are never repeated,
 * and none ordered before the cursor is skipped, because a page starts from a key, not from a count.
 */
public record Keyset(List<SortField<?>> order) {

    public static Keyset of(SortField<?>... order) {
        return new Keyset(List.of(order));
    }

    /** Rows strictly after the cursor's key; every row for the first page. */
    public Condition after(PageQuery query) {
        if (query.first()) {
            return DSL.noCondition();
        }
        if (query.after().size() != order.size()) {
            throw query.badCursor();
        }
        if (order.stream().map(sort -> descending(sort)).distinct().count() == 1) {
            // one direction: a row-value comparison, (a, b) > (?, ?), which an index on (a, b) serves directly
            List<Field<?>> fields = new ArrayList<>(order.size());
            List<Field<?>> values = new ArrayList<>(order.size());
            for (int i = 0; i < order.size(); i++) {
                Field<?> field = order.get(i).$field();
                fields.add(field);
                values.add(bound(field, query.after().get(i), query));
            }
            return descending(order.get(0)) ? DSL.row(fields).lt(DSL.row(values)) : DSL.row(fields).gt(DSL.row(values));
        }
        // mixed directions: (a < ?) or (a = ? and b > ?) or ...
        Condition result = DSL.falseCondition();
        Condition equalSoFar = DSL.trueCondition();
        for (int i = 0; i < order.size(); i++) {
            SortField<?> sort = order.get(i);
            Condition step = beyond(sort, query.after().get(i), query);
            result = result.or(equalSoFar.and(step));
            equalSoFar = equalSoFar.and(equal(sort.$field(), query.after().get(i), query));
        }
        return result;
    }

    /** How many rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize(PageQuery query) {
        return query.limit() + 1;
    }

    /** The page of {@code rows} (fetched with {@link #fetchSize}), with the cursor of its last row if more follow. */
    public <R extends Record, T> Page<T> page(PageQuery query, List<R> rows, Function<? super R, ? extends T> mapper) {
        boolean more = rows.size() > query.limit();
        List<R> shown = more ? rows.subList(0, query.limit()) : rows;
        String next = null;
        if (more) {
            R last = shown.get(shown.size() - 1);
            List<String> key = new ArrayList<>(order.size());
            order.forEach(sort -> key.add(text(last.get(sort.$field()))));
            next = PageCursor.encode(query.list(), key);
        }
        return new Page<>(shown.stream().<T>map(mapper).toList(), next);
    }

    private static boolean descending(SortField<?> sort) {
        return sort.$sortOrder() == SortOrder.DESC;
    }

    private static <T> Field<T> bound(Field<T> field, String text, PageQuery query) {
        return DSL.val(value(field, text, query), field);
    }

    private static <T> Condition beyond(SortField<T> sort, String text, PageQuery query) {
        Field<T> field = sort.$field();
        T value = value(field, text, query);
        return descending(sort) ? field.lt(value) : field.gt(value);
    }

    private static <T> Condition equal(Field<T> field, String text, PageQuery query) {
        return field.eq(value(field, text, query));
    }

    private static String text(Object value) {
        if (value == null) {
            throw new IllegalStateException("a keyset sort key may not be null");
        }
        return value.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> T value(Field<T> field, String text, PageQuery query) {
        Class<T> type = field.getType();
        try {
            Object value;
            if (type == String.class) {
                value = text;
            } else if (type == Long.class) {
                value = Long.valueOf(text);
            } else if (type == Integer.class) {
                value = Integer.valueOf(text);
            } else if (type == LocalDate.class) {
                value = LocalDate.parse(text);
            } else if (type == Instant.class) {
                value = Instant.parse(text);
            } else if (type == OffsetDateTime.class) {
                value = OffsetDateTime.parse(text);
            } else if (type == LocalDateTime.class) {
                value = LocalDateTime.parse(text);
            } else {
                return field.getDataType().convert(text);
            }
            return (T) value;
        } catch (RuntimeException notAKey) {
            throw query.badCursor();
        }
    }
}
