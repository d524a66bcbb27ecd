package org.globalaifund.engine.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.people.Constituency.CIVIL_SOCIETY;
import static org.globalaifund.engine.people.Constituency.GOVERNMENTS;
import static org.globalaifund.engine.people.Constituency.PHILANTHROPY;
import static org.globalaifund.engine.people.Constituency.PRIVATE_SECTOR;
import static org.globalaifund.engine.people.Constituency.UN_AGENCIES;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.globalaifund.bpmn.ProcessNames;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.application.ApplicationService;
import org.globalaifund.engine.application.ApplicationStatus;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.portal.FormPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** ADMIN's board pages and the board's pages through the web layer: what each sees, refusals next to fields, 403/404. */
@FundEngineTest
class BoardPagesTest {

    @Autowired MockMvc mvc;
    @Autowired BoardFixtures fx;
    @Autowired BoardDocket docket;
    @Autowired BoardVoting voting;
    @Autowired BoardRevision revision;
    @Autowired BoardPackets packets;
    @Autowired ApplicationService applications;
    @Autowired org.globalaifund.engine.people.PersonRepository persons;

    Person admin;
    Person applicant;
    List<Person> board;
    Person chair;
    Application app;

    @BeforeEach
    void aReviewedApplicationAndABoard() {
        admin = fx.person(Role.ADMIN);
        applicant = fx.person(Role.APPLICANT);
        board = fx.board(admin, GOVERNMENTS, PRIVATE_SECTOR, PHILANTHROPY, CIVIL_SOCIETY, UN_AGENCIES);
        chair = board.get(0);
        app = fx.ready(applicant, admin, fx.person(Role.REVIEWER), fx.person(Role.REVIEWER));
    }

    @Test
    void adminCreatesAMeetingAndPutsTheApplicationOnItsDocket() throws Exception {
        assertThat(page(get("/admin/board"), admin)).contains("Waiting for a docket", "Clinic triage models");
        assertThat(page(post("/admin/board/meetings").with(csrf()).param("startsAt", "").param("place", "Room 4"), admin))
                .contains("There is a problem", "id=\"startsAt-error\"");
        String location = mvc.perform(post("/admin/board/meetings").with(as(admin)).with(csrf())
                        .param("startsAt", fx.today().plusDays(3) + "T09:30").param("place", "https://meet.example/board"))
                .andExpect(redirectedUrlPattern("/admin/board/meetings/*")).andReturn().getResponse().getRedirectedUrl();
        String meetingId = location.substring(location.lastIndexOf('/') + 1);

        String form = page(get("/admin/board/meetings/" + meetingId + "/items/new").param("applicationId", app.id()), admin);
        assertThat(form).contains("value=\"12000.00\"", "On acceptance of the grant agreement", "id=\"amount-5\"");
        String refused = page(post("/admin/board/meetings/" + meetingId + "/items").with(csrf()).param("applicationId", app.id())
                .param("amount-1", "-5").param("condition-1", "On signature").param("month-1", "0"), admin);
        assertThat(refused).contains("id=\"amount-1-error\"", "Enter a positive amount in USD");
        assertThat(docket.items(meetingId)).isEmpty();

        mvc.perform(post("/admin/board/meetings/" + meetingId + "/items").with(as(admin)).with(csrf()).param("applicationId", app.id())
                        .param("amount-1", "8000.00").param("condition-1", "On signature").param("month-1", "0")
                        .param("amount-2", "4000.00").param("condition-2", "After the first report").param("month-2", "6")
                        .param("amount-3", "").param("condition-3", "").param("month-3", ""))
                .andExpect(redirectedUrl("/admin/board/meetings/" + meetingId));
        assertThat(docket.items(meetingId)).singleElement().satisfies(i -> assertThat(i.total().amount()).isEqualTo("12000.00"));
        assertThat(page(get("/admin/board/meetings/" + meetingId), admin)).contains("Clinic triage models", "12,000.00 USD", "On the docket");
    }

