package org.globalaifund.engine.grant;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.ReferenceData;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Checks bank details before anything is stored, every field at once, each message for its field: holder and bank
 * named, the bank's country known, an IBAN (when given) of the right shape with a valid ISO 13616 mod-97 check, an
 * account number when there is no IBAN, and a SWIFT/BIC of 8 or 11 characters (ISO 9362). Returns the details
 * normalised: IBAN and BIC in capitals without spaces.
 */
@Component
public class BankDetailsRules {

    static final int MAX_NAME = 200;
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[A-Za-z0-9 ./-]{4,40}");

    private final ReferenceData reference;
    private final MessageSourceAccessor texts;

    BankDetailsRules(ReferenceData reference, MessageSourceAccessor texts) {
        this.reference = reference;
        this.texts = texts;
    }

    public BankDetails check(BankDetails typed) {
        Map<String, String> errors = new LinkedHashMap<>();
        String holder = strip(typed.holder());
        String bank = strip(typed.bankName());
        String country = strip(typed.bankCountry()).toUpperCase(Locale.ROOT);
        String iban = compact(typed.iban());
        String account = strip(typed.accountNumber());
        String bic = compact(typed.bic());
        if (holder.isEmpty() || holder.length() > MAX_NAME) {
            errors.put("holder", texts.getMessage("grant.bank.error.holder", new Object[] {MAX_NAME}));
        }
        if (bank.isEmpty() || bank.length() > MAX_NAME) {
            errors.put("bankName", texts.getMessage("grant.bank.error.bankName", new Object[] {MAX_NAME}));
        }
        if (!reference.countries().contains(country)) {
            errors.put("bankCountry", texts.getMessage("grant.bank.error.bankCountry"));
        }
        if (!iban.isEmpty() && !validIban(iban)) {
            errors.put("iban", texts.getMessage("grant.bank.error.iban"));
        }
        if (iban.isEmpty() && account.isEmpty()) {
            errors.put("accountNumber", texts.getMessage("grant.bank.error.identifier"));
        } else if (!account.isEmpty() && !ACCOUNT_NUMBER.matcher(account).matches()) {
            errors.put("accountNumber", texts.getMessage("grant.bank.error.accountNumber"));
        }
        if (!BIC.matcher(bic).matches()) {
            errors.put("bic", texts.getMessage("grant.bank.error.bic"));
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, errors.values().iterator().next(), errors);
        }
        return new BankDetails(holder, bank, country, iban.isEmpty() ? null : iban, account.isEmpty() ? null : account, bic);
    }

    /** ISO 13616: the first four characters moved to the end, letters as 10..35, the number mod 97 is 1. */
    static boolean validIban(String iban) {
        if (!IBAN.matcher(iban).matches()) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
