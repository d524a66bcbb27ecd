package org.globalaifund.engine.reference;

import java.util.Currency;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The codelists the fund validates against, loaded once: countries, currencies, organisation types. */
@Component
public class ReferenceData {

    private final Codelist countries = Codelist.load("Country");
    private final Codelist currencies = Codelist.load("Currency");
    private final Codelist organisationTypes = Codelist.load("OrganisationType");

    public Codelist countries() {
        return countries;
    }

    public Codelist organisationTypes() {
        return organisationTypes;
    }

    /** An ISO 4217 code that IATI lists and the JDK knows (so its minor unit is known). */
    public boolean isCurrency(String code) {
        if (!currencies.contains(code)) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String countryName(String code, Locale locale) {
        return countries.label(code, locale).orElse(code);
    }
}
