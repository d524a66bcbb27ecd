package org.globalaifund.engine.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.globalaifund.engine.account.Languages;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People administration: invitations, roles, board seats, activation. Every change is audited and
 * checked against the rules that keep the fund governable (a board seat needs the board role, the
 * board has one chair, the last active ADMIN cannot be removed).
 */
@Service
@Transactional
public class PeopleService {

    /** The shortest password anyone may choose, also for self-registration ({@code account}). */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final InvitationEmails invitationEmails;
    private final Languages languages;
    private final MessageSourceAccessor texts;
    private final Clock clock;
    private final FundProperties properties;
    private final ApplicationEventPublisher events;

    PeopleService(PersonRepository people, PasswordEncoder passwordEncoder, AuditTrail audit, InvitationEmails invitationEmails,
            Languages languages, MessageSourceAccessor texts, Clock clock, FundProperties properties, ApplicationEventPublisher events) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.invitationEmails = invitationEmails;
        this.languages = languages;
        this.texts = texts;
        this.clock = clock;
        this.properties = properties;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Person> all() {
        return people.findAll();
    }

    /** A page of everyone, by name then id (the API's list). */
    @Transactional(readOnly = true)
    public Page<Person> page(PageQuery query) {
        return people.page(query);
    }

    @Transactional(readOnly = true)
    public Person get(String id) {
        return people.findById(id).orElseThrow(() -> FundException.notFound("Person"));
    }

    @Transactional(readOnly = true)
    public List<Person> withRole(Role role) {
        return people.findWithRole(role);
    }

    /** Invites a person who reads the fund's default language; see {@link #invite(String, String, String, Set, String)}. */
    public Invitation invite(String actorId, String email, String displayName, Set<Role> roles) {
        return invite(actorId, email, displayName, roles, Languages.DEFAULT);
    }

    /**
     * Invites a person by email with the given roles: they receive a one-time link to choose a password, in
     * {@code language} (one the fund supports; none given means the fund's default), which becomes their preferred
     * language for pages and emails. Inviting an email that already belongs to someone is refused.
     */
    public Invitation invite(String actorId, String email, String displayName, Set<Role> roles, String language) {
        String normalisedEmail = requireEmail(email);
        String name = requireName(displayName);
        if (roles == null || roles.isEmpty()) {
            throw FundException.invalid("roles", texts.getMessage("people.error.roles"));
        }
        String chosenLanguage = requireLanguage(language);
        if (people.findByEmail(normalisedEmail).isPresent()) {
            String taken = texts.getMessage("people.error.emailTaken");
            throw new FundException(ProblemType.ALREADY_EXISTS, taken, java.util.Map.of("email", taken));
        }
        var now = clock.instant();
        String id = UUID.randomUUID().toString();
        people.insert(id, normalisedEmail, name, PersonStatus.INVITED, null, now);
        people.updateProfile(id, name, chosenLanguage, now);
        for (Role role : roles) {
            people.grantRole(id, role, actorId, now);
        }
        audit.record(actorId, "PERSON_INVITED", "PERSON", id, "roles=" + roles + ", language=" + chosenLanguage);
        return sendInvitation(id, normalisedEmail, name, chosenLanguage);
    }

    /** Sends a fresh invitation link in the person's language, closing earlier ones (e.g. when the first one expired). */
    public Invitation reinvite(String actorId, String personId) {
        Person person = get(personId);
        if (person.status() != PersonStatus.INVITED) {
            throw FundException.conflict(texts.getMessage("people.error.reinvite"));
        }
        people.closeInvitations(personId, clock.instant());
        audit.record(actorId, "PERSON_REINVITED", "PERSON", personId, null);
        return sendInvitation(personId, person.email(), person.displayName(),
                languages.localeOf(person.preferredLanguage()).getLanguage());
    }

