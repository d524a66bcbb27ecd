package org.globalaifund.engine.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.TimeZone;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.security.FundUser;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language. A logged-in person reads the fund in the language they chose in their
 * settings, unless they pick another with {@code ?lang=} (that choice holds until they log out);
 * anyone else reads the language of the cookie, else of the browser.
 */
public class PersonLocaleResolver extends CookieLocaleResolver {

    /** Set when the reader picked a language with {@code ?lang=}: on the request, and on a logged-in person's session. */
    static final String PICKED = PersonLocaleResolver.class.getName() + ".PICKED";
    private static final String PREFERENCE = PersonLocaleResolver.class.getName() + ".PREFERENCE";

    private final PersonRepository people;
    private final Languages languages;

    public PersonLocaleResolver(String cookieName, PersonRepository people, Languages languages) {
        super(cookieName);
        this.people = people;
        this.languages = languages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale preferred = preference(request);
        return preferred != null ? preferred : super.resolveLocale(request);
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        LocaleContext fromCookie = super.resolveLocaleContext(request);
        return new TimeZoneAwareLocaleContext() {
            @Override
            public Locale getLocale() {
                Locale preferred = preference(request);
                return preferred != null ? preferred : fromCookie.getLocale();
            }

            @Override
            public TimeZone getTimeZone() {
                return fromCookie instanceof TimeZoneAwareLocaleContext tz ? tz.getTimeZone() : null;
            }
        };
    }

    /** A language picked with {@code ?lang=}: kept in the cookie, and over the person's own choice for this session. */
    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
        super.setLocaleContext(request, response, localeContext);
        request.setAttribute(PICKED, Boolean.TRUE);
        if (loggedIn() != null) {
            request.getSession().setAttribute(PICKED, Boolean.TRUE);
        }
    }

    /** The person just saved their language in their settings: it applies from this response on. */
    public void applySaved(HttpServletRequest request, HttpServletResponse response, String language) {
        super.setLocaleContext(request, response, new SimpleLocaleContext(languages.localeOf(language)));
        request.removeAttribute(PICKED);
        request.removeAttribute(PREFERENCE);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PICKED);
        }
    }

    /** The logged-in person's language, unless the reader picked another; read once per request. */
    private Locale preference(HttpServletRequest request) {
        if (request.getAttribute(PICKED) != null) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PICKED) != null) {
            return null;
        }
        FundUser user = loggedIn();
        if (user == null) {
            return null;
        }
        Object cached = request.getAttribute(PREFERENCE);
        if (cached == null) {
            String code = people.preferredLanguage(user.personId()).filter(languages::supports).orElse("");
            cached = code.isEmpty() ? "" : languages.localeOf(code);
            request.setAttribute(PREFERENCE, cached);
        }
        return cached instanceof Locale locale ? locale : null;
    }

    private static FundUser loggedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof FundUser user ? user : null;
    }
}
