package org.globalaifund.templates;

import java.util.List;

import org.globalaifund.templates.Block.Column;
import org.globalaifund.templates.Block.Table;

/** A tranche schedule as a table: number, amount, and due date and/or condition. */
final class ScheduleTable {

    private ScheduleTable() {
    }

    static Table of(List<Tranche> tranches, Labels labels) {
        return new Table(List.of(
                        Column.right(labels.text("schedule.number"), 10),
                        Column.right(labels.text("schedule.amount"), 25),
                        Column.left(labels.text("schedule.due"), 65)),
                tranches.stream().map(t -> List.of(
                        Integer.toString(t.number()),
                        labels.amount(t.amount()),
                        due(t, labels))).toList());
    }

    private static String due(Tranche tranche, Labels labels) {
        if (tranche.dueDate() == null) {
            return tranche.condition();
        }
        String date = labels.date(tranche.dueDate());
        return tranche.condition().isEmpty() ? date : labels.text("schedule.dateAndCondition", date, tranche.condition());
    }
}
