package org.globalaifund.engine.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.globalaifund.engine.money.Money;

/**
 * An application to a call as its applicant drafts it: the organisation with the people who sign for it, the project with its SDG goals and
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
        List<ApplicationSignatories.Signatory> signatories,
        String projectTitle,
        String projectSummary,
        List<Integer> sdgGoals,
        List<String> sdgTargets,
        List<BudgetLine> budget,
        List<Indicator> indicators,
        Instant createdAt,
        Instant submittedAt) {

    /** The steps of the form, in order; each has its own page and is saved on its own. */
    public enum Step {
        ORGANISATION, PROJECT, BUDGET, RESULTS,
        /** Not a page: at least one kind of support (a cash line, compute, data or models, seats or expert time). */
        SUPPORT
    }

    public boolean isDraft() {
        return status == ApplicationStatus.DRAFT;
    }

    /** Name, type and country of the organisation, and at least one signatory. */
    public boolean hasOrganisation() {
        return notBlank(orgName) && notBlank(orgType) && notBlank(orgCountry) && !signatories.isEmpty();
    }

    public boolean hasProject() {
        return notBlank(projectTitle) && notBlank(projectSummary) && !sdgGoals.isEmpty();
    }

    /** At least one indicator, each under a goal the project still names (the goals may change after the indicators). */
    public boolean hasResults() {
        return !indicators.isEmpty() && indicators.stream().allMatch(i -> sdgGoals.contains(i.sdgGoal()));
    }

    /** The steps still missing before submission; some support must be requested, in cash or {@code inKindRequested}. */
    public List<Step> missingSteps(boolean inKindRequested) {
        List<Step> missing = new ArrayList<>();
        if (!hasOrganisation()) {
            missing.add(Step.ORGANISATION);
        }
        if (!hasProject()) {
            missing.add(Step.PROJECT);
        }
        if (budget.isEmpty() && !inKindRequested) {
            missing.add(Step.SUPPORT);
        }
        if (!hasResults()) {
            missing.add(Step.RESULTS);
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
