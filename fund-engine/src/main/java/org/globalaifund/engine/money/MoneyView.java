package org.globalaifund.engine.money;

/** Money as the API writes it: {@code {"amount": "1234.50", "currency": "EUR"}}, the amount at the currency's scale. */
public record MoneyView(String amount, String currency) {

    public static MoneyView of(Money money) {
        return money == null ? null : new MoneyView(money.amount(), money.currency().getCurrencyCode());
    }
}
