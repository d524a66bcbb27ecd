package org.globalaifund.engine.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.globalaifund.engine.board.BoardRules.TrancheRow;

/** Reads the schedule rows of the board's forms: fields {@code amount-N}, {@code condition-N}, {@code month-N}. */
final class BoardForms {

    /** Rows a form shows: enough for a schedule, blank ones ignored. */
    static final int ROWS = 5;

    private BoardForms() {
    }

    static List<TrancheRow> rows(Map<String, String> params) {
        List<TrancheRow> rows = new ArrayList<>();
        for (int i = 1; i <= BoardRules.MAX_TRANCHES; i++) {
            if (params.containsKey("amount-" + i) || params.containsKey("condition-" + i) || params.containsKey("month-" + i)) {
                rows.add(new TrancheRow(params.get("amount-" + i), params.get("condition-" + i), params.get("month-" + i)));
            }
        }
        return rows;
    }

    /** The rows padded with blank ones to {@link #ROWS}, for the form. */
    static List<TrancheRow> padded(List<TrancheRow> rows) {
        List<TrancheRow> padded = new ArrayList<>(rows);
        while (padded.size() < ROWS) {
            padded.add(new TrancheRow("", "", ""));
        }
        return padded;
    }
}
