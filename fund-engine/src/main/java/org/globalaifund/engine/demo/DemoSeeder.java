package org.globalaifund.engine.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.globalaifund.engine.diligence.SanctionsListImport;
import org.globalaifund.engine.diligence.SanctionsListRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.call.CallTerms;
import org.globalaifund.engine.call.FundingCall;
import org.globalaifund.engine.call.PriorityArea;
import org.globalaifund.engine.call.PriorityListService;
import org.globalaifund.engine.call.PriorityListService.Placement;
import org.globalaifund.engine.contribution.Fund;
import org.globalaifund.engine.contribution.FundService;
import org.globalaifund.engine.contribution.RestrictedPurpose;
import org.globalaifund.engine.contribution.Donor;
import org.globalaifund.engine.contribution.Donor.DonorKind;
import org.globalaifund.engine.contribution.DonorService;
import org.globalaifund.engine.contribution.DonorService.NewDonor;
import org.globalaifund.engine.demo.DemoProperties.DemoPerson;
import org.globalaifund.engine.node.NetworkNode;
import org.globalaifund.engine.node.NetworkNodeService;
import org.globalaifund.engine.node.NetworkNodeService.NewNode;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.reference.UnRegion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a believable fund for the demo profile through the real services, never by writing rows:
 * one person per role (three reviewers), three donors with their pledges and receipts, network nodes in four UN regions, the
 * 2027 list of priority areas, an open call drawing on the unrestricted fund and Nordland's fund for it, and applications
 * to it in every state from draft to reviewed ({@link DemoApplications}). Idempotent:
 * each item is looked up by its natural key first, so restarts add only what is missing.
 */
