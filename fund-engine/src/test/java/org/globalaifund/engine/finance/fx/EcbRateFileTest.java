package org.globalaifund.engine.finance.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.globalaifund.engine.problem.FundException;
import org.junit.jupiter.api.Test;

/** Reading the ECB's two CSV formats, and refusing anything else with the line at fault. */
class EcbRateFileTest {

    static final Set<String> KNOWN = Set.of("USD", "JPY", "PLN", "CZK", "GBP", "CHF", "KES");
    static final Predicate<String> USABLE = KNOWN::contains;

    static String fixture(String name) throws IOException {
        try (InputStream in = EcbRateFileTest.class.getResourceAsStream("/ecb/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void givenTheDailyFile_whenParsed_thenItsOneDayHasEveryRateWithSpacesAndTrailingCommaIgnored() throws IOException {
        EcbRateFile file = EcbRateFile.parse(fixture("eurofxref.csv"), USABLE);

        assertThat(file.days()).hasSize(1);
        EcbRateFile.Day day = file.days().get(0);
        assertThat(day.date()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(day.unitsPerEur()).hasSize(6)
                .containsEntry("USD", new BigDecimal("1.0512")).containsEntry("JPY", new BigDecimal("162.45"))
                .containsEntry("CZK", new BigDecimal("25.123")).containsEntry("CHF", new BigDecimal("0.9411"));
        assertThat(file.ignored()).isEmpty();
    }

    @Test
    void givenTheHistoricalFile_whenParsed_thenDaysAreOldestFirstAndNotAvailableRatesAreLeftOut() throws IOException {
        EcbRateFile file = EcbRateFile.parse(fixture("eurofxref-hist.csv"), USABLE);

        assertThat(file.days()).extracting(EcbRateFile.Day::date)
                .containsExactly(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26));
        assertThat(file.days().get(2).unitsPerEur()).containsOnlyKeys("USD", "JPY", "GBP")
                .containsEntry("USD", new BigDecimal("1.049")).containsEntry("JPY", new BigDecimal("161.9"));
    }

    @Test
    void givenAColumnTheFundDoesNotUse_whenParsed_thenItsRatesAreLeftOutAndTheColumnIsReported() throws IOException {
        EcbRateFile file = EcbRateFile.parse(fixture("eurofxref-hist.csv"), USABLE);

        assertThat(file.ignored()).containsExactly("CYP");
        assertThat(file.days()).allSatisfy(day -> assertThat(day.unitsPerEur()).doesNotContainKey("CYP"));
    }

    @Test
    void givenAWindowsFileWithByteOrderMarkAndBlankLines_whenParsed_thenItReadsLikeAnyOther() {
        EcbRateFile file = EcbRateFile.parse("\uFEFFDate,USD\r\n\r\n2026-11-27,1.0512\r\n\r\n", USABLE);

        assertThat(file.days().get(0).unitsPerEur()).containsEntry("USD", new BigDecimal("1.0512"));
    }

    @Test
    void givenAFileThatIsNotInTheEcbFormat_whenParsed_thenItIsRefusedWithAClearMessage() throws IOException {
        String html = fixture("not-ecb.html.csv");

        assertThatThrownBy(() -> EcbRateFile.parse(html, USABLE)).isInstanceOf(FundException.class)
                .hasMessageContaining("not an ECB euro reference rates CSV file").hasMessageContaining("Date")
                .satisfies(e -> assertThat(((FundException) e).fieldErrors()).containsKey("file"));
    }

    @Test
    void givenARateThatIsNotANumber_whenParsed_thenTheFileIsRefusedNamingLineAndCurrency() throws IOException {
        String bad = fixture("bad-number.csv");

        assertThatThrownBy(() -> EcbRateFile.parse(bad, USABLE)).isInstanceOf(FundException.class)
                .hasMessageContaining("line 3").hasMessageContaining("USD").hasMessageContaining("1.04x75");
    }

    @Test
    void givenARowWithAnUnreadableDate_whenParsed_thenTheFileIsRefused() {
        assertThatThrownBy(() -> EcbRateFile.parse("Date,USD\n27/11/2026,1.05\n", USABLE))
                .isInstanceOf(FundException.class).hasMessageContaining("line 2").hasMessageContaining("27/11/2026");
    }

    @Test
    void givenMoreRatesThanCurrencies_whenParsed_thenTheFileIsRefused() {
        assertThatThrownBy(() -> EcbRateFile.parse("Date,USD\n2026-11-27,1.05,162.4\n", USABLE))
                .isInstanceOf(FundException.class).hasMessageContaining("line 2");
    }

    @Test
    void givenTheSameDateTwice_whenParsed_thenTheFileIsRefused() {
        assertThatThrownBy(() -> EcbRateFile.parse("Date,USD\n2026-11-27,1.05\n2026-11-27,1.06\n", USABLE))
                .isInstanceOf(FundException.class).hasMessageContaining("repeats the date 2026-11-27");
    }

    @Test
    void givenAZeroOrNegativeRate_whenParsed_thenTheFileIsRefused() {
        assertThatThrownBy(() -> EcbRateFile.parse("Date,USD\n2026-11-27,0\n", USABLE)).isInstanceOf(FundException.class);
        assertThatThrownBy(() -> EcbRateFile.parse("Date,USD\n2026-11-27,-1.05\n", USABLE)).isInstanceOf(FundException.class);
    }

    @Test
    void givenAHeaderOnly_whenParsed_thenTheFileIsRefused() {
        assertThatThrownBy(() -> EcbRateFile.parse("Date, USD, JPY,\n", USABLE))
                .isInstanceOf(FundException.class).hasMessageContaining("no rates");
    }

    @Test
    void givenAnEmptyFile_whenParsed_thenItIsRefused() {
        assertThatThrownBy(() -> EcbRateFile.parse("  \n", USABLE)).isInstanceOf(FundException.class).hasMessageContaining("empty");
    }
}
