package org.globalaifund.engine.node;

import static org.globalaifund.engine.db.Tables.NETWORK_NODE;
import static org.globalaifund.engine.db.Tables.NODE_OPERATOR;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.db.tables.records.NetworkNodeRecord;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.globalaifund.engine.reference.ReferenceData;
import org.globalaifund.engine.reference.UnRegion;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of network nodes and of the NODE_OPERATOR people who act for each. */
@Service
@Transactional
public class NetworkNodeService {

    private final DSLContext dsl;
    private final ReferenceData reference;
    private final PersonRepository people;
    private final AuditTrail audit;
    private final Clock clock;

    public NetworkNodeService(DSLContext dsl, ReferenceData reference, PersonRepository people, AuditTrail audit, Clock clock) {
        this.dsl = dsl;
        this.reference = reference;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    public NetworkNode register(String actorId, NewNode node) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (node.code() == null || !node.code().matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
            errors.put("code", "Use 2 to 40 capital letters, digits or hyphens.");
        }
        if (node.name() == null || node.name().isBlank()) {
            errors.put("name", "Enter the node's name.");
        }
        if (node.hostOrganisation() == null || node.hostOrganisation().isBlank()) {
            errors.put("hostOrganisation", "Enter the organisation that hosts the node.");
        }
        if (node.city() == null || node.city().isBlank()) {
            errors.put("city", "Enter the city.");
        }
        if (!reference.countries().contains(node.countryCode())) {
            errors.put("countryCode", "Choose a country from the list.");
        }
        if (node.region() == null) {
            errors.put("region", "Choose the UN region (M49).");
        }
        if (!errors.isEmpty()) {
            throw new FundException(ProblemType.INVALID_INPUT, "The node could not be registered.", errors);
        }
        if (findByCode(node.code()).isPresent()) {
            throw new FundException(ProblemType.ALREADY_EXISTS, "A node with code " + node.code() + " exists.",
                    Map.of("code", "This code is taken."));
        }
        String id = UUID.randomUUID().toString();
        dsl.insertInto(NETWORK_NODE)
                .set(NETWORK_NODE.ID, id).set(NETWORK_NODE.CODE, node.code()).set(NETWORK_NODE.NAME, node.name().strip())
                .set(NETWORK_NODE.HOST_ORGANISATION, node.hostOrganisation().strip()).set(NETWORK_NODE.CITY, node.city().strip())
                .set(NETWORK_NODE.COUNTRY_CODE, node.countryCode()).set(NETWORK_NODE.REGION_M49, node.region().m49())
                .set(NETWORK_NODE.CONTACT_EMAIL, node.contactEmail()).set(NETWORK_NODE.CREATED_AT, clock.instant())
                .execute();
        audit.record(actorId, "NODE_REGISTERED", "NODE", id, node.code());
        return get(id);
    }

    /** Lets a NODE_OPERATOR person act for this node. */
    public void addOperator(String actorId, String nodeId, String personId) {
        get(nodeId);
        var person = people.findById(personId).orElseThrow(() -> FundException.notFound("Person"));
        if (!person.has(Role.NODE_OPERATOR)) {
            throw FundException.invalid("personId", "Only a person with the NODE_OPERATOR role can operate a node.");
        }
        int added = dsl.insertInto(NODE_OPERATOR).set(NODE_OPERATOR.NODE_ID, nodeId).set(NODE_OPERATOR.PERSON_ID, personId)
                .onDuplicateKeyIgnore().execute();
        if (added == 1) {
            audit.record(actorId, "NODE_OPERATOR_ADDED", "NODE", nodeId, personId);
        }
    }

    @Transactional(readOnly = true)
    public NetworkNode get(String id) {
        return Optional.ofNullable(dsl.selectFrom(NETWORK_NODE).where(NETWORK_NODE.ID.eq(id)).fetchOne())
                .map(NetworkNodeService::toNode).orElseThrow(() -> FundException.notFound("Network node"));
    }

    @Transactional(readOnly = true)
    public Optional<NetworkNode> findByCode(String code) {
        return Optional.ofNullable(dsl.selectFrom(NETWORK_NODE).where(NETWORK_NODE.CODE.eq(code)).fetchOne())
                .map(NetworkNodeService::toNode);
    }

    @Transactional(readOnly = true)
    public List<NetworkNode> all() {
        return dsl.selectFrom(NETWORK_NODE).orderBy(NETWORK_NODE.NAME).fetch(NetworkNodeService::toNode);
    }

    @Transactional(readOnly = true)
    public List<NetworkNode> operatedBy(String personId) {
        return dsl.selectFrom(NETWORK_NODE)
                .where(NETWORK_NODE.ID.in(dsl.select(NODE_OPERATOR.NODE_ID).from(NODE_OPERATOR).where(NODE_OPERATOR.PERSON_ID.eq(personId))))
                .orderBy(NETWORK_NODE.NAME).fetch(NetworkNodeService::toNode);
    }

    private static NetworkNode toNode(NetworkNodeRecord r) {
        return new NetworkNode(r.getId(), r.getCode(), r.getName(), r.getHostOrganisation(), r.getCity(), r.getCountryCode(),
                UnRegion.ofM49(r.getRegionM49()).orElseThrow(), r.getContactEmail());
    }

    /** What ADMIN enters to register a node. */
    public record NewNode(String code, String name, String hostOrganisation, String city, String countryCode,
            UnRegion region, String contactEmail) {}
}
