package org.globalaifund.engine.contribution;

import static org.globalaifund.engine.db.Tables.DONOR;
import static org.globalaifund.engine.db.Tables.DONOR_PERSON;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.contribution.Donor.DonorKind;
import org.globalaifund.engine.db.tables.records.DonorRecord;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.engine.web.Keyset;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.PageQuery;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of donors, and which DONOR people speak for which donor. */
@Service
@Transactional
public class DonorService {

    private final DSLContext dsl;
    private final ReferenceData reference;
    private final PersonRepository people;
    private final AuditTrail audit;
    private final Clock clock;

    public DonorService(DSLContext dsl, ReferenceData reference, PersonRepository people, AuditTrail audit, Clock clock) {
        this.dsl = dsl;
        this.reference = reference;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers a donor under a unique reference; all fields are checked before anything is written. */
    public Donor register(String actorId, NewDonor donor) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (donor.ref() == null || !donor.ref().matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
            errors.put("ref", "Use 2 to 40 capital letters, digits or hyphens.");
        }
        if (donor.name() == null || donor.name().isBlank() || donor.name().length() > 200) {
            errors.put("name", "Enter the donor's name (at most 200 characters).");
        }
        if (donor.kind() == DonorKind.ORGANISATION && !reference.organisationTypes().contains(donor.organisationType())) {
            errors.put("organisationType", "Choose an organisation type from the IATI list.");
        }
        if (donor.kind() == DonorKind.INDIVIDUAL && donor.organisationType() != null) {
            errors.put("organisationType", "An individual donor has no organisation type.");
        }
        if (donor.kind() == null) {
            errors.put("kind", "Choose organisation or individual.");
        }
        if (donor.countryCode() != null && !reference.countries().contains(donor.countryCode())) {
            errors.put("countryCode", "Choose a country from the list.");
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, "The donor could not be registered.", errors);
        }
        if (findByRef(donor.ref()).isPresent()) {
            throw new FundException(ProblemType.ALREADY_EXISTS, "A donor with reference " + donor.ref() + " exists.",
                    Map.of("ref", "This reference is taken."));
        }
        String id = UUID.randomUUID().toString();
        dsl.insertInto(DONOR)
                .set(DONOR.ID, id).set(DONOR.REF, donor.ref()).set(DONOR.NAME, donor.name().strip())
                .set(DONOR.DONOR_KIND, donor.kind().name()).set(DONOR.ORGANISATION_TYPE, donor.organisationType())
                .set(DONOR.COUNTRY_CODE, donor.countryCode()).set(DONOR.CONTACT_NAME, donor.contactName())
                .set(DONOR.CONTACT_EMAIL, donor.contactEmail()).set(DONOR.CREATED_AT, clock.instant())
                .execute();
        audit.record(actorId, "DONOR_REGISTERED", "DONOR", id, donor.ref());
        return get(id);
    }

    /** Lets a DONOR person see this donor's contributions. */
    public void linkPerson(String actorId, String donorId, String personId) {
        get(donorId);
        var person = people.findById(personId).orElseThrow(() -> FundException.notFound("Person"));
        if (!person.has(Role.DONOR)) {
            throw FundException.invalid("personId", "Only a person with the DONOR role can speak for a donor.");
        }
        int added = dsl.insertInto(DONOR_PERSON).set(DONOR_PERSON.DONOR_ID, donorId).set(DONOR_PERSON.PERSON_ID, personId)
                .onDuplicateKeyIgnore().execute();
        if (added == 1) {
            audit.record(actorId, "DONOR_PERSON_LINKED", "DONOR", donorId, personId);
        }
    }

    @Transactional(readOnly = true)
    public Donor get(String id) {
        return Optional.ofNullable(dsl.selectFrom(DONOR).where(DONOR.ID.eq(id)).fetchOne()).map(DonorService::toDonor)
                .orElseThrow(() -> FundException.notFound("Donor"));
    }

    @Transactional(readOnly = true)
    public Optional<Donor> findByRef(String ref) {
        return Optional.ofNullable(dsl.selectFrom(DONOR).where(DONOR.REF.eq(ref)).fetchOne()).map(DonorService::toDonor);
    }

    @Transactional(readOnly = true)
    public List<Donor> all() {
        return dsl.selectFrom(DONOR).orderBy(DONOR.NAME).fetch(DonorService::toDonor);
    }

    /** A page of every donor, by name then id (the API's list). */
    @Transactional(readOnly = true)
    public Page<Donor> page(PageQuery query) {
        Keyset keyset = Keyset.of(DONOR.NAME.asc(), DONOR.ID.asc());
        return keyset.page(query, dsl.selectFrom(DONOR).where(keyset.after(query)).orderBy(keyset.order())
                .limit(keyset.fetchSize(query)).fetch(), DonorService::toDonor);
    }

    /** The donors a DONOR person speaks for. */
    @Transactional(readOnly = true)
    public List<Donor> forPerson(String personId) {
        return dsl.selectFrom(DONOR)
                .where(DONOR.ID.in(dsl.select(DONOR_PERSON.DONOR_ID).from(DONOR_PERSON).where(DONOR_PERSON.PERSON_ID.eq(personId))))
                .orderBy(DONOR.NAME).fetch(DonorService::toDonor);
    }

    private static Donor toDonor(DonorRecord r) {
        return new Donor(r.getId(), r.getRef(), r.getName(), DonorKind.valueOf(r.getDonorKind()), r.getOrganisationType(),
                r.getCountryCode(), r.getContactName(), r.getContactEmail());
    }

    /** What FINANCE enters to register a donor. */
    public record NewDonor(String ref, String name, DonorKind kind, String organisationType, String countryCode,
            String contactName, String contactEmail) {}
}
