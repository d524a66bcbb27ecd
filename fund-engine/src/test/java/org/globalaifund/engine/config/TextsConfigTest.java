package org.globalaifund.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.globalaifund.engine.FundEngineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;

/** The shared accessor speaks the request's language and prints texts the way {@code MessagesTest} expects them written. */
@FundEngineTest
class TextsConfigTest {

    @Autowired MessageSourceAccessor texts;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aTextWithoutArgumentsIsPrintedAsWrittenApostropheIncluded() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(texts.getMessage("people.error.name")).isEqualTo("Enter the person's name (at most 200 characters).");
    }

    @Test
    void aTextWithArgumentsGoesThroughMessageFormatWhereADoubledApostropheIsOne() {
        LocaleContextHolder.setLocale(Locale.FRENCH);

        assertThat(texts.getMessage("call.error.fundUnknown", new Object[] {"GF-X"})).isEqualTo("Il n'existe pas de fonds GF-X.");
    }

    @Test
    void theLanguageIsTheRequestsOne() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        String french = texts.getMessage("people.error.roles");
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(french).isEqualTo("Choisissez au moins un rôle.");
        assertThat(texts.getMessage("people.error.roles")).isEqualTo("Choose at least one role.");
    }
}
