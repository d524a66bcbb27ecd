package org.globalaifund.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;

class GrantAgreementTemplateTest {

    private static final String NGUYEN = "Nguyễn Thị Minh";

    @Test
    void signatoriesWithDiacriticsAndCyrillicAppearInTheExtractedText() {
        RenderedPdf pdf = new AgreementBuilder()
                .signatories(NGUYEN, "Øyvind Ødegård", "Çağrı Yılmaz", "Анна Петрова")
                .render();

        assertThat(Pdfs.text(pdf)).contains(NGUYEN, "Øyvind Ødegård", "Çağrı Yılmaz", "Анна Петрова");
        assertThat(pdf.replacedCodePoints()).isEmpty();
    }

    @Test
    void aDecomposedNameRendersAsItsPrecomposedForm() {
        String decomposed = Normalizer.normalize(NGUYEN, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(NGUYEN);

        RenderedPdf pdf = new AgreementBuilder().signatories(decomposed).render();

        assertThat(Pdfs.text(pdf)).contains(NGUYEN);
        assertThat(pdf.replacedCodePoints()).isEmpty();
    }

    @Test
    void charactersTheFontLacksAreReplacedAndReportedWithoutFailing() {
        RenderedPdf pdf = new AgreementBuilder().signatories("Li Wei 李伟", "Sam 🚀 Okafor", "सीता").render();

        assertThat(pdf.replacedCodePoints()).contains(0x674E, 0x4F1F, 0x1F680, 0x0938);
        assertThat(pdf.replacedCharacters()).contains("U+674E", "U+1F680");
        assertThat(Pdfs.text(pdf)).contains("Li Wei \uFFFD\uFFFD", "Sam \uFFFD Okafor");
    }

    @Test
    void aLongScheduleRunsOverPagesWithItsHeaderOnEachAndPagesNumbered() {
        AgreementBuilder builder = new AgreementBuilder().monthlyTranches(60);
        builder.projectSummary = "A long summary of the project. ".repeat(400);

        RenderedPdf pdf = builder.render();
        List<String> pages = Pdfs.pages(pdf);

        assertThat(pdf.pageCount()).isEqualTo(pages.size()).isGreaterThan(4);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size()).contains("GA-2026-0042");
        }
        List<String> withTranches = pages.stream().filter(p -> p.contains("the report for month")).toList();
        assertThat(withTranches).hasSizeGreaterThan(1)
                .allSatisfy(page -> assertThat(page).contains("No. Amount Due date or condition"));
        String all = String.join("", pages);
        for (int month = 0; month < 60; month++) {
            assertThat(all).contains("the report for month " + month + " is verified");
        }
    }

    @Test
    void everyFontOnEveryPageIsEmbeddedDejaVu() {
        RenderedPdf pdf = new AgreementBuilder().monthlyTranches(60).render();

        List<String> fonts = Pdfs.fonts(pdf);

        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans").endsWith("embedded=true"));
        assertThat(fonts).anyMatch(f -> f.contains("page " + pdf.pageCount() + ":"));
        assertThat(fonts.stream().map(f -> f.replaceFirst("page \\d+: ", "")).distinct())
                .hasSize(2)
                .anyMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans embedded=true"))
                .anyMatch(f -> f.matches("[A-Z]{6}\\+DejaVuSans-Bold embedded=true"));
    }

    @Test
    void aFrenchAgreementHasFrenchLabelsAndTerms() {
        String text = Pdfs.text(new AgreementBuilder().language(Locale.FRANCE).render());

        assertThat(text).contains("Accord de subvention", "Bénéficiaire", "calendrier des tranches",
                "Utilisation des fonds", "Protection des données", "Page 1 sur", "150\u202F000,00 EUR");
        assertThat(text).doesNotContain("Grant agreement", "Use of funds", "Page 1 of");
    }

    @Test
    void anEnglishAgreementHasTheStandardTermsAndLocaleFormattedAmounts() {
        String text = Pdfs.text(new AgreementBuilder().render());

        assertThat(text).contains("Grant agreement", "150,000.00 EUR", "60,000.00 EUR", "14 March 2026", "30 April 2026",
                "Use of funds", "Reporting", "Books and audit", "Unspent and ineligible funds",
                "Suspension and termination", "Fraud, corruption and sanctions", "Data protection");
    }

    @Test
    void theBankAccountIsMaskedToItsLastFourCharacters() {
        String text = Pdfs.text(new AgreementBuilder().render());

        assertThat(text).contains("•••• 9012").doesNotContain("VN12", "3456 7890");
    }

    @Test
    void anOfferWithoutBankAccountSaysTheGranteeEntersItBeforeTheFirstPayment() {
        AgreementBuilder english = new AgreementBuilder();
        english.bankAccount = null;
        AgreementBuilder french = new AgreementBuilder().language(Locale.FRANCE);
        french.bankAccount = null;

        assertThat(Pdfs.text(english.render()).replaceAll("\\s+", " ")).contains("Bank account", "to be entered by the Grantee and confirmed by the Fund before the first payment")
                .doesNotContain("••••", "Account holder");
        assertThat(Pdfs.text(french.render()).replaceAll("\\s+", " ")).contains("à saisir par le Bénéficiaire et à confirmer par le Fonds avant le premier paiement");
    }

    @Test
    void theSameAgreementAndInstantGiveTheSameBytes() {
        RenderedPdf first = new AgreementBuilder().render();
        RenderedPdf second = new AgreementBuilder().render();
        RenderedPdf later = new GrantAgreementTemplate(Clock.fixed(Instant.parse("2026-03-15T09:30:00Z"), ZoneOffset.UTC))
                .render(new AgreementBuilder().build());

        assertThat(first.bytes()).isEqualTo(second.bytes());
        assertThat(later.bytes()).isNotEqualTo(first.bytes());
    }

    @Test
    void theMetadataNamesTheDocumentTheFundAndTheClocksInstant() {
        try (PDDocument document = Pdfs.load(new AgreementBuilder().render())) {
            PDDocumentInformation info = document.getDocumentInformation();

            assertThat(info.getTitle()).isEqualTo("Grant agreement GA-2026-0042");
            assertThat(info.getAuthor()).isEqualTo("Global Fund for AI");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(AgreementBuilder.NOW);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentCatalog().getDocumentOutline().children())
                    .extracting(item -> item.getTitle())
                    .contains("1. Parties", "7. Standard terms");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThatThrownBy(() -> Amount.of("-10.00", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be negative");
    }

    @Test
    void aMissingSignatoryNameIsRefusedBeforeRendering() {
        assertThatThrownBy(() -> new AgreementBuilder().signatories((String) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A signatory's name is required.");
    }

    @Test
    void aMissingReferenceIsRefused() {
        AgreementBuilder builder = new AgreementBuilder();
        builder.reference = null;

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The agreement reference is required.");
    }

    @Test
    void aScheduleThatDoesNotAddUpToTheTotalIsRefused() {
        AgreementBuilder builder = new AgreementBuilder();
        builder.total = Amount.of("150000.01", "EUR");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the tranches add up to 150000.00 EUR, not 150000.01 EUR");
    }

    @Test
    void aNullTrancheOrEmptyScheduleIsRefused() {
        AgreementBuilder withNull = new AgreementBuilder();
        withNull.tranches.add(null);
        AgreementBuilder empty = new AgreementBuilder();
        empty.tranches.clear();

        assertThatThrownBy(withNull::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The tranche schedule: entry 4 is missing.");
        assertThatThrownBy(empty::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The tranche schedule needs at least one entry.");
    }

    @Test
    void aNullAgreementIsRefused() {
        assertThatThrownBy(() -> new GrantAgreementTemplate(AgreementBuilder.CLOCK).render(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The grant agreement is required.");
    }
}