    @Test
    void theBoardVotesThroughItsPagesAndTheChairClosesTheVote() throws Exception {
        DocketItem item = fx.onDocket(admin, app);
        String meetingPage = "/board/meetings/" + item.meetingId();
        assertThat(page(get("/board"), board.get(1))).contains(docket.meeting(item.meetingId()).reference());
        assertThat(page(get(meetingPage), chair)).contains("Clinic triage models", "id=\"present-" + board.get(1).id() + "\"");
        assertThat(page(get(meetingPage), board.get(1))).doesNotContain("id=\"present-");
        for (Person member : board) {
            mvc.perform(post(meetingPage + "/attendance").with(as(chair)).with(csrf()).param("personId", member.id()).param("present", "true"))
                    .andExpect(redirectedUrl(meetingPage));
        }
        String itemPage = meetingPage + "/items/" + item.id();
        assertThat(page(post("/board/items/" + item.id() + "/motions").with(csrf()).param("kind", "SEND_BACK").param("motionReason", ""), chair))
                .contains("id=\"motionReason-error\"");
        mvc.perform(post("/board/items/" + item.id() + "/motions").with(as(chair)).with(csrf()).param("kind", "APPROVE_AS_DRAFTED"))
                .andExpect(redirectedUrl(itemPage));
        Motion motion = voting.motions(item.id()).get(0);
        for (Person member : board.subList(0, 4)) {
            mvc.perform(post("/board/motions/" + motion.id() + "/vote").with(as(member)).with(csrf()).param("choice", "FOR"))
                    .andExpect(redirectedUrl(itemPage));
        }
        String voted = page(get(itemPage), board.get(1));
        assertThat(voted).contains("Open: members are voting", "id=\"my-vote\"", "Mean review score", "Fund");
        mvc.perform(post("/board/motions/" + motion.id() + "/close").with(as(board.get(1))).with(csrf())).andExpect(redirectedUrl(itemPage));
        assertThat(voting.motion(motion.id()).isOpen()).isTrue();

        mvc.perform(post("/board/motions/" + motion.id() + "/close").with(as(chair)).with(csrf())).andExpect(redirectedUrl(itemPage));

        assertThat(applications.get(app.id()).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(page(get(itemPage), board.get(2))).contains("Carried", "id=\"roll-1\"", "5 of 5 members present", "Approved");
    }

    @Test
    void thePacketIsAPdfAttachmentForAdminAndMembers() throws Exception {
        DocketItem item = fx.onDocket(admin, app);
        for (String url : List.of("/board/meetings/" + item.meetingId() + "/packet", "/admin/board/meetings/" + item.meetingId() + "/packet")) {
            byte[] pdf = mvc.perform(get(url).with(as(url.startsWith("/admin") ? admin : board.get(3))))
                    .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                    .andReturn().getResponse().getContentAsByteArray();
            String text = text(pdf);
            assertThat(text).contains("Board packet", docket.meeting(item.meetingId()).reference(), "Clinic triage models", "Nairobi Data Lab",
                    "Kenya", "Review 1", "Review 2", "Impact on the Sustainable Development Goals", "Mean score 4.00", "Fund",
                    "Clear: no match found", "12,000.00 USD", "On acceptance of the grant agreement (planned month 0 after acceptance)");
        }
        byte[] french = packets.pdf(item.meetingId(), Locale.FRENCH);
        assertThat(text(french)).contains("Dossier du conseil", "Total proposé");
    }

    @Test
    void theBoardSeesOnlyTheDocketAndOthersAreKeptOut() throws Exception {
        DocketItem item = fx.onDocket(admin, app);
        BoardMeeting other = docket.createMeeting(admin.id(), fx.today().plusDays(9) + "T10:00", "Geneva");
        Person reviewer = fx.person(Role.REVIEWER);

        mvc.perform(get("/board/meetings/" + item.meetingId()).with(as(reviewer))).andExpect(status().isForbidden());
        mvc.perform(get("/board/meetings/" + item.meetingId()).with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/board").with(as(chair))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/applications/" + app.id()).with(as(chair))).andExpect(status().isForbidden());
        mvc.perform(get("/board/meetings/" + other.id() + "/items/" + item.id()).with(as(chair))).andExpect(status().isNotFound());
        mvc.perform(get("/board/meetings/" + item.meetingId() + "/items/no-such-item").with(as(chair))).andExpect(status().isNotFound());
        mvc.perform(get("/board/meetings/" + other.id() + "/packet").with(as(chair))).andExpect(status().isNotFound());
        docket.removeItem(admin.id(), item.id());
        mvc.perform(get("/board/meetings/" + item.meetingId() + "/items/" + item.id()).with(as(chair))).andExpect(status().isNotFound());
        assertThat(page(get("/board/meetings/" + item.meetingId()), chair)).doesNotContain("Clinic triage models");
    }

