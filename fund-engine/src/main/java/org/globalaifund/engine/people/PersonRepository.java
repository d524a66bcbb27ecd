package org.globalaifund.engine.people;

import static org.globalaifund.engine.db.Tables.INVITATION;
import static org.globalaifund.engine.db.Tables.PERSON;
import static org.globalaifund.engine.db.Tables.PERSON_ROLE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.globalaifund.engine.db.tables.records.PersonRecord;
import org.globalaifund.engine.web.Keyset;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.PageQuery;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads and writes people, their roles and invitations in schema {@code fund}. */
@Repository
public class PersonRepository {

    private final DSLContext dsl;

    public PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean isEmpty() {
        return !dsl.fetchExists(PERSON);
    }

    public Optional<Person> findById(String id) {
        return find(PERSON.ID.eq(id)).stream().findFirst();
    }

    public Optional<Person> findByEmail(String email) {
        return find(PERSON.EMAIL.eq(email)).stream().findFirst();
    }

    public Optional<String> passwordHash(String personId) {
        return dsl.select(PERSON.PASSWORD_HASH).from(PERSON).where(PERSON.ID.eq(personId)).fetchOptional(PERSON.PASSWORD_HASH);
    }

    /** The language a person chose, if any: read on every page of a logged-in person, so one column only. */
    public Optional<String> preferredLanguage(String personId) {
        return dsl.select(PERSON.PREFERRED_LANGUAGE).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(PERSON.PREFERRED_LANGUAGE);
    }

    public List<Person> findAll() {
        return find(DSL.noCondition());
    }

