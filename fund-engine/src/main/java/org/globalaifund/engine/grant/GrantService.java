package org.globalaifund.engine.grant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.application.Indicator;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.problem.FundException;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants as their applicants see and answer them: an applicant reaches only the grants of their own applications
 * (anyone else's is "not found"); they enter the bank account, then accept (which commits the whole grant in the
 * ledger) or decline, before the deadline. A refused step leaves nothing written: no entry, no status change, and
 * the process still waiting.
 */
@Service
@Transactional
public class GrantService {

    /** A grant with its schedule, results framework and bank accounts, for the pages. */
    public record GrantView(Grant grant, Application application, List<GrantTranche> tranches, List<Indicator> indicators,
            List<BankAccountVersion> bankAccounts) {

        public BankAccountVersion latestBankAccount() {
            return bankAccounts.isEmpty() ? null : bankAccounts.get(bankAccounts.size() - 1);
        }
    }

    private final GrantRepository grants;
    private final GrantBankAccounts bankAccounts;
    private final GrantCommitment commitment;
    private final GrantProcess process;
    private final ApplicationService applications;
    private final CallService calls;
    private final AuditTrail audit;
    private final MessageSourceAccessor texts;
    private final Clock clock;

    GrantService(GrantRepository grants, GrantBankAccounts bankAccounts, GrantCommitment commitment, GrantProcess process,
            ApplicationService applications, CallService calls, AuditTrail audit, MessageSourceAccessor texts, Clock clock) {
        this.grants = grants;
        this.bankAccounts = bankAccounts;
        this.commitment = commitment;
        this.process = process;
        this.applications = applications;
        this.calls = calls;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** The grants of the applicant's applications, newest first. */
    @Transactional(readOnly = true)
    public List<Grant> mine(String applicantId) {
        List<String> ids = applications.mine(applicantId).stream().map(Application::id).toList();
        return ids.isEmpty() ? List.of() : grants.ofApplications(ids);
    }

    /** The applicant's own grant; anyone else's is "not found". */
    @Transactional(readOnly = true)
    public Grant own(String applicantId, String grantId) {
        Grant grant = get(grantId);
        try {
            applications.own(applicantId, grant.applicationId());
        } catch (FundException e) {
            throw FundException.notFound("Grant");
        }
        return grant;
    }

    /** Any grant, for FINANCE and ADMIN. */
    @Transactional(readOnly = true)
    public Grant get(String grantId) {
        return grants.find(grantId).orElseThrow(() -> FundException.notFound("Grant"));
    }

    /** The grant of an application, if the board's approval has become one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Grant> ofApplication(String applicationId) {
        return grants.ofApplication(applicationId);
    }

    @Transactional(readOnly = true)
    public List<Grant> all() {
        return grants.all();
    }

    @Transactional(readOnly = true)
    public GrantView view(Grant grant) {
        return new GrantView(grant, applications.get(grant.applicationId()), grants.tranches(grant.id()), grants.indicators(grant.id()),
                bankAccounts.versions(grant.id()));
    }

    /** The agreement as offered (the bytes whose SHA-256 the grant keeps). */
    @Transactional(readOnly = true)
    public byte[] agreementPdf(Grant grant) {
        return grants.agreementPdf(grant.id());
    }

    /** A new version of the bank account of the applicant's grant (see {@link GrantBankAccounts}). */
    public BankAccountVersion enterBankDetails(String applicantId, String grantId, BankDetails details) {
        return bankAccounts.enter(applicantId, own(applicantId, grantId), details);
    }

    /**
     * The applicant accepts on behalf of their organisation, before the deadline, once bank details are entered: the
     * whole grant is committed in the ledger (FIFO across the call's funds, see {@link GrantCommitment}), the grant
     * and application become COMMITTED and the process is told, all in this transaction. Refused, with nothing
     * written, when the box is not ticked, no bank details were entered, the offer is no longer open, the funds fall
     * short, or the process no longer waits.
     */
    public Grant accept(String applicantId, String grantId, boolean onBehalfConfirmed) {
        Grant grant = own(applicantId, grantId);
        Instant now = clock.instant();
        if (grant.status() != GrantStatus.OFFERED || grant.declinedAt() != null) {
            throw FundException.conflict(texts.getMessage("grant.error.closed"));
        }
        if (!now.isBefore(grant.acceptanceDueAt())) {
            throw FundException.conflict(texts.getMessage("grant.error.deadlinePassed"));
        }
        if (bankAccounts.latest(grantId).isEmpty()) {
            throw FundException.invalid("bank", texts.getMessage("grant.error.noBankDetails"));
        }
        if (!onBehalfConfirmed) {
            throw FundException.invalid("onBehalf", texts.getMessage("grant.error.onBehalf"));
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<GrantCommitment.Share> shares = commitment.commit(grant, calls.get(grant.callId()), today);
        if (!grants.accepted(grantId, applicantId, now)
                || !applications.transition(grant.applicationId(), ApplicationStatus.COMMITTED, "ACCEPTED", applicantId,
                        ApplicationStatus.OFFERED)) {
            throw FundException.conflict(texts.getMessage("grant.error.closed"));
        }
        grants.planFrom(grantId, today);
        audit.record(applicantId, "GRANT_ACCEPTED", "GRANT", grantId, grant.reference() + " committed: " + shares);
        process.accepted(grant.applicationId());
        return get(grantId);
    }

    /** The applicant declines the open offer, with an optional reason; the process records the declination. */
    public Grant decline(String applicantId, String grantId, String reason) {
        Grant grant = own(applicantId, grantId);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 2000) {
            throw FundException.invalid("reason", texts.getMessage("grant.error.reason", new Object[] {2000}));
        }
        if (!grant.openAt(clock.instant()) || !grants.declining(grantId, applicantId, why, clock.instant())) {
            throw FundException.conflict(texts.getMessage("grant.error.closed"));
        }
        audit.record(applicantId, "GRANT_DECLINING", "GRANT", grantId, why == null ? grant.reference() : grant.reference() + ": " + why);
        process.declined(grant.applicationId());
        return get(grantId);
    }
}
