package org.globalaifund.engine.grant;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The grant pages' and refusals' texts in the language of the request (messages*.properties). */
@Component
class GrantTexts {

    private final MessageSource messages;

    GrantTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