@Component
@Profile("demo")
@Order(10)
public class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoProperties demo;
    private final PersonRepository personRepository;
    private final PeopleService people;
    private final DonorService donors;
    private final NetworkNodeService nodes;
    private final CallService calls;
    private final DemoContributions contributions;
    private final DemoApplications applications;
    private final FundService funds;
    private final PriorityListService priorities;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final DemoBoard board;
    private final SanctionsListImport sanctionsImport;
    private final SanctionsListRepository sanctionsLists;

    public DemoSeeder(DemoProperties demo, PersonRepository personRepository, PeopleService people, DonorService donors,
            NetworkNodeService nodes, CallService calls, DemoContributions contributions, DemoApplications applications, FundService funds,
            PriorityListService priorities, TransactionTemplate tx, Clock clock, SanctionsListImport sanctionsImport,
            SanctionsListRepository sanctionsLists, DemoBoard board) {
        this.board = board;
        this.sanctionsImport = sanctionsImport;
        this.sanctionsLists = sanctionsLists;
        this.demo = demo;
        this.personRepository = personRepository;
        this.people = people;
        this.donors = donors;
        this.nodes = nodes;
        this.calls = calls;
        this.contributions = contributions;
        this.applications = applications;
        this.funds = funds;
        this.priorities = priorities;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String admin = tx.execute(status -> seed());
        // Outside that transaction: the applications go through their processes step by step, each step (and each of the
        // engine's jobs, run by DemoApplications before the job executor starts) committing on its own.
        applications.seed(admin);
        board.seed(admin);
        log.info("Demo data is in place: {} people, {} donors, {} nodes, {} calls",
                people.all().size(), donors.all().size(), nodes.all().size(), calls.all().size());
    }

    /** Everything but the applications, in one transaction; returns the demo ADMIN's id. */
    String seed() {
        String admin = null;
        for (DemoPerson p : demo.people()) {
            Person person = personRepository.findByEmail(p.email())
                    .orElseGet(() -> people.createActive(null, p.email(), p.name(), p.password(), p.roles()));
            if (p.constituency() != null && person.constituency() == null) {
                people.setBoardSeat(null, person.id(), p.constituency(), p.chair());
            }
            if (admin == null && person.has(org.globalaifund.engine.people.Role.ADMIN)) {
                admin = person.id();
            }
        }
        seedSanctionsList(admin);
        seedDonors(admin);
        seedNodes(admin);
        seedPriorities(admin);
        seedCall(admin);
        contributions.seed(admin);
        drawOnNordlandsCallFund(admin);
        return admin;
    }

    /**
     * An invented list in the UN Consolidated List format, so due diligence can screen the demo applications (a real
     * fund imports the UN's file at /admin/sanctions).
     */
    private void seedSanctionsList(String admin) {
        if (sanctionsLists.current().isPresent()) {
            return;
        }
        try (InputStream in = new ClassPathResource("demo/sanctions-demo.xml").getInputStream()) {
            sanctionsImport.importList(admin, "sanctions-demo.xml", new ByteArrayInputStream(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void seedDonors(String admin) {
        Donor government = donor(admin, new NewDonor("GOV-NORDLAND", "Ministry of Foreign Affairs of Nordland",
                DonorKind.ORGANISATION, "10", "NO", "Ingrid Ødegård", "ingrid.odegard@nordland-mfa.example"));
        donor(admin, new NewDonor("CO-COMPUTECOMMONS", "Compute Commons Ltd", DonorKind.ORGANISATION, "70", "IE",
                "Seán Ó Briain", "partnerships@computecommons.example"));
        donor(admin, new NewDonor("FDN-OPENHORIZONS", "Open Horizons Foundation", DonorKind.ORGANISATION, "60", "US",
                "Amara Okafor", "grants@openhorizons.example"));
        demoPersonWith(org.globalaifund.engine.people.Role.DONOR)
                .ifPresent(p -> donors.linkPerson(admin, government.id(), p.id()));
    }

    private Donor donor(String admin, NewDonor donor) {
        return donors.findByRef(donor.ref()).orElseGet(() -> donors.register(admin, donor));
    }

    private void seedNodes(String admin) {
        NetworkNode kigali = node(admin, new NewNode("NODE-KGL", "East Africa Node", "Kigali AI Research Centre", "Kigali",
                "RW", UnRegion.SUB_SAHARAN_AFRICA, "node-ops@kigali-ai.example"));
        node(admin, new NewNode("NODE-SAO", "Latin America and Caribbean Node", "Centro de Computação Aberta", "São Paulo",
                "BR", UnRegion.LATIN_AMERICA_AND_CARIBBEAN, "operacoes@cca.example"));
        node(admin, new NewNode("NODE-BLR", "South Asia Node", "Bengaluru Institute for Public AI", "Bengaluru",
                "IN", UnRegion.SOUTHERN_ASIA, "ops@bipai.example"));
        node(admin, new NewNode("NODE-CAI", "North Africa and Western Asia Node", "Nile Data Science Hub", "Cairo",
                "EG", UnRegion.NORTHERN_AFRICA, "ops@niledata.example"));
        demoPersonWith(org.globalaifund.engine.people.Role.NODE_OPERATOR)
                .ifPresent(p -> nodes.addOperator(admin, kigali.id(), p.id()));
    }

    private NetworkNode node(String admin, NewNode node) {
        return nodes.findByCode(node.code()).orElseGet(() -> nodes.register(admin, node));
    }

    /** Low- and lower-middle-income countries, and upper-middle-income countries without their own AI compute, by region. */
    static final Set<String> DEMO_CALL_COUNTRIES = Set.of(
            "AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "CV", "DJ", "ER", "ET", "GH", "GM", "GN", "GW", "KE",
            "KM", "LR", "LS", "MG", "ML", "MR", "MW", "MZ", "NA", "NE", "NG", "RW", "SD", "SL", "SN", "SO", "SS", "ST", "TD",
            "TG", "TZ", "UG", "ZM", "ZW",
            "DZ", "EG", "JO", "LB", "MA", "TN", "YE",
            "AF", "BD", "BT", "IN", "LK", "NP", "PK",
            "FJ", "ID", "KH", "KI", "LA", "MM", "PG", "PH", "SB", "TL", "VN", "VU",
            "BO", "CO", "EC", "GT", "HN", "HT", "NI", "PE", "PY", "SV",
            "KG", "MN", "TJ", "UZ");

    private void seedCall(String admin) {
        if (calls.findByRef("CFP-2027-01").isPresent()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        calls.publish(admin, new CallTerms("CFP-2027-01", "Compute and data for SDG models, 2027",
                "Shared compute, curated data sets and model research for teams building AI for health, food security, "
                        + "education and climate in countries without their own AI capacity.",
                "USD", "25000000.00", today.minusDays(14), today.plusDays(75),
                EnumSet.of(PriorityArea.SHARED_COMPUTE, PriorityArea.DATA_AND_MODEL_RESEARCH), List.of(2, 3, 4, 13),
                DEMO_CALL_COUNTRIES, List.of(Fund.UNRESTRICTED),
                new CallTerms.Limits("250000.00", 50000, 20, 200), null));
    }

    /** Nordland's money restricted to the call exists only once its pledge is recorded, after the call. */
    private void drawOnNordlandsCallFund(String admin) {
        FundingCall call = calls.findByRef("CFP-2027-01").orElseThrow();
        donors.findByRef("GOV-NORDLAND")
                .flatMap(d -> funds.find(d.id(), RestrictedPurpose.CALL, call.ref()))
                .ifPresent(fund -> calls.drawOn(admin, call.id(), fund.code()));
    }

    private void seedPriorities(String admin) {
        if (priorities.find(2027).isPresent()) {
            return;
        }
        priorities.save(admin, 2027, "Where the fund invests first in 2027, after consulting the regional nodes of the "
                + "Capacity Development Network.", List.of(
                new Placement(PriorityArea.SHARED_COMPUTE, 1, "Teams in most low- and middle-income countries cannot train or "
                        + "fine-tune models: time-shared GPU capacity at the regional nodes comes first."),
                new Placement(PriorityArea.DATA_AND_MODEL_RESEARCH, 2, "Local-language and health, agriculture and climate "
                        + "data sets, and research on combining them with open models for SDG projects."),
                new Placement(PriorityArea.GOVERNANCE_SAFETY_INTEROPERABILITY, 3, "Evaluation, safety and interoperability "
                        + "tools that public agencies can adopt as they deploy AI."),
                new Placement(PriorityArea.MODEL_AND_DATA_LIBRARIES, 4, "Curated, openly licensed libraries of SDG-oriented "
                        + "models and data sets, maintained with their users."),
                new Placement(PriorityArea.SANDBOXES_AND_TESTING, 5, "Sandboxes and benchmarks where teams test models "
                        + "on their own data before deployment.")), true);
    }

    private java.util.Optional<Person> demoPersonWith(org.globalaifund.engine.people.Role role) {
        return demo.people().stream().filter(p -> p.roles().equals(EnumSet.of(role))).findFirst()
                .flatMap(p -> personRepository.findByEmail(p.email()));
    }
}
