package org.globalaifund.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the document models run in their constructors, so bad input is refused with an
 * {@link IllegalArgumentException} naming the field before any page is drawn.
 */
final class Require {

    private Require() {
    }

    static <T> T present(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required.");
        }
        return value;
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required.");
        }
        return value;
    }

    /** Optional text: null or blank becomes "". */
    static String optional(String value) {
        return value == null || value.isBlank() ? "" : value;
    }

    /** An immutable copy; a null list is refused, as is a null element (List.copyOf would throw NPE). */
    static <T> List<T> list(List<T> values, String what) {
        present(values, what);
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(what + ": entry " + (i + 1) + " is missing.");
            }
            copy.add(values.get(i));
        }
        return List.copyOf(copy);
    }

    static <T> List<T> nonEmpty(List<T> values, String what) {
        List<T> copy = list(values, what);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one entry.");
        }
        return copy;
    }
}
