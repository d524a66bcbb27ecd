package org.globalaifund.engine.reference;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The 17 UN Sustainable Development Goals from the IATI codelist, with their names in English and French. */
@Component
public class SdgGoals {

    private final Codelist goals = Codelist.load("UNSDG-Goals");

    public boolean contains(Integer goal) {
        return goal != null && goals.contains(goal.toString());
    }

    public List<Integer> all() {
        return goals.codes().stream().map(Integer::valueOf).toList();
    }

    /** "Goal 3. Ensure healthy lives..." in the reader's language (English when the codelist has no translation). */
    public String label(Integer goal, Locale locale) {
        return goals.label(goal.toString(), locale).orElse(goal.toString());
    }
}