    @Test
    void adminRevisesASentBackApplicationOnTheTaskPage() throws Exception {
        assertThat(FormPages.BY_FORM_KEY).containsEntry(ProcessNames.FORM_BOARD_REVISION, "/admin/board/revisions/{taskId}");
        DocketItem item = fx.onDocket(admin, app);
        fx.present(chair, item, board);
        Motion motion = voting.openMotion(chair.id(), item.id(), MotionKind.SEND_BACK, null, null, null, "Show the costs per clinic.");
        for (Person member : board.subList(0, 3)) {
            voting.vote(member.id(), motion.id(), VoteChoice.FOR);
        }
        voting.close(chair.id(), motion.id());
        String taskId = revision.openTasks().stream().filter(t -> t.applicationId().equals(app.id())).findFirst().orElseThrow().taskId();
        assertThat(page(get("/admin/board"), admin)).contains("id=\"revise-" + app.id() + "\"");

        String form = page(get("/admin/board/revisions/" + taskId), admin);
        assertThat(form).contains("Show the costs per clinic.", "value=\"12000.00\"");
        assertThat(page(post("/admin/board/revisions/" + taskId).with(csrf()).param("note", " ").param("amount-1", "12000.00")
                .param("condition-1", "On acceptance").param("month-1", "0"), admin)).contains("id=\"note-error\"");
        assertThat(applications.timeline(app.id())).noneMatch(e -> e.kind().equals("REVISED_FOR_BOARD"));

        mvc.perform(post("/admin/board/revisions/" + taskId).with(as(admin)).with(csrf()).param("note", "Costs per clinic added.")
                .param("amount-1", "11000.00").param("condition-1", "On acceptance").param("month-1", "0")).andExpect(redirectedUrl("/admin/board"));
        fx.runBoardJobs(app.id());
        assertThat(applications.get(app.id()).status()).isEqualTo(ApplicationStatus.READY_FOR_BOARD);
        assertThat(docket.proposedRows(app.id())).extracting(BoardRules.TrancheRow::amount).containsExactly("11000.00");
    }

    @Test
    void beforeTheMeetingsDayItsPageSaysSoAndTheChairsAttendanceIsRefusedThere() throws Exception {
        BoardMeeting tomorrow = fx.meeting(admin, fx.today().plusDays(1));
        DocketItem item = fx.onDocket(admin, app, tomorrow);
        String day = tomorrow.day().toString();

        assertThat(page(get("/board/meetings/" + tomorrow.id()), board.get(1))).contains("id=\"ahead\"", "This meeting is on " + day);
        mvc.perform(post("/board/meetings/" + tomorrow.id() + "/attendance").with(as(chair)).with(csrf()).param("personId", chair.id())
                .param("present", "true")).andExpect(redirectedUrl("/board/meetings/" + tomorrow.id()));
        assertThat(voting.attendance(tomorrow.id())).isEmpty();
        assertThat(page(post("/board/items/" + item.id() + "/motions").with(csrf()).param("kind", "APPROVE_AS_DRAFTED"), chair))
                .contains("There is a problem", "This meeting is on " + day + " (UTC): attendance, motions and votes are recorded from that day on.");
        assertThat(voting.motions(item.id())).isEmpty();
        Person frenchReader = fx.person(Role.BOARD_MEMBER);
        persons.updateProfile(frenchReader.id(), frenchReader.displayName(), "fr", fx.clock.instant());
        String french = page(get("/board/meetings/" + tomorrow.id()), frenchReader);
        assertThat(french).contains("Cette réunion a lieu le " + day);
        assertThat(page(get("/board/meetings/" + fx.onDocket(admin, fx.ready(applicant, admin, fx.person(Role.REVIEWER),
                fx.person(Role.REVIEWER))).meetingId()), chair)).doesNotContain("id=\"ahead\"");
    }

