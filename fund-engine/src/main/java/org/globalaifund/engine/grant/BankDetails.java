package org.globalaifund.engine.grant;

/**
 * Bank details as the applicant types them: who holds the account, the bank and its country, the IBAN or the
 * account number (or both), and the bank's SWIFT/BIC code. Checked by {@link BankDetailsRules}.
 */
public record BankDetails(String holder, String bankName, String bankCountry, String iban, String accountNumber, String bic) {

    public static BankDetails empty() {
        return new BankDetails("", "", "", "", "", "");
    }
}
