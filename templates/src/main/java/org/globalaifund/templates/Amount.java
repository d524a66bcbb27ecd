package org.globalaifund.templates;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount printed on a document: an integer count of the currency's minor unit with its ISO 4217
 * currency, as the engine's {@code Money} holds it. Never negative: a document shows what is granted,
 * requested or scheduled.
 */
public record Amount(long minor, Currency currency) {

    public Amount {
        Require.present(currency, "The currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("The currency " + currency.getCurrencyCode() + " has no minor unit.");
        }
        if (minor < 0) {
            throw new IllegalArgumentException("An amount cannot be negative: "
                    + BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString()
                    + " " + currency.getCurrencyCode() + ".");
        }
    }

    /** From a decimal string at the currency's scale: {@code Amount.of("1250000.00", "EUR")}. */
    public static Amount of(String decimal, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(Require.text(currencyCode, "The currency"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency " + currencyCode + ".");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(Require.text(decimal, "The amount").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The amount " + decimal + " is not a number.");
        }
        try {
            return new Amount(value.setScale(currency.getDefaultFractionDigits()).unscaledValue().longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The amount " + decimal + " does not fit " + currency.getCurrencyCode() + ".");
        }
    }

    public BigDecimal decimal() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    public boolean isPositive() {
        return minor > 0;
    }

    /** Same form as the engine's {@code Money.display}: grouped digits in the reader's locale, then the code. */
    public String display(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(decimal()) + " " + currency.getCurrencyCode();
    }
}