    private Invitation sendInvitation(String personId, String email, String name, String language) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        var now = clock.instant();
        var expiresAt = now.plus(properties.invitationValidity());
        people.insertInvitation(hash(token), personId, now, expiresAt);
        Invitation invitation = new Invitation(personId, token, expiresAt, language);
        invitationEmails.send(email, name, invitation, hash(token));
        return invitation;
    }

    /** The invitee's language: none given means the fund's default; one the fund does not speak is refused on field {@code language}. */
    private String requireLanguage(String language) {
        String code = language == null || language.isBlank() ? Languages.DEFAULT : language.strip();
        if (!languages.supports(code)) {
            throw FundException.invalid("language", texts.getMessage("people.error.language"));
        }
        return code;
    }

    /** The person an invitation link belongs to, if the link is still open. */
    @Transactional(readOnly = true)
    public Person invitee(String token) {
        return people.openInvitation(hash(token), clock.instant()).flatMap(people::findById)
                .filter(p -> p.status() == PersonStatus.INVITED)
                .orElseThrow(() -> FundException.notFound("Invitation"));
    }

    /** Accepts an invitation: sets the password and activates the person. The link works once. */
    public Person acceptInvitation(String token, String password) {
        Person person = invitee(token);
        requirePassword(password);
        var now = clock.instant();
        if (!people.acceptInvitation(hash(token), now)) {
            throw FundException.notFound("Invitation");
        }
        people.updatePassword(person.id(), passwordEncoder.encode(password), now);
        people.updateStatus(person.id(), PersonStatus.ACTIVE, now);
        audit.record(person.id(), "INVITATION_ACCEPTED", "PERSON", person.id(), null);
        return get(person.id());
    }

    /** Creates an active person with a password, for the first ADMIN and for demo data. */
    public Person createActive(String actorId, String email, String displayName, String password, Set<Role> roles) {
        String normalisedEmail = requireEmail(email);
        if (people.findByEmail(normalisedEmail).isPresent()) {
            throw new FundException(ProblemType.ALREADY_EXISTS, texts.getMessage("people.error.emailTaken"));
        }
        requirePassword(password);
        var now = clock.instant();
        String id = UUID.randomUUID().toString();
        people.insert(id, normalisedEmail, requireName(displayName), PersonStatus.ACTIVE, passwordEncoder.encode(password), now);
        for (Role role : roles) {
            people.grantRole(id, role, actorId, now);
        }
        audit.record(actorId == null ? id : actorId, "PERSON_CREATED", "PERSON", id, "roles=" + roles);
        return get(id);
    }

    public Person grantRole(String actorId, String personId, Role role) {
        people.lock(personId);
        Person person = get(personId);
        if (!person.has(role)) {
            people.grantRole(personId, role, actorId, clock.instant());
            audit.record(actorId, "ROLE_GRANTED", "PERSON", personId, role.name());
        }
        return get(personId);
    }

    public Person revokeRole(String actorId, String personId, Role role) {
        people.lock(personId);
        Person person = get(personId);
        if (!person.has(role)) {
            return person;
        }
        if (role == Role.ADMIN && person.isActive() && people.countActiveWithRole(Role.ADMIN) <= 1) {
            throw FundException.conflict(texts.getMessage("people.error.lastAdminRole"));
        }
        people.revokeRole(personId, role);
        if (role == Role.BOARD_MEMBER) {
            people.updateBoardSeat(personId, null, false, clock.instant());
        }
        audit.record(actorId, "ROLE_REVOKED", "PERSON", personId, role.name());
        return get(personId);
    }

    /** Sets a board member's constituency and whether they chair the board (one chair at most). */
    public Person setBoardSeat(String actorId, String personId, Constituency constituency, boolean chair) {
        people.lock(personId);
        Person person = get(personId);
        if (!person.has(Role.BOARD_MEMBER)) {
            throw FundException.invalid("constituency", texts.getMessage("people.error.seatWithoutRole"));
        }
        if (constituency == null) {
            throw FundException.invalid("constituency", texts.getMessage("people.error.constituency"));
        }
        if (chair && !person.isActive()) {
            throw FundException.invalid("chair", texts.getMessage("people.error.chair"));
        }
        var now = clock.instant();
        if (chair) {
            people.clearChairExcept(personId, now);
        }
        people.updateBoardSeat(personId, constituency, chair, now);
        audit.record(actorId, "BOARD_SEAT_SET", "PERSON", personId, constituency + (chair ? ", chair" : ""));
        return get(personId);
    }

    /** Deactivates a person: they can no longer log in, their sessions end and their open tasks return to the pool. */
    public Person deactivate(String actorId, String personId) {
        people.lock(personId);
        Person person = get(personId);
        if (person.status() == PersonStatus.DEACTIVATED) {
            return person;
        }
        if (personId.equals(actorId)) {
            throw FundException.conflict(texts.getMessage("people.error.deactivateSelf"));
        }
        if (person.has(Role.ADMIN) && person.isActive() && people.countActiveWithRole(Role.ADMIN) <= 1) {
            throw FundException.conflict(texts.getMessage("people.error.lastAdmin"));
        }
        var now = clock.instant();
        people.updateStatus(personId, PersonStatus.DEACTIVATED, now);
        people.closeInvitations(personId, now);
        if (person.chair()) {
            people.updateBoardSeat(personId, person.constituency(), false, now);
        }
        audit.record(actorId, "PERSON_DEACTIVATED", "PERSON", personId, null);
        events.publishEvent(new PersonDeactivated(personId));
        return get(personId);
    }

    /** Reactivates a deactivated person with the password they had. */
    public Person reactivate(String actorId, String personId) {
        people.lock(personId);
        Person person = get(personId);
        if (person.status() != PersonStatus.DEACTIVATED) {
            return person;
        }
        boolean hasPassword = people.passwordHash(personId).isPresent();
        people.updateStatus(personId, hasPassword ? PersonStatus.ACTIVE : PersonStatus.INVITED, clock.instant());
        audit.record(actorId, "PERSON_REACTIVATED", "PERSON", personId, null);
        return get(personId);
    }

    /** Whether an address is one the fund can write to (spaces around it and case do not matter). */
    public static boolean validEmail(String email) {
        String normalised = normaliseEmail(email);
        return normalised.length() <= 254 && EMAIL.matcher(normalised).matches();
    }

    /** The email as stored: trimmed, lower case. Check it first with {@link #validEmail}. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether a password is long enough ({@link #MIN_PASSWORD_LENGTH}) and at most 128 characters. */
    public static boolean validPassword(String password) {
        return password != null && password.length() >= MIN_PASSWORD_LENGTH && password.length() <= 128;
    }

    /** The email as stored; an invalid address is refused on field {@code email}. */
    private String requireEmail(String email) {
        if (!validEmail(email)) {
            throw FundException.invalid("email", texts.getMessage("people.error.email"));
        }
        return normaliseEmail(email);
    }

    private String requireName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw FundException.invalid("displayName", texts.getMessage("people.error.name"));
        }
        return name;
    }

    private void requirePassword(String password) {
        if (!validPassword(password)) {
            throw FundException.invalid("password", texts.getMessage("account.error.password", new Object[] {MIN_PASSWORD_LENGTH}));
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Set<Role> roles(Role first, Role... rest) {
        return EnumSet.of(first, rest);
    }

    /** The one-time link sent to an invitee, in their language; the token is never stored, only its hash. */
    public record Invitation(String personId, String token, java.time.Instant expiresAt, String language) {

        /** The link's path and query: the language rides along, so the page speaks it on any device. */
        public String path() {
            return "/invitation/" + token + "?lang=" + language;
        }
    }

    /** Published inside the deactivating transaction, so that open tasks and sessions follow it. */
    public record PersonDeactivated(String personId) {}
}
