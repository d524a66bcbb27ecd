package org.globalaifund.engine.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Bank details: checked field by field before anything is stored, every change a new version, the first confirmed
 * by one FINANCE person and any later change by two different ones before a payment may use it.
 */
@FundEngineTest
class GrantBankAccountsTest {

    @Autowired GrantFixtures fx;
    @Autowired GrantService grants;
    @Autowired GrantBankAccounts bankAccounts;
    @Autowired AuditTrail audit;

    Person applicant;
    Grant grant;

    @BeforeEach
    void offered() {
        LocaleContextHolder.setLocale(Locale.UK);
        applicant = fx.person(Role.APPLICANT);
        Application app = fx.approved(applicant, fx.call(fx.fundWith("100000.00", fx.today())), "10000.00");
        fx.offer(app);
        grant = grants.ofApplication(app.id()).orElseThrow();
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void ibanWithWrongCheckDigitsBadBicAndMissingFieldsAreEachNamedAndNothingIsStored() {
        BankDetails typed = new BankDetails(" ", "", "XX", "DE88 3704 0044 0532 0130 00", "", "COBA-DE");

        assertThatThrownBy(() -> grants.enterBankDetails(applicant.id(), grant.id(), typed)).isInstanceOf(FundException.class)
                .satisfies(e -> assertThat(((FundException) e).fieldErrors())
                        .containsOnlyKeys("holder", "bankName", "bankCountry", "iban", "bic")
                        .hasEntrySatisfying("iban", m -> assertThat(m).contains("not valid")));
        assertThatThrownBy(() -> grants.enterBankDetails(applicant.id(), grant.id(),
                new BankDetails("Lab", "Bank", "KE", "", "", "KCBLKENX")))
                .satisfies(e -> assertThat(((FundException) e).fieldErrors()).containsOnlyKeys("accountNumber"));

        assertThat(bankAccounts.versions(grant.id())).isEmpty();
    }

    @Test
    void anAccountNumberWithoutIbanAndAValidIbanAreAccepted() {
        assertThat(BankDetailsRules.validIban("GB82WEST12345698765432")).isTrue();
        assertThat(BankDetailsRules.validIban("GB82WEST12345698765433")).isFalse();
        assertThat(BankDetailsRules.validIban("GB82")).isFalse();

        BankAccountVersion kenya = grants.enterBankDetails(applicant.id(), grant.id(),
                new BankDetails("Lusaka Data Lab", "KCB Bank", "KE", "", "1234 5678 9012", "kcblkenx"));

        assertThat(kenya.iban()).isNull();
        assertThat(kenya.accountNumber()).isEqualTo("1234 5678 9012");
        assertThat(kenya.bic()).isEqualTo("KCBLKENX");
        assertThat(kenya.masked()).isEqualTo("•••• 9012");
        assertThat(kenya.requiredConfirmations()).isEqualTo(1);
    }

    @Test
    void theFirstAccountNeedsOneFinanceConfirmationAndAChangeTwoDifferentPeople() {
        Person first = fx.person(Role.FINANCE);
        Person second = fx.person(Role.FINANCE);
        BankAccountVersion v1 = grants.enterBankDetails(applicant.id(), grant.id(), GrantFixtures.bank("Lusaka Data Lab"));
        assertThat(bankAccounts.payableBankAccount(grant.id())).isEmpty();
        assertThat(bankAccounts.waiting()).extracting(BankAccountVersion::id).contains(v1.id());

        bankAccounts.confirm(first.id(), v1.id());

        assertThat(bankAccounts.payableBankAccount(grant.id())).map(BankAccountVersion::id).contains(v1.id());
        assertThat(bankAccounts.waiting()).extracting(BankAccountVersion::id).doesNotContain(v1.id());

        BankAccountVersion v2 = grants.enterBankDetails(applicant.id(), grant.id(),
                new BankDetails("Lusaka Data Lab", "Barclays", "GB", "GB82 WEST 1234 5698 7654 32", "", "BARCGB22"));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.requiredConfirmations()).isEqualTo(2);
        assertThatThrownBy(() -> bankAccounts.confirm(first.id(), v1.id())).hasMessageContaining("newer version");

        bankAccounts.confirm(first.id(), v2.id());
        assertThat(bankAccounts.payableBankAccount(grant.id())).map(BankAccountVersion::id).contains(v1.id());
        assertThatThrownBy(() -> bankAccounts.confirm(first.id(), v2.id())).hasMessageContaining("second FINANCE officer");
        assertThat(bankAccounts.get(v2.id()).confirmations()).hasSize(1);

        bankAccounts.confirm(second.id(), v2.id());

        assertThat(bankAccounts.payableBankAccount(grant.id())).map(BankAccountVersion::id).contains(v2.id());
        assertThat(bankAccounts.versions(grant.id())).extracting(BankAccountVersion::holder, BankAccountVersion::bankName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lusaka Data Lab", "Commerzbank"),
                        org.assertj.core.groups.Tuple.tuple("Lusaka Data Lab", "Barclays"));
        assertThat(audit.forSubject("GRANT", grant.id())).extracting(e -> e.getEventType())
                .containsSubsequence("BANK_DETAILS_CONFIRMED", "BANK_DETAILS_CONFIRMED", "BANK_DETAILS_ENTERED", "BANK_DETAILS_CONFIRMED",
                        "BANK_DETAILS_ENTERED");
        assertThat(audit.forSubject("GRANT", grant.id())).allSatisfy(e -> assertThat(e.getDetail()).doesNotContain("GB82WEST", "370400"));
    }

    @Test
    void nobodyConfirmsDetailsTheyEnteredNorWithoutTheFinanceRole() {
        Person admin = fx.person(Role.ADMIN);
        Person both = fx.person(Role.APPLICANT, Role.FINANCE);
        Application app = fx.approved(both, fx.call(fx.fundWith("100000.00", fx.today())), "10000.00");
        fx.offer(app);
        Grant own = grants.ofApplication(app.id()).orElseThrow();
        BankAccountVersion v1 = grants.enterBankDetails(both.id(), own.id(), GrantFixtures.bank("Lab"));

        assertThatThrownBy(() -> bankAccounts.confirm(both.id(), v1.id())).hasMessageContaining("entered these bank details yourself");
        assertThatThrownBy(() -> bankAccounts.confirm(admin.id(), v1.id())).hasMessageContaining("Only a FINANCE officer");

        assertThat(bankAccounts.get(v1.id()).confirmations()).isEmpty();
        assertThat(bankAccounts.payableBankAccount(own.id())).isEmpty();
    }
}
