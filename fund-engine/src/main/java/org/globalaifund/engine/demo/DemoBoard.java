package org.globalaifund.engine.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.board.BoardDocket;
import org.globalaifund.engine.board.BoardMeeting;
import org.globalaifund.engine.board.BoardRules.TrancheRow;
import org.globalaifund.engine.board.BoardVoting;
import org.globalaifund.engine.board.DocketItem;
import org.globalaifund.engine.board.Motion;
import org.globalaifund.engine.board.MotionKind;
import org.globalaifund.engine.board.VoteChoice;
import org.globalaifund.engine.camunda.DueJobs;
import org.globalaifund.engine.grant.BankAccountVersion;
import org.globalaifund.engine.grant.BankDetails;
import org.globalaifund.engine.grant.Grant;
import org.globalaifund.engine.grant.GrantBankAccounts;
import org.globalaifund.engine.grant.GrantService;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.PersonRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo board at work, through the real services and processes: a meeting held yesterday whose docket the board
 * decided (one grant approved as drafted and accepted by the demo applicant, its bank account confirmed by FINANCE; one
 * approved with conditions after a tied first vote, its offer waiting for the demo applicant's acceptance; one rejected;
 * one sent back, ADMIN's revision open), and a meeting in two weeks with the demo applicant's reviewed application on
 * its docket. The chair and four members from five constituencies sit; one member is absent.
 *
 * <p>Seeded once: nothing is done when any meeting exists. Every step commits on its own, as people's requests would.
 */
@Component
@Profile("demo")
class DemoBoard {

    private static final Logger log = LoggerFactory.getLogger(DemoBoard.class);

    static final String CHAIR = "board@demo.globalaifund.org";
    static final List<String> MEMBERS = List.of("board2@demo.globalaifund.org", "board3@demo.globalaifund.org",
            "board4@demo.globalaifund.org");
    static final String ABSENT = "board5@demo.globalaifund.org";
    static final String FINANCE = "finance@demo.globalaifund.org";

    private final BoardDocket docket;
    private final BoardVoting voting;
    private final ApplicationService applications;
    private final GrantService grants;
    private final GrantBankAccounts bankAccounts;
    private final PersonRepository people;
    private final DueJobs jobs;
    private final java.time.Clock clock;

    DemoBoard(BoardDocket docket, BoardVoting voting, ApplicationService applications, GrantService grants, GrantBankAccounts bankAccounts,
            PersonRepository people, DueJobs jobs, java.time.Clock clock) {
        this.docket = docket;
        this.voting = voting;
        this.applications = applications;
        this.grants = grants;
        this.bankAccounts = bankAccounts;
        this.people = people;
        this.jobs = jobs;
        this.clock = clock;
    }

    void seed(String admin) {
        if (admin == null || !docket.meetings().isEmpty()) {
            return;
        }
        Optional<String> chair = id(CHAIR);
        List<String> members = MEMBERS.stream().map(this::id).flatMap(Optional::stream).toList();
        Optional<String> absent = id(ABSENT);
        Map<String, Application> ready = applications.all().stream().filter(a -> a.status() == ApplicationStatus.READY_FOR_BOARD)
                .collect(Collectors.toMap(Application::orgName, a -> a, (a, b) -> a));
        Optional<Application> accepted = Optional.ofNullable(ready.get(DemoApplications.ACCEPTED_ORG));
        Optional<Application> offered = Optional.ofNullable(ready.get(DemoApplications.OFFERED_ORG));
        Optional<Application> rejected = Optional.ofNullable(ready.get(DemoApplications.REJECTED_ORG));
        Optional<Application> sentBack = Optional.ofNullable(ready.get(DemoApplications.SENT_BACK_ORG));
        Optional<Application> upcoming = Optional.ofNullable(ready.get(DemoApplications.REVIEWED_ORG));
        if (chair.isEmpty() || members.size() != MEMBERS.size() || absent.isEmpty() || accepted.isEmpty() || offered.isEmpty()
                || rejected.isEmpty() || sentBack.isEmpty() || upcoming.isEmpty()) {
            log.info("The demo board or its applications are not all there: no demo meeting added");
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        BoardMeeting held = docket.createMeeting(admin, today.minusDays(1) + "T10:00", "Geneva, Palais des Nations, and online");
        DocketItem acceptedItem = docket.addItem(admin, held.id(), accepted.get().id(), List.of(
                new TrancheRow("57000.00", "On signature of the grant agreement", "0"),
                new TrancheRow("38000.00", "Mid-term report on the forecasts verified by the East Africa node", "6")));
        DocketItem offeredItem = docket.addItem(admin, held.id(), offered.get().id(), List.of(
                new TrancheRow("40000.00", "On signature of the grant agreement", "0"),
                new TrancheRow("30000.00", "Ethics committee approval and first model evaluation report", "8")));
        DocketItem rejectedItem = docket.addItem(admin, held.id(), rejected.get().id(), docket.proposedRows(rejected.get().id()));
        DocketItem sentBackItem = docket.addItem(admin, held.id(), sentBack.get().id(), docket.proposedRows(sentBack.get().id()));

        String c = chair.get();
        for (String present : List.of(c, members.get(0), members.get(1), members.get(2))) {
            voting.recordAttendance(c, held.id(), present, true);
        }
        voting.recordAttendance(c, held.id(), absent.get(), false, "Apologies: at the African Union summit in Addis Ababa.");

        decide(c, members, acceptedItem, MotionKind.APPROVE_AS_DRAFTED, null, null, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR,
                VoteChoice.ABSTAIN);
        // A tie fails; the amendment adding conditions carries.
        decide(c, members, offeredItem, MotionKind.APPROVE_AS_DRAFTED, null, null, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST,
                VoteChoice.AGAINST);
        decide(c, members, offeredItem, MotionKind.APPROVE_AMENDED, "The records stay on servers in Rwanda; the data-protection "
                + "authority's opinion is filed before any model is used in a health centre.", null, VoteChoice.FOR, VoteChoice.FOR,
                VoteChoice.FOR, VoteChoice.AGAINST);
        decide(c, members, rejectedItem, MotionKind.REJECT, null, null, VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR,
                VoteChoice.AGAINST);
        decide(c, members, sentBackItem, MotionKind.SEND_BACK, null, "Split the equipment into a first pilot of ten microgrids "
                + "and a second phase released after the pilot's results.", VoteChoice.FOR, VoteChoice.FOR, VoteChoice.FOR,
                VoteChoice.FOR);
        for (Application app : List.of(accepted.get(), offered.get(), rejected.get(), sentBack.get())) {
            jobs.runDue(app.id());
        }

        Grant grant = grants.ofApplication(accepted.get().id()).orElseThrow();
        BankAccountVersion bank = grants.enterBankDetails(accepted.get().applicantId(), grant.id(), new BankDetails(
                "Lake Victoria Fisheries Data Cooperative", "Stanbic Bank Uganda", "UG", "", "9030005678123", "SBICUGKX"));
        grants.accept(accepted.get().applicantId(), grant.id(), true);
        jobs.runDue(accepted.get().id());
        id(FINANCE).ifPresent(finance -> bankAccounts.confirm(finance, bank.id()));

        BoardMeeting next = docket.createMeeting(admin, today.plusDays(14) + "T10:00", "Nairobi, UNON, and online");
        docket.addItem(admin, next.id(), upcoming.get().id(), docket.proposedRows(upcoming.get().id()));
        log.info("Demo board: meeting {} decided four applications, meeting {} has one on its docket", held.reference(), next.reference());
    }

    /** The chair opens the motion, the chair and the three present members vote in that order, the chair closes it. */
    private Motion decide(String chair, List<String> members, DocketItem item, MotionKind kind, String conditions, String reason,
            VoteChoice... votes) {
        Motion motion = voting.openMotion(chair, item.id(), kind, kind == MotionKind.APPROVE_AMENDED ? item.total().amount() : null,
                List.of(), conditions, reason);
        voting.vote(chair, motion.id(), votes[0]);
        for (int i = 0; i < members.size(); i++) {
            voting.vote(members.get(i), motion.id(), votes[i + 1]);
        }
        return voting.close(chair, motion.id());
    }


    private Optional<String> id(String email) {
        return people.findByEmail(email).map(Person::id);
    }
}
