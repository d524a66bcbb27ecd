package org.globalaifund.engine.outbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An instant as every email prints it: {@code 2026-04-30 17:00 UTC}, the same on every device and in every language. */
public final class EmailTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private EmailTime() {
    }

    public static String of(Instant instant) {
        return FORMAT.format(instant.atZone(ZoneOffset.UTC));
    }
}
