package org.globalaifund.engine.contribution;

import static org.globalaifund.engine.finance.ChartAccount.CASH;
import static org.globalaifund.engine.finance.ChartAccount.UNAPPLIED_RECEIPTS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.finance.FundLedger.Posting;
import org.globalaifund.engine.finance.IdempotencyKeys;
import org.globalaifund.engine.finance.fx.ExchangeRates;
import org.globalaifund.engine.finance.fx.FxClearing;
import org.globalaifund.engine.finance.fx.Quote;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.ledger.Dimensions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converts unapplied cash into another currency (typically the pledge's) at a usable rate: the cash and the
 * unapplied liability both move through 1900 FX clearing, so 1900 nets to zero and each book balances on its
 * own. The converted cash becomes a new unapplied receipt in the target currency, ready to be applied.
 */
@Service
@Transactional
public class UnappliedConversion {

    private final ReceiptRepository receipts;
    private final ReceiptService receiptService;
    private final ExchangeRates rates;
    private final FxClearing clearing;
    private final FundLedger ledger;
    private final ReferenceData reference;
    private final IdempotencyKeys keys;
    private final AuditTrail audit;
    private final Clock clock;

    public UnappliedConversion(ReceiptRepository receipts, ReceiptService receiptService, ExchangeRates rates, FxClearing clearing,
            FundLedger ledger, ReferenceData reference, IdempotencyKeys keys, AuditTrail audit, Clock clock) {
        this.receipts = receipts;
        this.receiptService = receiptService;
        this.rates = rates;
        this.clearing = clearing;
        this.ledger = ledger;
        this.reference = reference;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** Converts {@code amount} of the receipt's open unapplied cash into {@code toCurrency}; returns the new receipt. */
    public Receipt convert(String actorId, String idempotencyKey, String receiptId, String toCurrency, String amount) {
        return receiptService.get(keys.once("unapplied-convert", idempotencyKey, receiptId + "|" + toCurrency + "|" + amount, () -> {
            Receipt receipt = receipts.lock(receiptId).orElseThrow(() -> FundException.notFound("Receipt"));
            Money money = receiptService.resolvable(receipt, amount);
            if (!reference.isCurrency(toCurrency) || toCurrency.equals(receipt.currency())) {
                throw FundException.invalid("currency", "Choose another ISO 4217 currency than the cash's " + receipt.currency() + ".");
            }
            LocalDate on = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            Quote quote = rates.quote(receipt.currency(), toCurrency, on);
            Money converted = quote.convert(money);
            if (!converted.isPositive()) {
                throw FundException.invalid("amount", "The amount is too small to convert into " + toCurrency + ".");
            }
            String resolutionId = UUID.randomUUID().toString();
            String base = "unapplied-fx:" + resolutionId;
            Dimensions donor = receipt.donorId() == null ? Dimensions.NONE : Dimensions.NONE.withDonor(receipt.donorId());
            FxClearing.Move cash = clearing.move(base, CASH, Fund.UNRESTRICTED, Dimensions.NONE, money, converted, on);
            FxClearing.Move liability = clearing.move(base, UNAPPLIED_RECEIPTS, Fund.UNRESTRICTED, donor, money, converted, on);
            ledger.post(new Posting[] {cash.fromBook(), cash.toBook(), liability.fromBook(), liability.toBook()});
            String note = "Converted to " + converted.amount() + " " + toCurrency + " at " + quote.rate().toPlainString()
                    + " (" + quote.describeSource() + ")";
            receipts.insertResolution(resolutionId, receiptId, "CONVERTED", money.minor(), null, note, actorId, clock.instant());
            String newId = UUID.randomUUID().toString();
            receipts.insert(newId, null, receipt.donorId(), converted, 0, on, "FX of receipt " + receiptId.substring(0, 8),
                    actorId, clock.instant());
            audit.record(actorId, "UNAPPLIED_CONVERTED", "RECEIPT", receiptId, note);
            return newId;
        }));
    }
}
