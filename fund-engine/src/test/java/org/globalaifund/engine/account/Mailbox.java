package org.globalaifund.engine.account;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.globalaifund.engine.outbox.OutboxSender;

/** What the SMTP server in a test received for one address, after the outbox was sent. */
public record Mailbox(GreenMailExtension smtp, OutboxSender outbox) {

    /** The messages to this address, oldest first, after sending everything due. */
    public List<MimeMessage> to(String address) {
        outbox.sendDue();
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(address)).toList();
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token of the first link with this path in the message, e.g. "/register/confirm/". */
    public static String token(MimeMessage message, String path) {
        Matcher link = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]{43})").matcher(body(message));
        if (!link.find()) {
            throw new AssertionError("no link " + path + " in: " + body(message));
        }
        return link.group(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