    /** A page of everyone, by name then id. */
    public Page<Person> page(PageQuery query) {
        Keyset keyset = Keyset.of(PERSON.DISPLAY_NAME.asc(), PERSON.ID.asc());
        List<PersonRecord> rows = dsl.selectFrom(PERSON).where(keyset.after(query)).orderBy(keyset.order())
                .limit(keyset.fetchSize(query)).fetch();
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            dsl.selectFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.in(rows.stream().map(PersonRecord::getId).toList()))
                    .forEach(r -> roles.computeIfAbsent(r.getPersonId(), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(r.getRoleCode())));
        }
        return keyset.page(query, rows, r -> toPerson(r, roles.getOrDefault(r.getId(), Set.of())));
    }

    public List<Person> findWithRole(Role role) {
        return find(PERSON.ID.in(DSL.select(PERSON_ROLE.PERSON_ID).from(PERSON_ROLE).where(PERSON_ROLE.ROLE_CODE.eq(role.name()))));
    }

    public long countActiveWithRole(Role role) {
        return dsl.fetchCount(dsl.selectFrom(PERSON)
                .where(PERSON.STATUS.eq(PersonStatus.ACTIVE.name()))
                .and(PERSON.ID.in(DSL.select(PERSON_ROLE.PERSON_ID).from(PERSON_ROLE).where(PERSON_ROLE.ROLE_CODE.eq(role.name())))));
    }

    private List<Person> find(Condition condition) {
        Map<String, PersonRecord> people = new LinkedHashMap<>();
        dsl.selectFrom(PERSON).where(condition).orderBy(PERSON.DISPLAY_NAME, PERSON.ID).forEach(r -> people.put(r.getId(), r));
        if (people.isEmpty()) {
            return List.of();
        }
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        dsl.selectFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.in(people.keySet()))
                .forEach(r -> roles.computeIfAbsent(r.getPersonId(), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(r.getRoleCode())));
        List<Person> result = new ArrayList<>(people.size());
        people.values().forEach(r -> result.add(toPerson(r, roles.getOrDefault(r.getId(), Set.of()))));
        return result;
    }

    private static Person toPerson(PersonRecord r, Set<Role> roles) {
        return new Person(r.getId(), r.getEmail(), r.getDisplayName(), PersonStatus.valueOf(r.getStatus()), roles,
                r.getConstituency() == null ? null : Constituency.valueOf(r.getConstituency()),
                Boolean.TRUE.equals(r.getBoardChair()), r.getPreferredLanguage(), r.getCreatedAt());
    }

    public void insert(String id, String email, String displayName, PersonStatus status, String passwordHash, Instant now) {
        dsl.insertInto(PERSON)
                .set(PERSON.ID, id).set(PERSON.EMAIL, email).set(PERSON.DISPLAY_NAME, displayName)
                .set(PERSON.STATUS, status.name()).set(PERSON.PASSWORD_HASH, passwordHash)
                .set(PERSON.BOARD_CHAIR, false).set(PERSON.CREATED_AT, now).set(PERSON.UPDATED_AT, now)
                .execute();
    }

    public void updateStatus(String id, PersonStatus status, Instant now) {
        dsl.update(PERSON).set(PERSON.STATUS, status.name()).set(PERSON.UPDATED_AT, now).where(PERSON.ID.eq(id)).execute();
    }

    public void updatePassword(String id, String passwordHash, Instant now) {
        dsl.update(PERSON).set(PERSON.PASSWORD_HASH, passwordHash).set(PERSON.UPDATED_AT, now).where(PERSON.ID.eq(id)).execute();
    }

    public void updateProfile(String id, String displayName, String preferredLanguage, Instant now) {
        dsl.update(PERSON).set(PERSON.DISPLAY_NAME, displayName).set(PERSON.PREFERRED_LANGUAGE, preferredLanguage)
                .set(PERSON.UPDATED_AT, now).where(PERSON.ID.eq(id)).execute();
    }

    public void updateBoardSeat(String id, Constituency constituency, boolean chair, Instant now) {
        dsl.update(PERSON).set(PERSON.CONSTITUENCY, constituency == null ? null : constituency.name())
                .set(PERSON.BOARD_CHAIR, chair).set(PERSON.UPDATED_AT, now).where(PERSON.ID.eq(id)).execute();
    }

    /** Clears the chair of everyone but {@code exceptId}: the board has at most one chair. */
    public void clearChairExcept(String exceptId, Instant now) {
        dsl.update(PERSON).set(PERSON.BOARD_CHAIR, false).set(PERSON.UPDATED_AT, now)
                .where(PERSON.BOARD_CHAIR.isTrue()).and(PERSON.ID.ne(exceptId)).execute();
    }

    /** Locks the person's row for the rest of the transaction, so concurrent role changes serialise. */
    public void lock(String id) {
        dsl.select(PERSON.ID).from(PERSON).where(PERSON.ID.eq(id)).forUpdate().fetch();
    }

    public void grantRole(String personId, Role role, String grantedBy, Instant now) {
        dsl.insertInto(PERSON_ROLE).set(PERSON_ROLE.PERSON_ID, personId).set(PERSON_ROLE.ROLE_CODE, role.name())
                .set(PERSON_ROLE.GRANTED_AT, now).set(PERSON_ROLE.GRANTED_BY, grantedBy)
                .onDuplicateKeyIgnore().execute();
    }

    public int revokeRole(String personId, Role role) {
        return dsl.deleteFrom(PERSON_ROLE).where(PERSON_ROLE.PERSON_ID.eq(personId)).and(PERSON_ROLE.ROLE_CODE.eq(role.name())).execute();
    }

    public void insertInvitation(String tokenHash, String personId, Instant now, Instant expiresAt) {
        dsl.insertInto(INVITATION).set(INVITATION.TOKEN_HASH, tokenHash).set(INVITATION.PERSON_ID, personId)
                .set(INVITATION.CREATED_AT, now).set(INVITATION.EXPIRES_AT, expiresAt).execute();
    }

    /** The person an open, unexpired invitation belongs to. */
    public Optional<String> openInvitation(String tokenHash, Instant now) {
        return dsl.select(INVITATION.PERSON_ID).from(INVITATION)
                .where(INVITATION.TOKEN_HASH.eq(tokenHash)).and(INVITATION.ACCEPTED_AT.isNull()).and(INVITATION.EXPIRES_AT.gt(now))
                .fetchOptional(INVITATION.PERSON_ID);
    }

    public boolean acceptInvitation(String tokenHash, Instant now) {
        return dsl.update(INVITATION).set(INVITATION.ACCEPTED_AT, now)
                .where(INVITATION.TOKEN_HASH.eq(tokenHash)).and(INVITATION.ACCEPTED_AT.isNull()).execute() == 1;
    }

    /** Closes every open invitation of a person (a new one replaces them; a deactivated person keeps none). */
    public void closeInvitations(String personId, Instant now) {
        dsl.update(INVITATION).set(INVITATION.EXPIRES_AT, now)
                .where(INVITATION.PERSON_ID.eq(personId)).and(INVITATION.ACCEPTED_AT.isNull()).and(INVITATION.EXPIRES_AT.gt(now))
                .execute();
    }
}
