package org.globalaifund.engine.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.globalaifund.engine.people.PeopleService;
import org.springframework.context.MessageSource;

/**
 * The forms of self-service accounts as typed, and their checks. A check answers field -> message key
 * (in the order of the fields on the page), so the page can show each message next to its field in the
 * reader's language; the service runs the same checks before it writes anything.
 */
public final class AccountForms {

    private AccountForms() {}

    /** A new applicant's registration. */
    public record Registration(String displayName, String email, String password, String confirmation, String language) {

        public Map<String, String> errors(Languages languages) {
            Map<String, String> errors = new LinkedHashMap<>();
            checkName(errors, displayName);
            if (!validEmail(email)) {
                errors.put("email", "account.error.email");
            }
            checkPassword(errors, password, confirmation);
            if (!languages.supports(language)) {
                errors.put("language", "account.error.language");
            }
            return errors;
        }
    }

    /** A new password typed twice. */
    public record NewPassword(String password, String confirmation) {

        public Map<String, String> errors() {
            Map<String, String> errors = new LinkedHashMap<>();
            checkPassword(errors, password, confirmation);
            return errors;
        }
    }

    /** A person's own settings: the name others see and the language the fund speaks to them in. */
    public record Settings(String displayName, String language) {

        public Map<String, String> errors(Languages languages) {
            Map<String, String> errors = new LinkedHashMap<>();
            checkName(errors, displayName);
            if (!languages.supports(language)) {
                errors.put("language", "account.error.language");
            }
            return errors;
        }
    }

    /** The messages of a check, in the reader's language; the password rule names its minimum length. */
    static Map<String, String> texts(MessageSource messages, Map<String, String> errors, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        Object[] args = {PeopleService.MIN_PASSWORD_LENGTH};
        errors.forEach((field, key) -> texts.put(field, messages.getMessage(key, args, locale)));
        return texts;
    }

    static boolean validEmail(String email) {
        return PeopleService.validEmail(email);
    }

    private static void checkName(Map<String, String> errors, String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.put("displayName", "account.error.name");
        }
    }

    private static void checkPassword(Map<String, String> errors, String password, String confirmation) {
        if (!PeopleService.validPassword(password)) {
            errors.put("password", "account.error.password");
            return;
        }
        if (!password.equals(confirmation)) {
            errors.put("confirmation", "account.error.confirmation");
        }
    }
}
