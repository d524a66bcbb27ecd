package org.globalaifund.engine.grant;

import static org.globalaifund.engine.db.Tables.GRANT_BANK_ACCOUNT;
import static org.globalaifund.engine.db.Tables.GRANT_BANK_CONFIRMATION;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.db.tables.records.GrantBankAccountRecord;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.jooq.DSLContext;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank accounts grants are paid into, four eyes: the applicant enters the account (each change a new version,
 * never an update); FINANCE confirms it. The first account needs one FINANCE confirmation; an account entered after
 * an earlier one was confirmed needs a second confirmation by a different FINANCE person. Nobody confirms an account
 * they entered. A payment may use only {@link #payableBankAccount(String)}. Every step is audited (account masked).
 */
@Service
@Transactional
public class GrantBankAccounts {

    private final DSLContext dsl;
    private final GrantRepository grants;
    private final BankDetailsRules rules;
    private final PersonRepository people;
    private final AuditTrail audit;
    private final MessageSourceAccessor texts;
    private final Clock clock;

    GrantBankAccounts(DSLContext dsl, GrantRepository grants, BankDetailsRules rules, PersonRepository people, AuditTrail audit,
            MessageSourceAccessor texts, Clock clock) {
        this.dsl = dsl;
        this.grants = grants;
        this.rules = rules;
        this.people = people;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * A new version of the grant's bank account, entered by its applicant while the grant is offered or committed;
     * {@code grant} is the applicant's own (the caller checked). Refused (nothing written) when a field is wrong.
     */
    BankAccountVersion enter(String applicantId, Grant grant, BankDetails typed) {
        if (grant.status() != GrantStatus.OFFERED && grant.status() != GrantStatus.COMMITTED || grant.declinedAt() != null) {
            throw FundException.conflict(texts.getMessage("grant.error.closed"));
        }
        BankDetails details = rules.check(typed);
        List<BankAccountVersion> earlier = versions(grant.id());
        boolean afterConfirmation = earlier.stream().anyMatch(v -> !v.confirmations().isEmpty());
        int version = earlier.stream().mapToInt(BankAccountVersion::version).max().orElse(0) + 1;
        String id = UUID.randomUUID().toString();
        dsl.insertInto(GRANT_BANK_ACCOUNT).set(GRANT_BANK_ACCOUNT.ID, id).set(GRANT_BANK_ACCOUNT.GRANT_ID, grant.id())
                .set(GRANT_BANK_ACCOUNT.VERSION_NO, version).set(GRANT_BANK_ACCOUNT.HOLDER, details.holder())
                .set(GRANT_BANK_ACCOUNT.BANK_NAME, details.bankName()).set(GRANT_BANK_ACCOUNT.BANK_COUNTRY, details.bankCountry())
                .set(GRANT_BANK_ACCOUNT.IBAN, details.iban()).set(GRANT_BANK_ACCOUNT.ACCOUNT_NUMBER, details.accountNumber())
                .set(GRANT_BANK_ACCOUNT.BIC, details.bic()).set(GRANT_BANK_ACCOUNT.REQUIRED_CONFIRMATIONS, afterConfirmation ? 2 : 1)
                .set(GRANT_BANK_ACCOUNT.ENTERED_BY, applicantId).set(GRANT_BANK_ACCOUNT.ENTERED_AT, clock.instant()).execute();
        BankAccountVersion entered = get(id);
        audit.record(applicantId, "BANK_DETAILS_ENTERED", "GRANT", grant.id(),
                "version " + version + ", " + entered.masked() + ", confirmations needed: " + entered.requiredConfirmations());
        return entered;
    }

    /**
     * FINANCE confirms the latest version of a grant's account: once for a first account, twice (two different people)
     * for a change. Refused for a superseded or fully confirmed version, by someone without the FINANCE role, by the
     * person who entered it, or by the person who gave the first confirmation.
     */
    public BankAccountVersion confirm(String financeId, String versionId) {
        BankAccountVersion v = get(versionId);
        if (people.findById(financeId).filter(p -> p.has(Role.FINANCE)).isEmpty()) {
            throw FundException.conflict(texts.getMessage("grant.bank.error.notFinance"));
        }
        if (latest(v.grantId()).map(l -> l.version() != v.version()).orElse(true)) {
            throw FundException.conflict(texts.getMessage("grant.bank.error.superseded"));
        }
        if (v.fullyConfirmed()) {
            throw FundException.conflict(texts.getMessage("grant.bank.error.confirmed"));
        }
        if (v.enteredBy().equals(financeId)) {
            throw FundException.conflict(texts.getMessage("grant.bank.error.ownEntry"));
        }
        if (v.confirmedBy(financeId)) {
            throw FundException.conflict(texts.getMessage("grant.bank.error.secondPerson"));
        }
        int number = v.confirmations().size() + 1;
        dsl.insertInto(GRANT_BANK_CONFIRMATION).set(GRANT_BANK_CONFIRMATION.BANK_ACCOUNT_ID, versionId)
                .set(GRANT_BANK_CONFIRMATION.CONFIRMATION_NO, number).set(GRANT_BANK_CONFIRMATION.CONFIRMED_BY, financeId)
                .set(GRANT_BANK_CONFIRMATION.CONFIRMED_AT, clock.instant()).execute();
        audit.record(financeId, "BANK_DETAILS_CONFIRMED", "GRANT", v.grantId(),
                "version " + v.version() + ", " + v.masked() + ", confirmation " + number + " of " + v.requiredConfirmations());
        return get(versionId);
    }

    /** The account payments may use: the latest fully confirmed version, or none. A change waiting for its
     * confirmations leaves the earlier confirmed account in use, as the agreement says. */
    @Transactional(readOnly = true)
    public Optional<BankAccountVersion> payableBankAccount(String grantId) {
        return versions(grantId).stream().filter(BankAccountVersion::fullyConfirmed).reduce((a, b) -> b);
    }

    /** Every version of the grant's account, oldest first. */
    @Transactional(readOnly = true)
    public List<BankAccountVersion> versions(String grantId) {
        return dsl.selectFrom(GRANT_BANK_ACCOUNT).where(GRANT_BANK_ACCOUNT.GRANT_ID.eq(grantId)).orderBy(GRANT_BANK_ACCOUNT.VERSION_NO)
                .fetch(this::toVersion);
    }

    @Transactional(readOnly = true)
    public Optional<BankAccountVersion> latest(String grantId) {
        List<BankAccountVersion> all = versions(grantId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The latest version of each grant's account that still waits for a confirmation, oldest entry first. */
    @Transactional(readOnly = true)
    public List<BankAccountVersion> waiting() {
        Map<String, List<BankAccountVersion>> byGrant = dsl.selectFrom(GRANT_BANK_ACCOUNT).orderBy(GRANT_BANK_ACCOUNT.VERSION_NO)
                .fetch(this::toVersion).stream().collect(Collectors.groupingBy(BankAccountVersion::grantId));
        return byGrant.values().stream().map(l -> l.get(l.size() - 1)).filter(v -> !v.fullyConfirmed())
                .sorted(java.util.Comparator.comparing(BankAccountVersion::enteredAt)).toList();
    }

    @Transactional(readOnly = true)
    public BankAccountVersion get(String versionId) {
        return dsl.selectFrom(GRANT_BANK_ACCOUNT).where(GRANT_BANK_ACCOUNT.ID.eq(versionId)).fetchOptional(this::toVersion)
                .orElseThrow(() -> FundException.notFound("Bank account"));
    }

    private BankAccountVersion toVersion(GrantBankAccountRecord r) {
        List<BankAccountVersion.Confirmation> confirmations = dsl.selectFrom(GRANT_BANK_CONFIRMATION)
                .where(GRANT_BANK_CONFIRMATION.BANK_ACCOUNT_ID.eq(r.getId())).orderBy(GRANT_BANK_CONFIRMATION.CONFIRMATION_NO)
                .fetch(c -> new BankAccountVersion.Confirmation(c.getConfirmationNo(), c.getConfirmedBy(), c.getConfirmedAt()));
        return new BankAccountVersion(r.getId(), r.getGrantId(), r.getVersionNo(), r.getHolder(), r.getBankName(), r.getBankCountry(),
                r.getIban(), r.getAccountNumber(), r.getBic(), r.getRequiredConfirmations(), r.getEnteredBy(), r.getEnteredAt(),
                confirmations);
    }
}
