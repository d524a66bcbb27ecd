package org.globalaifund.engine.config;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The one way to look up a text in the language of the current request (the {@code LocaleContextHolder}'s, set from
 * the reader's choice by {@code PersonLocaleResolver}). Without arguments a text is printed as written; with
 * arguments it goes through {@code MessageFormat}. Pass arguments as an {@code Object[]}: a lone {@code String}
 * after the key is taken as the default text, not as an argument.
 */
@Configuration(proxyBeanMethods = false)
public class TextsConfig {

    @Bean
    MessageSourceAccessor texts(MessageSource messageSource) {
        return new MessageSourceAccessor(messageSource);
    }
}
