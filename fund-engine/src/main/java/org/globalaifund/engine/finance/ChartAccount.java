package org.globalaifund.engine.finance;

import org.globalaifund.ledger.AccountFlag;
import org.globalaifund.ledger.Side;

/**
 * The fund's chart of accounts (US GAAP for not-for-profits, ASC 958, with budgetary control in the
 * {@code BUD-} books). Each account knows its book family, its normal side and the limit the ledger
 * enforces on it, so no service can, say, commit more than is available or pay out more cash than a fund holds.
 */
public enum ChartAccount {
    CASH("1100", "Cash", BookFamily.FIN, Side.DEBIT, AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS),
    ADVANCES_TO_NODES("1150", "Advances to network nodes", BookFamily.FIN, Side.DEBIT),
    PLEDGES_RECEIVABLE("1200", "Pledges receivable", BookFamily.FIN, Side.DEBIT, AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS),
    PLEDGE_DISCOUNT("1210", "Discount on multi-year pledges", BookFamily.FIN, Side.CREDIT, AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS),
    REFUNDS_RECEIVABLE("1250", "Refunds receivable", BookFamily.FIN, Side.DEBIT),
    PLEDGE_ALLOWANCE("1290", "Allowance for uncollectible pledges", BookFamily.FIN, Side.CREDIT),
    FX_CLEARING("1900", "FX clearing", BookFamily.FIN, Side.DEBIT),
    ACCOUNTS_PAYABLE("2000", "Accounts payable", BookFamily.FIN, Side.CREDIT),
    GRANTS_PAYABLE("2100", "Grants payable", BookFamily.FIN, Side.CREDIT),
    REFUNDABLE_ADVANCES("2200", "Refundable advances", BookFamily.FIN, Side.CREDIT, AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS),
    DUE_TO_DONORS("2300", "Due to donors", BookFamily.FIN, Side.CREDIT),
    UNAPPLIED_RECEIPTS("2400", "Unapplied receipts", BookFamily.FIN, Side.CREDIT, AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS),
    NET_ASSETS_WITHOUT_RESTRICTIONS("3100", "Net assets without donor restrictions", BookFamily.FIN, Side.CREDIT),
    NET_ASSETS_WITH_RESTRICTIONS("3200", "Net assets with donor restrictions", BookFamily.FIN, Side.CREDIT),
    CONTRIBUTIONS_UNRESTRICTED("4110", "Contributions without donor restrictions", BookFamily.FIN, Side.CREDIT),
    CONTRIBUTIONS_RESTRICTED("4120", "Contributions with donor restrictions", BookFamily.FIN, Side.CREDIT),
    CONTRIBUTED_NONFINANCIAL_ASSETS("4200", "Contributed nonfinancial assets", BookFamily.FIN, Side.CREDIT),
    FX_GAIN("4800", "Foreign exchange gain", BookFamily.FIN, Side.CREDIT),
    GRANT_EXPENSE("5100", "Grant expense", BookFamily.FIN, Side.DEBIT),
    GRANT_REFUNDS("5190", "Grant refunds", BookFamily.FIN, Side.CREDIT),
    IN_KIND_GRANT_EXPENSE("5200", "In-kind grant expense", BookFamily.FIN, Side.DEBIT),
    NODE_FEES("5300", "Node fees", BookFamily.FIN, Side.DEBIT),
    PLEDGE_WRITE_OFF("5400", "Pledge write-off", BookFamily.FIN, Side.DEBIT),
    FX_LOSS("5800", "Foreign exchange loss", BookFamily.FIN, Side.DEBIT),
    AVAILABLE_FOR_COMMITMENT("8100", "Available for commitment", BookFamily.BUD, Side.CREDIT, AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS),
    RESOURCES_RECOGNISED("8200", "Resources recognised", BookFamily.BUD, Side.DEBIT),
    COMMITTED("8300", "Committed", BookFamily.BUD, Side.CREDIT);

    private final String code;
    private final String label;
    private final BookFamily family;
    private final Side normalSide;
    private final AccountFlag[] flags;

    ChartAccount(String code, String label, BookFamily family, Side normalSide, AccountFlag... flags) {
        this.code = code;
        this.label = label;
        this.family = family;
        this.normalSide = normalSide;
        this.flags = flags;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public BookFamily family() {
        return family;
    }

    public Side normalSide() {
        return normalSide;
    }

    AccountFlag[] flags() {
        return flags.clone();
    }

    /** The book of this account for a currency, e.g. {@code FIN-EUR}. */
    public String book(String currency) {
        return family.name() + "-" + currency;
    }

    public static ChartAccount ofCode(String code) {
        for (ChartAccount account : values()) {
            if (account.code.equals(code)) {
                return account;
            }
        }
        throw new IllegalArgumentException("No account " + code + " in the chart");
    }

    /** Financial books hold money by currency; budgetary books hold what may still be committed. */
    public enum BookFamily {
        FIN,
        BUD
    }
}
