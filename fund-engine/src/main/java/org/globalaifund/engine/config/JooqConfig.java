package org.globalaifund.engine.config;

import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.autoconfigure.jooq.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Renders SQL names unquoted: tables are created unquoted, so H2 folds them to upper and PostgreSQL
 * to lower case, and the classes generated from H2 then work on both.
 */
@Configuration(proxyBeanMethods = false)
public class JooqConfig {

    @Bean
    DefaultConfigurationCustomizer unquotedNames() {
        return configuration -> configuration.settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderNameCase(RenderNameCase.AS_IS)
                .withRenderSchema(true);
    }
}
