package org.globalaifund.engine.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/**
 * One page of an API list: the rows in the list's order, and the opaque cursor of the next page, {@code null} on the
 * last page (always present in the JSON). Pass {@code next} back as {@code ?cursor=} to continue.
 */
@Schema(description = "One page of a list. `next` is the cursor of the following page (pass it as ?cursor=), null on the last page.")
public record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {

    public Page {
        items = List.copyOf(items);
    }

    public <U> Page<U> map(Function<? super T, ? extends U> mapper) {
        return new Page<>(items.stream().<U>map(mapper).toList(), next);
    }
}
