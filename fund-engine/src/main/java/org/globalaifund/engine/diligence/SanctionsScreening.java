package org.globalaifund.engine.diligence;

import java.util.List;
import org.globalaifund.engine.diligence.SanctionsMatcher.ScreenedName;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens names against the current sanctions list: the list's names sharing a key with the screened ones are read
 * through the key index, then {@link SanctionsMatcher} decides. Used by ADMIN's check page and by {@link DueDiligence}.
 */
@Service
public class SanctionsScreening {

    private final SanctionsListRepository lists;
    private final MessageSourceAccessor texts;

    public SanctionsScreening(SanctionsListRepository lists, MessageSourceAccessor texts) {
        this.lists = lists;
        this.texts = texts;
    }

    /** The list version used, and each screenable name with its matches (blank names and repeats left out). */
    public record Result(SanctionsListVersion list, List<ScreenedName> names) {

        public boolean anyMatch() {
            return names.stream().anyMatch(n -> !n.matches().isEmpty());
        }
    }

    /**
     * Screens the names against the current list; blank names are ignored (so the result may name none: callers that
     * need a name check {@link SanctionsMatcher#screenable} first). Refused when no list has been imported yet, or when
     * a name is longer than any the list can hold.
     */
    @Transactional(readOnly = true)
    public Result screen(List<String> names) {
        List<String> screenable = SanctionsMatcher.screenable(names);
        if (screenable.stream().anyMatch(n -> n.length() > SanctionsListFile.MAX_NAME_LENGTH)) {
            throw FundException.invalid("names",
                    texts.getMessage("sanctions.error.nameLength", new Object[] {SanctionsListFile.MAX_NAME_LENGTH}));
        }
        SanctionsListVersion list = lists.current()
                .orElseThrow(() -> new FundException(ProblemType.STATE_CONFLICT, texts.getMessage("sanctions.error.noList")));
        List<String> keys = screenable.stream().map(SanctionsNameKey::of).toList();
        SanctionsMatcher matcher = new SanctionsMatcher(lists.namesWithKeys(list.id(), keys));
        return new Result(list, matcher.screen(screenable));
    }
}
