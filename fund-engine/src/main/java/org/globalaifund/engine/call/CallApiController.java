package org.globalaifund.engine.call;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.globalaifund.engine.money.MoneyView;
import org.globalaifund.engine.security.FundUser;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Calls for proposals over the API: anyone may read published calls; ADMIN creates, changes and closes them. */
@RestController
@RequestMapping("/api/v1/calls")
@Tag(name = "Calls", description = "Calls for proposals: public reads, ADMIN writes")
public class CallApiController {

    private final CallService calls;
    private final Clock clock;
    private final Paging paging;

    public CallApiController(CallService calls, Clock clock, Paging paging) {
        this.paging = paging;
        this.calls = calls;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Published calls (open, scheduled and closed), the latest closing first, a page at a time")
    Page<CallView> list(@RequestParam(required = false) @Parameter(description = Paging.LIMIT_DOC,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @RequestParam(required = false) @Parameter(description = Paging.CURSOR_DOC) String cursor) {
        return calls.publishedPage(paging.query("calls", limit, cursor)).map(this::view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A published call")
    CallView get(@PathVariable String id) {
        return view(calls.getPublic(id));
    }

    @PostMapping
    @Operation(summary = "Create a call (ADMIN): published at once, or a draft with \"draft\": true")
    ResponseEntity<CallView> create(@AuthenticationPrincipal FundUser admin, @RequestBody CallRequest request) {
        FundingCall call = calls.create(admin.personId(), request.terms(), !request.draft());
        return ResponseEntity.created(URI.create("/api/v1/calls/" + call.id())).body(view(call));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a call that has not opened yet (ADMIN); \"draft\": false publishes a draft")
    CallView update(@AuthenticationPrincipal FundUser admin, @PathVariable String id, @RequestBody CallRequest request) {
        return view(calls.update(admin.personId(), id, request.terms(), !request.draft()));
    }

    @PostMapping("/{id}/closure")
    @Operation(summary = "Close a published call before its closing day (ADMIN)")
    CallView close(@AuthenticationPrincipal FundUser admin, @PathVariable String id, @RequestBody ClosureRequest request) {
        return view(calls.close(admin.personId(), id, request.reason()));
    }

    private CallView view(FundingCall c) {
        Map<ReviewCriterion, WeightView> weights = new EnumMap<>(ReviewCriterion.class);
        c.weights().entered().forEach((k, v) -> weights.put(k, new WeightView(v, c.weights().share(k))));
        CallLimits l = c.limits();
        return new CallView(c.id(), c.ref(), c.title(), c.description(), c.statusOn(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)),
                MoneyView.of(c.budget()), c.opensOn(), c.closesOn(), c.closedOn(), c.priorityAreas(), c.sdgGoals(), c.countries(),
                c.fundCodes(), new LimitsView(MoneyView.of(l.maxCash()), l.maxGpuHours(), l.maxTrainingSeats(), l.maxExpertHours()), weights);
    }

    /** A call as ADMIN sends it; amounts are decimal strings in {@code currency}; weights default to equal. */
    public record CallRequest(String ref, String title, String description, String currency, String budget, LocalDate opensOn,
            LocalDate closesOn, Set<PriorityArea> priorityAreas, List<Integer> sdgGoals, Set<String> countries, List<String> fundCodes,
            CallTerms.Limits limits, Map<ReviewCriterion, BigDecimal> weights, boolean draft) {

        CallTerms terms() {
            return new CallTerms(ref, title, description, currency, budget, opensOn, closesOn, priorityAreas, sdgGoals, countries,
                    fundCodes, limits, weights);
        }
    }

    /** Why ADMIN closes a call early. */
    public record ClosureRequest(String reason) {}

    /** A call as the API returns it; {@code status} is where it stands today. */
    public record CallView(String id, String ref, String title, String description, FundingCall.Status status, MoneyView budget,
            LocalDate opensOn, LocalDate closesOn, LocalDate closedOn, Set<PriorityArea> priorityAreas, List<Integer> sdgGoals,
            List<String> countries, List<String> fundCodes, LimitsView limits, Map<ReviewCriterion, WeightView> weights) {}

    /** Limits per application; 0 means none of that kind of support is offered. */
    public record LimitsView(MoneyView maxCash, int maxGpuHours, int maxTrainingSeats, int maxExpertHours) {}

    /** A criterion's weight as entered and its share of the total (the shares add up to 1). */
    public record WeightView(BigDecimal weight, BigDecimal share) {}
}
