package org.globalaifund.engine.account;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.outbox.Outbox;
import org.globalaifund.engine.people.Person;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails of self-service accounts, written from the message bundles in the person's own language
 * and queued in the outbox, so they leave only if the change that asked for them commits.
 */
@Component
public class AccountEmails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final Languages languages;
    private final FundProperties properties;

    public AccountEmails(Outbox outbox, MessageSource messages, Languages languages, FundProperties properties) {
        this.outbox = outbox;
        this.messages = messages;
        this.languages = languages;
        this.properties = properties;
    }

    /** The link that confirms a new registration. */
    void confirmation(Person person, String token, String tokenHash, Duration validity) {
        String link = properties.publicUrl() + "/register/confirm/" + token + inLanguageOf(person);
        send("account:confirm:" + tokenHash, person, "account.mail.confirm",
                person.displayName(), link, validity.toHours());
    }

    /** Someone registered with the address of an existing account: tell its owner, and nobody else. */
    void alreadyRegistered(Person person) {
        send("account:exists:" + person.id() + ":" + UUID.randomUUID(), person, "account.mail.exists",
                person.displayName(), properties.publicUrl() + "/login", properties.publicUrl() + "/password/forgot");
    }

    /** The link that sets a new password. */
    void passwordReset(Person person, String token, String tokenHash, Duration validity) {
        String link = properties.publicUrl() + "/password/reset/" + token + inLanguageOf(person);
        send("account:reset:" + tokenHash, person, "account.mail.reset",
                person.displayName(), link, validity.toMinutes());
    }

    /**
     * The person's language on the link, so its page speaks it even in a browser that never saw the fund (the link is
     * often opened on another device than the one used to register).
     */
    private String inLanguageOf(Person person) {
        return "?lang=" + languages.localeOf(person.preferredLanguage()).getLanguage();
    }

    private void send(String dedupKey, Person person, String key, Object... args) {
        Locale locale = languages.localeOf(person.preferredLanguage());
        outbox.email(dedupKey, person.email(), messages.getMessage(key + ".subject", null, locale),
                messages.getMessage(key + ".body", args, locale));
    }
}
