package org.globalaifund.engine.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Set;
import org.globalaifund.engine.security.FundUser;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People administration over the API (ADMIN), and "who am I" for every logged-in caller. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "Invite people, grant and revoke roles, board seats, deactivation")
public class PeopleApiController {

    private final PeopleService people;
    private final Paging paging;

    public PeopleApiController(PeopleService people, Paging paging) {
        this.paging = paging;
        this.people = people;
    }

    @GetMapping("/me")
    @Operation(summary = "The person the credentials belong to")
    PersonView me(@AuthenticationPrincipal FundUser user) {
        return PersonView.of(people.get(user.personId()));
    }

    @GetMapping("/people")
    @Operation(summary = "Everyone who works with the fund, by name, a page at a time")
    Page<PersonView> list(@RequestParam(required = false) @Parameter(description = Paging.LIMIT_DOC,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @RequestParam(required = false) @Parameter(description = Paging.CURSOR_DOC) String cursor) {
        return people.page(paging.query("people", limit, cursor)).map(PersonView::of);
    }

    @GetMapping("/people/{id}")
    PersonView get(@PathVariable String id) {
        return PersonView.of(people.get(id));
    }

    @PostMapping("/people")
    @Operation(summary = "Invite a person by email; they receive a link to choose a password")
    ResponseEntity<PersonView> invite(@AuthenticationPrincipal FundUser admin, @RequestBody InviteRequest request) {
        PeopleService.Invitation invitation = people.invite(admin.personId(), request.email(), request.displayName(), request.roles(),
                request.language());
        return ResponseEntity.created(URI.create("/api/v1/people/" + invitation.personId()))
                .body(PersonView.of(people.get(invitation.personId())));
    }

    @PutMapping("/people/{id}/roles/{role}")
    PersonView grant(@AuthenticationPrincipal FundUser admin, @PathVariable String id, @PathVariable Role role) {
        return PersonView.of(people.grantRole(admin.personId(), id, role));
    }

    @DeleteMapping("/people/{id}/roles/{role}")
    PersonView revoke(@AuthenticationPrincipal FundUser admin, @PathVariable String id, @PathVariable Role role) {
        return PersonView.of(people.revokeRole(admin.personId(), id, role));
    }

    @PutMapping("/people/{id}/board-seat")
    PersonView boardSeat(@AuthenticationPrincipal FundUser admin, @PathVariable String id, @RequestBody BoardSeatRequest request) {
        return PersonView.of(people.setBoardSeat(admin.personId(), id, request.constituency(), request.chair()));
    }

    @PostMapping("/people/{id}/deactivation")
    PersonView deactivate(@AuthenticationPrincipal FundUser admin, @PathVariable String id) {
        return PersonView.of(people.deactivate(admin.personId(), id));
    }

    @PostMapping("/people/{id}/reactivation")
    PersonView reactivate(@AuthenticationPrincipal FundUser admin, @PathVariable String id) {
        return PersonView.of(people.reactivate(admin.personId(), id));
    }

    /**
     * An invitation: email, name, the roles the person will hold, and the language of their email, pages and later
     * emails (a code from the fund's languages, e.g. "fr"; absent means the fund's default, "en").
     */
    public record InviteRequest(String email, String displayName, Set<Role> roles, String language) {}

    /** A board seat: the member's constituency and whether they chair the board. */
    public record BoardSeatRequest(Constituency constituency, boolean chair) {}

    /** A person as the API shows them (never their password hash). */
    public record PersonView(String id, String email, String displayName, PersonStatus status, Set<Role> roles,
            Constituency constituency, boolean chair, String language) {
        static PersonView of(Person p) {
            return new PersonView(p.id(), p.email(), p.displayName(), p.status(), p.roles(), p.constituency(), p.chair(),
                    p.preferredLanguage());
        }
    }
}
