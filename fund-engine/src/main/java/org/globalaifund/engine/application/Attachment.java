package org.globalaifund.engine.application;

import java.time.Instant;

/**
 * A PDF attached to an application: its title, the safe file name it is downloaded under, its size in bytes, its
 * SHA-256 (hex) and when it was uploaded. The bytes are read only for a download ({@link AttachmentFile}).
 */
public record Attachment(String id, String applicationId, String title, String fileName, long sizeBytes, String sha256,
        Instant uploadedAt) {

    /** The size for people: "350 KB", "2.4 MB". */
    public String sizeShown() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }

    /** An attachment with its bytes, for a download. */
    public record AttachmentFile(Attachment attachment, byte[] content) {}
}
