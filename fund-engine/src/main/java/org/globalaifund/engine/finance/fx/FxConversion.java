package org.globalaifund.engine.finance.fx;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.globalaifund.engine.money.Money;

/**
 * Cash of one fund that FINANCE moved from one currency book to another: the amounts, the rate applied and
 * the euro rates it rests on, the value date, and who did it when.
 */
public record FxConversion(String id, String fund, Money from, Money to, BigDecimal rate, String rateSource,
        LocalDate valueDate, String convertedBy, Instant convertedAt) {}
