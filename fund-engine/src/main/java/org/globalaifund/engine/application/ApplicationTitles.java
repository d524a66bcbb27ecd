package org.globalaifund.engine.application;

import static org.globalaifund.engine.db.Tables.APPLICATION;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What ADMIN's lists show of an application (title, organisation, status), read in one query for the applications
 * listed only, instead of loading every application whole (its goals, budget, signatories and results) to find titles.
 */
@Component
public class ApplicationTitles {

    /** One application as a list shows it; a title or organisation not yet written is null. */
    public record Title(String id, String projectTitle, String orgName, ApplicationStatus status) {}

    private final DSLContext dsl;

    ApplicationTitles(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The titles of these applications by id (the ids of a page's tasks), in one query. */
    @Transactional(readOnly = true)
    public Map<String, Title> of(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.select(APPLICATION.ID, APPLICATION.PROJECT_TITLE, APPLICATION.ORG_NAME, APPLICATION.STATUS).from(APPLICATION)
                .where(APPLICATION.ID.in(ids))
                .fetch(r -> new Title(r.value1(), r.value2(), r.value3(), ApplicationStatus.valueOf(r.value4())))
                .stream().collect(Collectors.toMap(Title::id, Function.identity()));
    }

    /** The applications in one of these statuses, the newest first (as {@link ApplicationService#all()} orders them). */
    @Transactional(readOnly = true)
    public List<Title> inStatus(Collection<ApplicationStatus> statuses) {
        return dsl.select(APPLICATION.ID, APPLICATION.PROJECT_TITLE, APPLICATION.ORG_NAME, APPLICATION.STATUS).from(APPLICATION)
                .where(APPLICATION.STATUS.in(statuses.stream().map(Enum::name).toList()))
                .orderBy(APPLICATION.CREATED_AT.desc())
                .fetch(r -> new Title(r.value1(), r.value2(), r.value3(), ApplicationStatus.valueOf(r.value4())));
    }
}
