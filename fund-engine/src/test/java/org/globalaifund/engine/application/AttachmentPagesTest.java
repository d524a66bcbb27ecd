package org.globalaifund.engine.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.APPLICATION_ATTACHMENT;
import static org.globalaifund.engine.db.Tables.APPLICATION_ATTACHMENT_CONTENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.ApplicationRules.BudgetRow;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Attachments: PDFs only, judged by their content, at most 10 MB and 10 per application, stored with their size and
 * SHA-256, downloaded byte for byte as a file to save; removed only while a draft; anyone else's not found; ADMIN
 * downloads any of them.
 */
@FundEngineTest
class AttachmentPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixtures fx;
    @Autowired ApplicationService applications;
    @Autowired ApplicationAttachments attachments;
    @Autowired DSLContext dsl;
    @Autowired MessageSource messages;

    Person me;
    Application app;

    @BeforeEach
    void aDraft() {
        me = fx.person(Role.APPLICANT);
        app = applications.start(me.id(), fx.openCall("50000.00").id());
    }

    RequestPostProcessor as(Person person) {
        return httpBasic(person.email(), ApplicationFixtures.PASSWORD);
    }

    String page() {
        return "/applicant/applications/" + app.id() + "/attachments";
    }

    ResultActions upload(Person who, String applicationId, String title, String fileName, String contentType, byte[] bytes)
            throws Exception {
        return mvc.perform(multipart("/applicant/applications/" + applicationId + "/attachments")
                .file(new MockMultipartFile("file", fileName, contentType, bytes)).param("title", title).with(csrf()).with(as(who)));
    }

    Attachment uploaded(String title, byte[] bytes) throws Exception {
        upload(me, app.id(), title, title + ".pdf", "application/pdf", bytes).andExpect(redirectedUrl(page()));
        return attachments.of(app.id()).stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    long stored() {
        return dsl.fetchCount(APPLICATION_ATTACHMENT, APPLICATION_ATTACHMENT.APPLICATION_ID.eq(app.id()));
    }

    @Test
    void aRealPdfIsStoredWithItsSizeAndHashAndDownloadedByteForByte() throws Exception {
        byte[] pdf = TestPdfs.pdf("Workplan 2027");
        int before = applications.own(me.id(), app.id()).version();

        upload(me, app.id(), "Workplan", "../../work \"plan\" é.PDF", "application/octet-stream", pdf)
                .andExpect(redirectedUrl(page())).andExpect(flash().attribute("success", true));

        Attachment a = attachments.of(app.id()).get(0);
        assertThat(a.title()).isEqualTo("Workplan");
        assertThat(a.fileName()).isEqualTo("work_plan.pdf");
        assertThat(a.sizeBytes()).isEqualTo(pdf.length);
        assertThat(a.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(a.uploadedAt()).isNotNull();
        assertThat(applications.own(me.id(), app.id()).version()).isGreaterThan(before);

        var response = mvc.perform(get(page() + "/" + a.id()).with(as(me))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"work_plan.pdf\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);

        String list = mvc.perform(get(page()).with(as(me))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Workplan").contains("work_plan.pdf").contains(a.sha256()).contains("enctype=\"multipart/form-data\"")
                .contains("_csrf=").contains("aria-current=\"step\"");
        String summary = mvc.perform(get("/applicant/applications/" + app.id() + "/summary").with(as(me)))
                .andReturn().getResponse().getContentAsString();
        assertThat(summary).contains("id=\"attachments\"").contains(page() + "/" + a.id()).contains("Workplan");
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("a PNG renamed .pdf", TestPdfs.png(), "not a PDF the fund can read"),
                Arguments.of("garbage behind a PDF header", TestPdfs.garbageWithPdfHeader(), "not a PDF the fund can read"),
                Arguments.of("a truncated PDF", TestPdfs.truncatedPdf(), "not a PDF the fund can read"),
                Arguments.of("a PDF locked with a password", TestPdfs.encryptedPdf(), "This PDF is protected (encrypted)"),
                Arguments.of("a PDF that opens without a password but may not be printed", TestPdfs.ownerProtectedPdf(),
                        "This PDF is protected (encrypted)"),
                Arguments.of("an empty file", new byte[0], "missing or empty"),
                Arguments.of("10 MB and one byte", new byte[(int) ApplicationAttachments.MAX_BYTES + 1], "larger than 10 MB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void aFileThatIsNotAReadablePdfOfAtMost10MbIsRefusedNextToTheFieldAndNothingStored(String what, byte[] bytes, String message)
            throws Exception {
        String html = upload(me, app.id(), "Budget notes", "notes.pdf", "application/pdf", bytes).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"file-error\"").contains(message).contains("class=\"error-summary\"").contains("href=\"#file\"")
                .contains("aria-describedby=\"file-hint file-error\"").contains("value=\"Budget notes\"");
        assertThat(stored()).isZero();
        assertThat(dsl.fetchCount(APPLICATION_ATTACHMENT_CONTENT)).isEqualTo(dsl.fetchCount(APPLICATION_ATTACHMENT));
    }

    @Test
    void aTitleIsRequiredAndTheMessageIsInFrenchForAFrenchReader() throws Exception {
        String html = mvc.perform(multipart(page()).file(new MockMultipartFile("file", "a.pdf", "application/pdf", TestPdfs.png()))
                        .param("title", " ").param("lang", "fr").with(csrf()).with(as(me)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"title-error\"").contains("Saisissez un titre").contains("id=\"file-error\"")
                .contains("Ce fichier n&#39;est pas un PDF");
        assertThat(stored()).isZero();
    }

    @Test
    void aPdfThatOpensWithoutAPasswordButForbidsPrintingIsRefusedInFrenchForAFrenchReaderAndNothingStored() throws Exception {
        byte[] bytes = TestPdfs.ownerProtectedPdf();
        try (PDDocument opened = Loader.loadPDF(bytes)) {
            assertThat(opened.isEncrypted()).as("encrypted, yet it opens without a password").isTrue();
            assertThat(opened.getCurrentAccessPermission().canPrint()).as("printing is forbidden").isFalse();
        }
        int before = applications.own(me.id(), app.id()).version();

        String html = mvc.perform(multipart(page()).file(new MockMultipartFile("file", "plan.pdf", "application/pdf", bytes))
                        .param("title", "Plan").param("lang", "fr").with(csrf()).with(as(me)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"file-error\"")
                .contains(messages.getMessage("application.error.attachmentProtected", null, Locale.FRENCH));
        assertThat(stored()).isZero();
        assertThat(applications.own(me.id(), app.id()).version()).isEqualTo(before);
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart(page()).file(new MockMultipartFile("file", "a.pdf", "application/pdf", TestPdfs.pdf("x")))
                .param("title", "Plan").with(as(me))).andExpect(status().isForbidden());

        assertThat(stored()).isZero();
    }

    @Test
    void anApplicationTakesAtMostTenAttachments() throws Exception {
        byte[] pdf = TestPdfs.pdf("Annex");
        for (int i = 1; i <= ApplicationAttachments.MAX_PER_APPLICATION; i++) {
            uploaded("Annex " + i, pdf);
        }

        String html = upload(me, app.id(), "Annex 11", "annex.pdf", "application/pdf", pdf).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"file-error\"").contains("at most 10 attachments");
        assertThat(stored()).isEqualTo(ApplicationAttachments.MAX_PER_APPLICATION);
        assertThat(mvc.perform(get(page()).with(as(me))).andReturn().getResponse().getContentAsString())
                .contains("id=\"attachments-full\"");
    }

    @Test
    void anAttachmentIsRemovedWhileTheApplicationIsADraftOnly() throws Exception {
        Attachment first = uploaded("First", TestPdfs.pdf("one"));
        Attachment second = uploaded("Second", TestPdfs.pdf("two"));

        mvc.perform(post(page() + "/" + first.id() + "/removal").with(csrf()).with(as(me))).andExpect(redirectedUrl(page()));
        assertThat(attachments.of(app.id())).extracting(Attachment::title).containsExactly("Second");
        assertThat(dsl.fetchCount(APPLICATION_ATTACHMENT_CONTENT, APPLICATION_ATTACHMENT_CONTENT.ATTACHMENT_ID.eq(first.id()))).isZero();

        submit();
        mvc.perform(post(page() + "/" + second.id() + "/removal").with(csrf()).with(as(me))).andExpect(redirectedUrl(page()))
                .andExpect(flash().attribute("error", "This application has already been submitted or withdrawn: it no longer changes."));
        upload(me, app.id(), "Late", "late.pdf", "application/pdf", TestPdfs.pdf("late")).andExpect(status().isOk());
        assertThat(attachments.of(app.id())).extracting(Attachment::title).containsExactly("Second");
        String list = mvc.perform(get(page()).with(as(me))).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("/removal").doesNotContain("enctype=\"multipart/form-data\"").contains("Second");
        mvc.perform(get(page() + "/" + second.id()).with(as(me))).andExpect(status().isOk());
    }

    @Test
    void anotherApplicantFindsNoneOfMyAttachmentsNorGuessedOnes() throws Exception {
        Attachment mine = uploaded("Mine", TestPdfs.pdf("mine"));
        Person other = fx.person(Role.APPLICANT);
        Application theirs = applications.start(other.id(), app.callId());
        String guessed = "00000000-0000-0000-0000-000000000000";

        mvc.perform(get(page()).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get(page() + "/" + mine.id()).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post(page() + "/" + mine.id() + "/removal").with(csrf()).with(as(other))).andExpect(status().isNotFound());
        upload(other, app.id(), "Intruder", "x.pdf", "application/pdf", TestPdfs.pdf("x")).andExpect(status().isNotFound());
        // My attachment's id under their own application, and guessed ids under either.
        String theirPage = "/applicant/applications/" + theirs.id() + "/attachments/";
        mvc.perform(get(theirPage + mine.id()).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post(theirPage + mine.id() + "/removal").with(csrf()).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get(theirPage + guessed).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get(page() + "/" + guessed).with(as(me))).andExpect(status().isNotFound());

        assertThat(attachments.of(app.id())).extracting(Attachment::id).containsExactly(mine.id());
        assertThat(attachments.of(theirs.id())).isEmpty();
    }

    @Test
    void anAttachmentOfAnotherOfMyApplicationsIsNotFoundUnderThisOne() throws Exception {
        Attachment a = uploaded("Plan", TestPdfs.pdf("plan"));
        Application second = applications.start(me.id(), app.callId());

        mvc.perform(get("/applicant/applications/" + second.id() + "/attachments/" + a.id()).with(as(me))).andExpect(status().isNotFound());
        mvc.perform(post("/applicant/applications/" + second.id() + "/attachments/" + a.id() + "/removal").with(csrf()).with(as(me)))
                .andExpect(status().isNotFound());
        assertThat(attachments.of(app.id())).hasSize(1);
    }

    @Test
    void adminListsAndDownloadsAnyAttachmentReadOnly() throws Exception {
        byte[] pdf = TestPdfs.pdf("For the fund");
        Attachment a = uploaded("Letter of support", pdf);
        Person admin = fx.person(Role.ADMIN);

        String status = mvc.perform(get("/admin/applications/" + app.id()).with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(status).contains("Letter of support").contains("/admin/applications/" + app.id() + "/attachments/" + a.id())
                .doesNotContain("/removal");
        byte[] downloaded = mvc.perform(get("/admin/applications/" + app.id() + "/attachments/" + a.id()).with(as(admin)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"Letter_of_support.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);

        Application other = applications.start(fx.person(Role.APPLICANT).id(), app.callId());
        mvc.perform(get("/admin/applications/" + other.id() + "/attachments/" + a.id()).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/applications/" + app.id() + "/attachments/" + a.id()).with(as(me))).andExpect(status().isForbidden());
        mvc.perform(get(page() + "/" + a.id()).with(as(admin))).andExpect(status().isForbidden());
    }

    private void submit() {
        applications.saveOrganisation(me.id(), app.id(), "Nairobi Health Lab", "80", "KE", ApplicationFixtures.SIGNATORY);
        applications.saveProject(me.id(), app.id(), "Triage models", "For rural clinics.", List.of("3"), List.of("3.8"));
        applications.saveBudget(me.id(), app.id(), List.of(new BudgetRow("PERSONNEL", "12000.00")));
        Application ready = fx.indicator(me.id(), app.id(), "3.8");
        applications.submit(me.id(), app.id(), ready.version());
    }
}
