package org.globalaifund.engine.web;

import java.util.List;
import org.globalaifund.engine.problem.FundException;

/**
 * A request for one page of a list: how many rows at most, and the sort key of the last row already sent
 * ({@code null} for the first page). Built by {@link Paging} from {@code ?limit=} and {@code ?cursor=}.
 */
public record PageQuery(String list, int limit, List<String> after, String badCursorText) {

    public boolean first() {
        return after == null;
    }

    /** The cursor names a key that cannot be a key of this list: answered as a bad cursor. */
    public FundException badCursor() {
        return FundException.invalid("cursor", badCursorText);
    }
}
