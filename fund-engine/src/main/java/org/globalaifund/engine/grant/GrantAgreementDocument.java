package org.globalaifund.engine.grant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.Indicator;
import org.globalaifund.engine.application.ResultsRules;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.templates.Amount;
import org.globalaifund.templates.GrantAgreement;
import org.globalaifund.templates.GrantAgreementTemplate;
import org.globalaifund.templates.RenderedPdf;
import org.globalaifund.templates.Tranche;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The grant agreement PDF as offered, in the applicant's language: the grant's terms, its tranche schedule and
 * results framework, the applicant's signatories (or the applicant, when none were named) and the fund's. Rendered
 * once, without the bank account: the applicant enters it afterwards, and the agreement says the fund confirms it
 * before the first payment.
 */
@Component
class GrantAgreementDocument {

    private final ResultsRules results;
    private final ReferenceData reference;
    private final GrantProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    GrantAgreementDocument(ResultsRules results, ReferenceData reference, GrantProperties properties,
            MessageSource messages, Clock clock) {
        this.results = results;
        this.reference = reference;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    RenderedPdf render(Grant grant, Application app, FundingCall call, Person applicant, List<GrantRepository.ApprovedTranche> schedule,
            Locale locale) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String fund = messages.getMessage("grant.agreement.fundName", null, locale);
        String org = app.orgName() != null ? app.orgName() : applicant.displayName();
        List<GrantAgreement.Signatory> signing = new ArrayList<>();
        app.signatories().forEach(s -> signing.add(new GrantAgreement.Signatory(s.name(), s.title(), org)));
        if (signing.isEmpty()) {
            String representative = messages.getMessage("grant.agreement.representative", null, locale);
            signing.add(new GrantAgreement.Signatory(applicant.displayName(), representative, org));
        }
        signing.add(new GrantAgreement.Signatory(properties.signatoryName(), properties.signatoryTitle(), fund));
        GrantAgreement agreement = new GrantAgreement(grant.reference(), today, locale,
                new GrantAgreement.Grantee(org, app.orgCountry() != null ? reference.countryName(app.orgCountry(), locale) : "—"),
                signing, app.projectTitle(), app.projectSummary(), call.ref() + " — " + call.title(), amount(grant.total()),
                schedule.stream().map(t -> new Tranche(t.number(), amount(new Money(t.amountMinor(), grant.total().currency())), null,
                        condition(t, locale))).toList(),
                app.indicators().stream().map(i -> indicator(i, locale)).toList(),
                null, grant.conditions(), grant.lastDayToAccept());
        return new GrantAgreementTemplate(clock).render(agreement);
    }

    private String condition(GrantRepository.ApprovedTranche t, Locale locale) {
        String when = t.plannedMonth() == 0 ? messages.getMessage("grant.tranche.onAcceptance", null, locale)
                : messages.getMessage("grant.tranche.month", new Object[] {t.plannedMonth()}, locale);
        return t.condition() + " (" + when + ")";
    }

    private GrantAgreement.ResultIndicator indicator(Indicator i, Locale locale) {
        String unit = i.unit() != null && !i.unit().isBlank() ? i.unit() : results.measures().label(i.measure(), locale).orElse(i.measure());
        return new GrantAgreement.ResultIndicator(i.name(), unit, i.baseline() + " (" + i.baselineYear() + ")", i.target(), i.sdgTarget());
    }

    private static Amount amount(Money money) {
        return new Amount(money.minor(), money.currency());
    }
}
