package org.globalaifund.engine.application;

import static org.globalaifund.engine.db.Tables.APPLICATION_SIGNATORY;

import java.util.List;
import org.jooq.DSLContext;

/**
 * The people who sign for the applicant organisation, as named on the application ({@link Application#signatories()}):
 * due diligence screens them, the grant agreement names them. Written by {@link ApplicationService#saveOrganisation}
 * while the application is a draft.
 */
public final class ApplicationSignatories {

    /** At most this many signatories per application. */
    public static final int MAX = 3;

    /** A signatory: number 1..3 in the order given, full name, and the title under which they sign. */
    public record Signatory(int number, String name, String title) {}

    private ApplicationSignatories() {
    }

    static List<Signatory> load(DSLContext dsl, String applicationId) {
        return dsl.selectFrom(APPLICATION_SIGNATORY).where(APPLICATION_SIGNATORY.APPLICATION_ID.eq(applicationId))
                .orderBy(APPLICATION_SIGNATORY.SIGNATORY_NO)
                .fetch(r -> new Signatory(r.getSignatoryNo(), r.getName(), r.getTitle()));
    }

    static void replace(DSLContext dsl, String applicationId, List<ApplicationRules.SignatoryRow> rows) {
        dsl.deleteFrom(APPLICATION_SIGNATORY).where(APPLICATION_SIGNATORY.APPLICATION_ID.eq(applicationId)).execute();
        int number = 0;
        for (ApplicationRules.SignatoryRow row : rows) {
            dsl.insertInto(APPLICATION_SIGNATORY).set(APPLICATION_SIGNATORY.APPLICATION_ID, applicationId)
                    .set(APPLICATION_SIGNATORY.SIGNATORY_NO, ++number).set(APPLICATION_SIGNATORY.NAME, row.name().strip())
                    .set(APPLICATION_SIGNATORY.TITLE, row.title().strip()).execute();
        }
    }
}
