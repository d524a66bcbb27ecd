package org.globalaifund.engine.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.PersonStatus;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service accounts: an applicant registers, confirms the email through a one-time link, resets a
 * forgotten password and chooses a language. No answer of this service tells a caller whether an email
 * belongs to someone: what differs is only the email its owner receives.
 */
@Service
@Transactional
public class AccountService {

    private final PersonRepository people;
    private final AccountTokens tokens;
    private final AccountEmails emails;
    private final Languages languages;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration confirmValidity;
    private final Duration resetValidity;

    public AccountService(PersonRepository people, AccountTokens tokens, AccountEmails emails, Languages languages,
            PasswordEncoder passwordEncoder, AuditTrail audit, Clock clock,
            @Value("${fund.account.confirm-validity:PT48H}") Duration confirmValidity,
            @Value("${fund.account.reset-validity:PT1H}") Duration resetValidity) {
        this.people = people;
        this.tokens = tokens;
        this.emails = emails;
        this.languages = languages;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.confirmValidity = confirmValidity;
        this.resetValidity = resetValidity;
    }

    /**
     * Registers an applicant, who stays INVITED until they follow the confirmation link. An email that
     * belongs to an account already gets no new account: its owner is told (active account), or receives
     * a fresh confirmation link (registration not yet confirmed; the password chosen then stays).
     */
    public void register(AccountForms.Registration form) {
        refuseInvalid(form.errors(languages));
        String email = PeopleService.normaliseEmail(form.email());
        // Hashed whether or not it is used, so that the answer takes as long for a known email as for a new one.
        String passwordHash = passwordEncoder.encode(form.password());
        Optional<Person> existing = people.findByEmail(email);
        if (existing.isPresent()) {
            Person person = existing.get();
            if (person.status() == PersonStatus.ACTIVE) {
                emails.alreadyRegistered(person);
                audit.record(null, "REGISTRATION_OF_EXISTING_EMAIL", "PERSON", person.id(), null);
            } else if (person.status() == PersonStatus.INVITED && people.passwordHash(person.id()).isPresent()) {
                sendConfirmation(person);
            }
            // A deactivated person, or one an ADMIN invited (their invitation is their way in), gets nothing.
            return;
        }
        var now = clock.instant();
        String id = UUID.randomUUID().toString();
        String name = form.displayName().strip();
        people.insert(id, email, name, PersonStatus.INVITED, passwordHash, now);
        people.updateProfile(id, name, form.language(), now);
        people.grantRole(id, Role.APPLICANT, id, now);
        audit.record(id, "APPLICANT_REGISTERED", "PERSON", id, "language=" + form.language());
        sendConfirmation(people.findById(id).orElseThrow());
    }

    private void sendConfirmation(Person person) {
        var now = clock.instant();
        tokens.close(person.id(), TokenPurpose.CONFIRM_EMAIL, now);
        String token = AccountTokens.newToken();
        String hash = AccountTokens.hash(token);
        tokens.insert(hash, person.id(), TokenPurpose.CONFIRM_EMAIL, now, now.plus(confirmValidity));
        emails.confirmation(person, token, hash, confirmValidity);
    }

    /** The person a confirmation link is open for; not found when it is used, expired or unknown. */
    @Transactional(readOnly = true)
    public Person toConfirm(String token) {
        return holder(token, TokenPurpose.CONFIRM_EMAIL, PersonStatus.INVITED);
    }

    /** Confirms the email: the person becomes ACTIVE and may log in. The link works once. */
    public Person confirm(String token) {
        Person person = toConfirm(token);
        people.lock(person.id());
        var now = clock.instant();
        if (!tokens.use(AccountTokens.hash(token), TokenPurpose.CONFIRM_EMAIL, now)) {
            throw FundException.notFound("Link");
        }
        tokens.close(person.id(), TokenPurpose.CONFIRM_EMAIL, now);
        people.updateStatus(person.id(), PersonStatus.ACTIVE, now);
        audit.record(person.id(), "EMAIL_CONFIRMED", "PERSON", person.id(), null);
        return people.findById(person.id()).orElseThrow();
    }

    /**
     * Sends a reset link to an active person with this email, closing their older links; for any other
     * email nothing happens, and the caller answers the same either way. Only an invalid address is refused.
     */
    public void requestPasswordReset(String email) {
        if (!AccountForms.validEmail(email)) {
            refuseInvalid(Map.of("email", "account.error.email"));
        }
        people.findByEmail(PeopleService.normaliseEmail(email)).filter(Person::isActive).ifPresent(person -> {
            var now = clock.instant();
            tokens.close(person.id(), TokenPurpose.RESET_PASSWORD, now);
            String token = AccountTokens.newToken();
            String hash = AccountTokens.hash(token);
            tokens.insert(hash, person.id(), TokenPurpose.RESET_PASSWORD, now, now.plus(resetValidity));
            emails.passwordReset(person, token, hash, resetValidity);
            audit.record(null, "PASSWORD_RESET_REQUESTED", "PERSON", person.id(), null);
        });
    }

    /** The person a reset link is open for: active people only. */
    @Transactional(readOnly = true)
    public Person toReset(String token) {
        return holder(token, TokenPurpose.RESET_PASSWORD, PersonStatus.ACTIVE);
    }

    /** Sets the new password and closes the link (and any other open reset link of the person). */
    public Person resetPassword(String token, AccountForms.NewPassword form) {
        Person person = toReset(token);
        refuseInvalid(form.errors());
        people.lock(person.id());
        var now = clock.instant();
        if (!tokens.use(AccountTokens.hash(token), TokenPurpose.RESET_PASSWORD, now)) {
            throw FundException.notFound("Link");
        }
        tokens.close(person.id(), TokenPurpose.RESET_PASSWORD, now);
        people.updatePassword(person.id(), passwordEncoder.encode(form.password()), now);
        audit.record(person.id(), "PASSWORD_RESET", "PERSON", person.id(), null);
        return person;
    }

    /** A person's own name and language. */
    public Person updateSettings(String personId, AccountForms.Settings form) {
        refuseInvalid(form.errors(languages));
        Person person = people.findById(personId).orElseThrow(() -> FundException.notFound("Person"));
        people.updateProfile(personId, form.displayName().strip(), form.language(), clock.instant());
        audit.record(personId, "SETTINGS_CHANGED", "PERSON", personId, "language=" + form.language());
        return people.findById(person.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Person person(String personId) {
        return people.findById(personId).orElseThrow(() -> FundException.notFound("Person"));
    }

    private Person holder(String token, TokenPurpose purpose, PersonStatus status) {
        return tokens.open(AccountTokens.hash(token), purpose, clock.instant())
                .flatMap(people::findById)
                .filter(p -> p.status() == status)
                .orElseThrow(() -> FundException.notFound("Link"));
    }

    /** Field errors as message keys; pages check the form first, so this guards other callers. */
    private static void refuseInvalid(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, "Invalid input: " + errors.keySet(), errors);
        }
    }
}
