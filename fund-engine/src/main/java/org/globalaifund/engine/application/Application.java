package org.globalaifund.engine.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.globalaifund.engine.money.Money;

/**
 * An application to a call as its applicant drafts it: the organisation, the project with its SDG goals and
 * targets, and the cash budget lines. Each step may be empty until submission; {@code version} grows on every change.
 */
public record Application(
        String id,
        String callId,
        String applicantId,
        ApplicationStatus status,
        int version,
        String orgName,
        String orgType,
        String orgCountry,
        String projectTitle,
        String projectSummary,
        List<Integer> sdgGoals,
        List<String> sdgTargets,
        List<BudgetLine> budget,
        Instant createdAt,
        Instant submittedAt) {

    /** The steps of the form, in order; each has its own page and is saved on its own. */
    public enum Step { ORGANISATION, PROJECT, BUDGET }

    public boolean isDraft() {
        return status == ApplicationStatus.DRAFT;
    }

    public boolean hasOrganisation() {
        return notBlank(orgName) && notBlank(orgType) && notBlank(orgCountry);
    }

    public boolean hasProject() {
        return notBlank(projectTitle) && notBlank(projectSummary) && !sdgGoals.isEmpty();
    }

    /** The steps still missing before submission; the budget is required only when the call offers cash. */
    public List<Step> missingSteps(boolean callOffersCash) {
        List<Step> missing = new ArrayList<>();
        if (!hasOrganisation()) {
            missing.add(Step.ORGANISATION);
        }
        if (!hasProject()) {
            missing.add(Step.PROJECT);
        }
        if (callOffersCash && budget.isEmpty()) {
            missing.add(Step.BUDGET);
        }
        return missing;
    }

    /** The cash requested in all lines, or empty when there is no line. */
    public Optional<Money> cashTotal() {
        return budget.stream().map(BudgetLine::amount)
                .reduce((a, b) -> new Money(Math.addExact(a.minor(), b.minor()), a.currency()));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
