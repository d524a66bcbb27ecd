package org.globalaifund.engine.web;

import java.time.Duration;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.account.PersonLocaleResolver;
import org.globalaifund.engine.people.PersonRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The reader's language: chosen with {@code ?lang=fr} on any page and kept in a cookie, else the first of the
 * browser's languages ({@code Accept-Language}) the fund speaks, else English. Every text comes from the message bundles, so a UN language is added by translation.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

    /** A logged-in person's own language comes first (see {@link PersonLocaleResolver}). */
    @Bean
    PersonLocaleResolver localeResolver(PersonRepository people, Languages languages) {
        PersonLocaleResolver resolver = new PersonLocaleResolver("fund-lang", people, languages);
        resolver.setDefaultLocaleFunction(request -> languages.bestOf(request.getHeader("Accept-Language")));
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
