package org.globalaifund.engine.people;

import java.util.Locale;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.outbox.EmailTime;
import org.globalaifund.engine.outbox.Outbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invitation email, written from the message bundles in the invitee's language (the one ADMIN chose for them)
 * and queued in the outbox, so it leaves only if the invitation commits. Its link carries that language, so the page
 * where they choose a password speaks it on any device.
 */
@Component
class InvitationEmails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final Languages languages;
    private final FundProperties properties;

    InvitationEmails(Outbox outbox, MessageSource messages, Languages languages, FundProperties properties) {
        this.outbox = outbox;
        this.messages = messages;
        this.languages = languages;
        this.properties = properties;
    }

    /** Queues the invitation, once per link (the dedup key is the token's hash). */
    void send(String email, String name, PeopleService.Invitation invitation, String tokenHash) {
        Locale locale = languages.localeOf(invitation.language());
        String link = properties.publicUrl() + invitation.path();
        outbox.email("invitation:" + tokenHash, email, messages.getMessage("people.mail.invitation.subject", null, locale),
                messages.getMessage("people.mail.invitation.body", new Object[] {name, link, EmailTime.of(invitation.expiresAt())}, locale));
    }
}
