package org.globalaifund.engine.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.text.NumberFormat;

/**
 * An amount in an ISO 4217 currency, held as an integer count of the currency's minor unit. Parsed
 * and printed as a decimal at the currency's scale: "1234.50" EUR, "1234" JPY, "1.234" KWD.
 */
public record Money(long minor, Currency currency) {

    public static Money of(String amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(amount == null ? "" : amount.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Enter the amount as a number, like 1234.50.");
        }
        int scale = currency.getDefaultFractionDigits();
        if (decimal.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException(scale == 0
                    ? currency.getCurrencyCode() + " amounts have no decimals."
                    : currency.getCurrencyCode() + " amounts have at most " + scale + " decimals.");
        }
        try {
            return new Money(decimal.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The amount is too large.");
        }
    }

    public static Currency currency(String code) {
        try {
            Currency currency = Currency.getInstance(code == null ? "" : code);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new IllegalArgumentException("Unknown currency " + code + ".");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency " + code + ".");
        }
    }

    public BigDecimal decimal() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    /** The amount as a plain decimal string at the currency's scale, as the API writes it. */
    public String amount() {
        return decimal().toPlainString();
    }

    /** The amount for people: grouped digits in the reader's locale, then the currency code. */
    public String display(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(decimal()) + " " + currency.getCurrencyCode();
    }

    public boolean isPositive() {
        return minor > 0;
    }
}
