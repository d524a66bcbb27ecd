package org.globalaifund.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a command's content (everything but its {@code linked} flag, which belongs to the batch), stored with the
 * entry so that a replay can be told from a different command that reuses the id.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(Command command) {
        StringBuilder text = new StringBuilder(128);
        if (command instanceof NewEntry e) {
            text.append("entry|").append(e.id()).append('|').append(e.book()).append('|').append(e.valueDate())
                    .append('|').append(field(e.description())).append('|').append(field(e.refType()))
                    .append('|').append(field(e.refId())).append('|').append(e.pending())
                    .append('|').append(e.timeout() == null ? "-" : e.timeout().toString());
            for (Line line : e.lines()) {
                text.append('|').append(line.accountId()).append(line.side().code()).append(line.amount());
            }
        } else if (command instanceof PostPending p) {
            text.append("post|").append(p.id()).append('|').append(p.pendingId()).append('|')
                    .append(p.amount() == null ? "-" : p.amount().toString()).append('|')
                    .append(p.valueDate() == null ? "-" : p.valueDate().toString()).append('|')
                    .append(field(p.description()));
        } else {
            VoidPending v = (VoidPending) command;
            text.append("void|").append(v.id()).append('|').append(v.pendingId()).append('|')
                    .append(field(v.description()));
        }
        return sha256(text.toString());
    }

    // length-prefixed so that "a|b" in a description cannot imitate two fields
    private static String field(String value) {
        return value == null ? "-" : value.length() + ":" + value;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
