package org.globalaifund.engine.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The one cursor codec of the API: the name of the list and the sort key of the last row sent (never an offset),
 * URL-safe Base64, followed by a short checksum so that a cursor edited by hand, cut, or taken from another list is
 * refused rather than read as a different position. The checksum guards integrity, not secrecy: a cursor only says
 * where a list stopped, and every list applies the caller's filters and rights again.
 */
public final class PageCursor {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final char SEPARATOR = '\u001F';
    private static final int CHECK_BYTES = 6;

    private PageCursor() {
    }

    /** The cursor after a row of {@code list} whose sort key is {@code key} (values as text, none null). */
    public static String encode(String list, List<String> key) {
        StringBuilder payload = new StringBuilder(list);
        for (String value : key) {
            payload.append(SEPARATOR).append(value);
        }
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(check(bytes));
    }

    /** The sort key in a cursor of {@code list}, empty if the cursor is not one this codec wrote for that list. */
    public static Optional<List<String>> decode(String list, String cursor) {
        int dot = cursor.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        byte[] bytes;
        byte[] check;
        try {
            bytes = DECODER.decode(cursor.substring(0, dot));
            check = DECODER.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        // only the canonical spelling is read: Base64 ignores the spare bits of a last character, a cursor must not
        if (!ENCODER.encodeToString(bytes).equals(cursor.substring(0, dot)) || !MessageDigest.isEqual(check, check(bytes))) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1)));
        if (parts.size() < 2 || !parts.remove(0).equals(list)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(parts));
    }

    private static byte[] check(byte[] payload) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(payload), CHECK_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