    @Test
    void adminMovesAnItemToAnotherMeetingFromTheDocketPage() throws Exception {
        DocketItem item = fx.onDocket(admin, app);
        BoardMeeting later = fx.meeting(admin, fx.today().plusDays(14));
        BoardMeeting past = fx.meeting(admin, fx.today().minusDays(2));

        String docketPage = page(get("/admin/board/meetings/" + item.meetingId()), admin);
        assertThat(docketPage).contains("id=\"move-to-" + app.id() + "\"", later.reference()).doesNotContain(past.reference());
        var refused = mvc.perform(post("/admin/board/items/" + item.id() + "/move").with(as(admin)).with(csrf()).param("meetingId", past.id()))
                .andExpect(redirectedUrl("/admin/board/meetings/" + item.meetingId()))
                .andExpect(flash().attribute("error", "Meeting " + past.reference() + " has taken place: choose a meeting still to come."))
                .andReturn().getFlashMap();
        assertThat(page(get("/admin/board/meetings/" + item.meetingId()).flashAttrs(refused), admin))
                .contains("id=\"move-error\"", "aria-describedby=\"move-error\"", "has taken place");
        assertThat(docket.item(item.id()).meetingId()).isEqualTo(item.meetingId());
        mvc.perform(post("/admin/board/items/no-such-item/move").with(as(admin)).with(csrf()).param("meetingId", later.id()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/board/items/" + item.id() + "/move").with(as(chair)).with(csrf()).param("meetingId", later.id()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/board/items/" + item.id() + "/move").with(as(admin)).with(csrf()).param("meetingId", later.id()))
                .andExpect(redirectedUrl("/admin/board/meetings/" + later.id()));

        assertThat(page(get("/admin/board/meetings/" + later.id()), admin)).contains("Clinic triage models", "12,000.00 USD");
        assertThat(page(get("/admin/board/meetings/" + item.meetingId()), admin)).doesNotContain("Clinic triage models");
        assertThat(text(packets.pdf(later.id(), Locale.ENGLISH))).contains("Clinic triage models");
        mvc.perform(get("/board/meetings/" + item.meetingId() + "/items/" + item.id()).with(as(chair))).andExpect(status().isNotFound());
        mvc.perform(get("/board/meetings/" + later.id() + "/items/" + item.id()).with(as(chair))).andExpect(status().isOk());
    }

    @Test
    void anItemWithAMotionOffersNoMoveAndAMoveIsRefused() throws Exception {
        DocketItem item = fx.onDocket(admin, app);
        fx.meeting(admin, fx.today().plusDays(14));
        fx.present(chair, item, board);
        voting.openMotion(chair.id(), item.id(), MotionKind.APPROVE_AS_DRAFTED, null, null, null, null);

        assertThat(page(get("/admin/board/meetings/" + item.meetingId()), admin)).doesNotContain("id=\"move-to-" + app.id() + "\"");
        BoardMeeting target = fx.meeting(admin, fx.today().plusDays(21));
        String refused = mvc.perform(post("/admin/board/items/" + item.id() + "/move").with(as(admin)).with(csrf()).param("meetingId", target.id()))
                .andExpect(flash().attribute("error", "This item can no longer be moved: a motion has been opened on it, or it is decided."))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(refused).isEqualTo("/admin/board/meetings/" + item.meetingId());
        assertThat(docket.items(target.id())).isEmpty();
    }

    private String page(MockHttpServletRequestBuilder request, Person person) throws Exception {
        return mvc.perform(request.with(as(person))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor as(Person person) {
        return httpBasic(person.email(), BoardFixtures.PASSWORD);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
