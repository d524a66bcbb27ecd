package org.globalaifund.engine.application;

import static org.globalaifund.engine.db.Tables.APPLICATION_ATTACHMENT;
import static org.globalaifund.engine.db.Tables.APPLICATION_ATTACHMENT_CONTENT;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.globalaifund.engine.application.Attachment.AttachmentFile;
import org.globalaifund.engine.db.tables.records.ApplicationAttachmentRecord;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDFs attached to an application, stored in the database with their size, SHA-256 and upload time. Only the
 * application's applicant reaches them (anyone else's, or an attachment of another application, is "not found");
 * they are added and removed only while the application is a draft, at most {@value #MAX_PER_APPLICATION} of them,
 * each a readable, unencrypted PDF of at most {@value #MAX_BYTES} bytes, judged by its content.
 */
@Service
@Transactional
public class ApplicationAttachments {

    /** 10 MB, the most one attachment may weigh. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Attachments per application at most. */
    public static final int MAX_PER_APPLICATION = 10;
    static final int MAX_TITLE = 200;
    private static final int MAX_FILE_NAME = 100;

    private final DSLContext dsl;
    private final ApplicationService applications;
    private final ApplicationRules texts;
    private final Clock clock;

    ApplicationAttachments(DSLContext dsl, ApplicationService applications, ApplicationRules texts, Clock clock) {
        this.dsl = dsl;
        this.applications = applications;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Attaches a PDF to the applicant's draft. {@code size} is the size the upload declared, checked before the bytes
     * are read ({@code content} may then be empty); a refusal names the field at fault and stores nothing.
     */
    public Attachment upload(String applicantId, String applicationId, String title, String originalName, long size,
            ContentSource content) {
        Application app = applications.own(applicantId, applicationId);
        if (!app.isDraft()) {
            throw FundException.conflict(texts.text("application.error.notDraft"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            errors.put("title", texts.text("application.error.attachmentTitle", MAX_TITLE));
        }
        byte[] bytes = null;
        if (size <= 0) {
            errors.put("file", texts.text("application.error.attachmentEmpty"));
        } else if (size > MAX_BYTES) {
            errors.put("file", texts.text("application.error.attachmentSize"));
        } else {
            bytes = content.bytes();
            if (bytes.length == 0) {
                errors.put("file", texts.text("application.error.attachmentEmpty"));
            } else if (bytes.length > MAX_BYTES) {
                errors.put("file", texts.text("application.error.attachmentSize"));
            } else {
                switch (PdfContent.check(bytes)) {
                    case UNREADABLE -> errors.put("file", texts.text("application.error.attachmentPdf"));
                    case PROTECTED -> errors.put("file", texts.text("application.error.attachmentProtected"));
                    case READABLE -> { }
                }
            }
        }
        refuseIfAny(errors);
        ApplicationResults.touchDraft(dsl, texts, clock, applicationId);
        if (dsl.fetchCount(APPLICATION_ATTACHMENT, APPLICATION_ATTACHMENT.APPLICATION_ID.eq(applicationId)) >= MAX_PER_APPLICATION) {
            refuseIfAny(Map.of("file", texts.text("application.error.attachmentCount", MAX_PER_APPLICATION)));
        }
        String id = UUID.randomUUID().toString();
        dsl.insertInto(APPLICATION_ATTACHMENT).set(APPLICATION_ATTACHMENT.ID, id).set(APPLICATION_ATTACHMENT.APPLICATION_ID, applicationId)
                .set(APPLICATION_ATTACHMENT.TITLE, cleanTitle).set(APPLICATION_ATTACHMENT.FILE_NAME, safeFileName(originalName))
                .set(APPLICATION_ATTACHMENT.SIZE_BYTES, (long) bytes.length).set(APPLICATION_ATTACHMENT.SHA256, sha256(bytes))
                .set(APPLICATION_ATTACHMENT.UPLOADED_AT, clock.instant()).set(APPLICATION_ATTACHMENT.UPLOADED_BY, applicantId).execute();
        dsl.insertInto(APPLICATION_ATTACHMENT_CONTENT).set(APPLICATION_ATTACHMENT_CONTENT.ATTACHMENT_ID, id)
                .set(APPLICATION_ATTACHMENT_CONTENT.CONTENT, bytes).execute();
        return attachment(applicationId, id);
    }

    /** The applicant's attachments of their own application, oldest first. */
    @Transactional(readOnly = true)
    public List<Attachment> mine(String applicantId, String applicationId) {
        applications.own(applicantId, applicationId);
        return of(applicationId);
    }

    /** The attachments of any application, oldest first: for pages that already checked who may see it. */
    @Transactional(readOnly = true)
    public List<Attachment> of(String applicationId) {
        return dsl.selectFrom(APPLICATION_ATTACHMENT).where(APPLICATION_ATTACHMENT.APPLICATION_ID.eq(applicationId))
                .orderBy(APPLICATION_ATTACHMENT.UPLOADED_AT, APPLICATION_ATTACHMENT.ID).fetch(ApplicationAttachments::toAttachment);
    }

    /** One of the applicant's own attachments with its bytes. */
    @Transactional(readOnly = true)
    public AttachmentFile download(String applicantId, String applicationId, String attachmentId) {
        applications.own(applicantId, applicationId);
        return file(applicationId, attachmentId);
    }

    /** Any attachment with its bytes, for ADMIN (read only). */
    @Transactional(readOnly = true)
    public AttachmentFile file(String applicationId, String attachmentId) {
        Attachment attachment = attachment(applicationId, attachmentId);
        byte[] content = dsl.select(APPLICATION_ATTACHMENT_CONTENT.CONTENT).from(APPLICATION_ATTACHMENT_CONTENT)
                .where(APPLICATION_ATTACHMENT_CONTENT.ATTACHMENT_ID.eq(attachmentId)).fetchSingle(APPLICATION_ATTACHMENT_CONTENT.CONTENT);
        return new AttachmentFile(attachment, content);
    }

    /** Removes one of the applicant's attachments while the application is a draft. */
    public void remove(String applicantId, String applicationId, String attachmentId) {
        applications.own(applicantId, applicationId);
        attachment(applicationId, attachmentId);
        ApplicationResults.touchDraft(dsl, texts, clock, applicationId);
        dsl.deleteFrom(APPLICATION_ATTACHMENT_CONTENT).where(APPLICATION_ATTACHMENT_CONTENT.ATTACHMENT_ID.eq(attachmentId)).execute();
        dsl.deleteFrom(APPLICATION_ATTACHMENT).where(APPLICATION_ATTACHMENT.ID.eq(attachmentId)).execute();
    }

    /** The attachment of that application, or "not found" (also for an attachment of another application). */
    private Attachment attachment(String applicationId, String attachmentId) {
        ApplicationAttachmentRecord r = dsl.selectFrom(APPLICATION_ATTACHMENT)
                .where(APPLICATION_ATTACHMENT.ID.eq(attachmentId), APPLICATION_ATTACHMENT.APPLICATION_ID.eq(applicationId)).fetchOne();
        if (r == null) {
            throw FundException.notFound("Attachment");
        }
        return toAttachment(r);
    }

    private static Attachment toAttachment(ApplicationAttachmentRecord r) {
        return new Attachment(r.getId(), r.getApplicationId(), r.getTitle(), r.getFileName(), r.getSizeBytes(), r.getSha256(),
                r.getUploadedAt());
    }

    /**
     * The name a download is offered under: the uploaded name reduced to letters, digits, dots, hyphens and
     * underscores (no path, no quote, nothing a header could misread), ending in ".pdf".
     */
    static String safeFileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("(?i)\\.pdf$", "").replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+|[._]+$", "");
        if (name.isEmpty()) {
            name = "attachment";
        }
        if (name.length() > MAX_FILE_NAME - 4) {
            name = name.substring(0, MAX_FILE_NAME - 4);
        }
        return name + ".pdf";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, String.join(" ", errors.values()), errors);
        }
    }

    /** The uploaded bytes, read only once the declared size is acceptable. */
    @FunctionalInterface
    public interface ContentSource {
        byte[] bytes();
    }
}
