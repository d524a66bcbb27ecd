package org.globalaifund.engine.web;

import org.globalaifund.engine.problem.FundException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Reads {@code ?limit=} and {@code ?cursor=} the same way for every API list: {@value #DEFAULT_LIMIT} rows unless
 * asked, at most {@value #MAX_LIMIT}; a limit that is not a number in range, or a cursor that is not one this list
 * wrote, is a 400 naming {@code limit} or {@code cursor}.
 */
@Component
public class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** For the OpenAPI description of the parameters. */
    public static final String LIMIT_DOC = "Rows per page, 1 to 200 (default 50)";
    public static final String CURSOR_DOC = "The `next` cursor of the previous page; absent for the first page";

    private final MessageSourceAccessor texts;

    public Paging(MessageSourceAccessor texts) {
        this.texts = texts;
    }

    public PageQuery query(String list, String limit, String cursor) {
        int rows = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                rows = Integer.parseInt(limit.strip());
            } catch (NumberFormatException notANumber) {
                rows = -1;
            }
            if (rows < 1 || rows > MAX_LIMIT) {
                throw FundException.invalid("limit", texts.getMessage("paging.error.limit", new Object[] {MAX_LIMIT}));
            }
        }
        String badCursor = texts.getMessage("paging.error.cursor");
        if (cursor == null || cursor.isEmpty()) {
            return new PageQuery(list, rows, null, badCursor);
        }
        return new PageQuery(list, rows, PageCursor.decode(list, cursor.strip())
                .orElseThrow(() -> FundException.invalid("cursor", badCursor)), badCursor);
    }
}
