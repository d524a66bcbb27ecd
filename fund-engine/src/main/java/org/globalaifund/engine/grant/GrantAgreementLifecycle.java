package org.globalaifund.engine.grant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.templates.RenderedPdf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The GrantAgreement process's steps, as its delegates call them. Each may run again after a failure (a job
 * retried), so each is idempotent: one grant per application, transitions and tranche changes count rows, emails
 * are keyed by application and step. None of them commits anything in the ledger: only acceptance does.
 */
@Service
@Transactional
public class GrantAgreementLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GrantAgreementLifecycle.class);

    private final GrantRepository grants;
    private final ApplicationService applications;
    private final CallService calls;
    private final PersonRepository people;
    private final Languages languages;
    private final GrantAgreementDocument document;
    private final GrantNotices notices;
    private final GrantProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    GrantAgreementLifecycle(GrantRepository grants, ApplicationService applications, CallService calls, PersonRepository people,
            Languages languages, GrantAgreementDocument document, GrantNotices notices, GrantProperties properties, AuditTrail audit,
            Clock clock) {
        this.grants = grants;
        this.applications = applications;
        this.calls = calls;
        this.people = people;
        this.languages = languages;
        this.document = document;
        this.notices = notices;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The grant of an approved application, created once from the board's approved terms: reference
     * {@code GAF-<year>-<0001>}, the tranche schedule, a snapshot of the results framework and the agreement PDF in the
     * applicant's language (kept with its SHA-256); the application becomes OFFERED and the applicant is emailed. The
     * deadline is the end (UTC) of the day {@code fund.grant.acceptance-period} after today. A second run returns the
     * grant the first created.
     */
    public Grant prepare(String applicationId) {
        Optional<Grant> existing = grants.ofApplication(applicationId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Application app = applications.get(applicationId);
        GrantRepository.BoardApproval approval = grants.boardApproval(applicationId)
                .orElseThrow(() -> new IllegalStateException("No board approval for application " + applicationId));
        FundingCall call = calls.get(app.callId());
        if (!approval.total().currency().equals(call.budget().currency())) {
            throw new IllegalStateException("The board approved " + approval.total().currency() + " for a call in "
                    + call.budget().currency() + ": application " + applicationId);
        }
        Person applicant = person(app.applicantId());
        Locale locale = languages.localeOf(applicant.preferredLanguage());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant dueAt = today.plusDays(properties.acceptanceDays() + 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
        int year = today.getYear();
        int seq = grants.nextSequence(year);
        String reference = String.format("GAF-%d-%04d", year, seq);
        Grant draft = new Grant(UUID.randomUUID().toString(), applicationId, call.id(), reference, approval.total(), approval.conditions(),
                GrantStatus.OFFERED, now, dueAt, locale.getLanguage(), null, null, null, null);
        RenderedPdf pdf = document.render(draft, app, call, applicant, approval.tranches(), locale);
        if (pdf.hasReplacements()) {
            log.warn("Agreement {} drew placeholders for {}", reference, pdf.replacedCharacters());
        }
        byte[] bytes = pdf.bytes();
        Grant grant = new Grant(draft.id(), applicationId, call.id(), reference, approval.total(), approval.conditions(), GrantStatus.OFFERED,
                now, dueAt, locale.getLanguage(), sha256(bytes), null, null, null);
        grants.insert(grant, year, seq, bytes);
        grants.insertTranches(grant.id(), approval.tranches());
        grants.insertIndicators(grant.id(), app.indicators());
        applications.transition(applicationId, ApplicationStatus.OFFERED, "OFFERED", null, ApplicationStatus.APPROVED);
        notices.offered(grant, app);
        audit.record(null, "GRANT_OFFERED", "GRANT", grant.id(), reference + " " + grant.total().amount() + " "
                + grant.total().currency().getCurrencyCode() + ", agreement sha256 " + grant.agreementSha256());
        return grant;
    }

    /** The deadline passed unanswered: the grant and the application LAPSED, the applicant told. Commits nothing. */
    public void lapse(String applicationId) {
        Grant grant = ofApplication(applicationId);
        if (grants.closed(grant.id(), GrantStatus.LAPSED, clock.instant())) {
            audit.record(null, "GRANT_LAPSED", "GRANT", grant.id(), grant.reference());
        }
        applications.transition(applicationId, ApplicationStatus.LAPSED, "OFFER_LAPSED", null, ApplicationStatus.OFFERED);
        Application app = applications.get(applicationId);
        notices.lapsed(grant, app);
    }

    /** The applicant declined (recorded with the reason by the portal): the grant and the application DECLINED. */
    public void recordDeclination(String applicationId) {
        Grant grant = ofApplication(applicationId);
        if (grants.closed(grant.id(), GrantStatus.DECLINED, clock.instant())) {
            audit.record(null, "GRANT_DECLINED", "GRANT", grant.id(), grant.reference());
        }
        String by = grant.declinedAt() != null ? grantDeclinedBy(grant) : null;
        applications.transition(applicationId, ApplicationStatus.DECLINED, "DECLINED", by, ApplicationStatus.OFFERED);
    }

    /** The committed grant's first tranche is due (its condition, acceptance, is met): one timeline entry. */
    public void markFirstTrancheDue(String applicationId) {
        Grant grant = ofApplication(applicationId);
        if (grants.trancheDue(grant.id(), 1, clock.instant())) {
            applications.transition(applicationId, ApplicationStatus.COMMITTED, "TRANCHE_DUE", null, ApplicationStatus.COMMITTED);
            audit.record(null, "TRANCHE_DUE", "GRANT", grant.id(), grant.reference() + " tranche 1");
        }
    }

    private String grantDeclinedBy(Grant grant) {
        return grants.declinedBy(grant.id());
    }

    private Grant ofApplication(String applicationId) {
        return grants.ofApplication(applicationId).orElseThrow(() -> FundException.notFound("Grant"));
    }

    private Person person(String id) {
        return people.findById(id).orElseThrow(() -> FundException.notFound("Person"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
