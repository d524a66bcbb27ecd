package org.globalaifund.engine.finance.fx;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.security.FundUser;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Exchange rates over the API (FINANCE): usable rates, quotes, ECB uploads, and rates entered under four eyes. */
@RestController
@RequestMapping("/api/v1/exchange-rates")
@Tag(name = "Exchange rates", description = "Euro reference rates (ECB CSV), rates entered under four eyes, fixed parities, cross rates via EUR")
public class ExchangeRateApiController {

    private final ExchangeRates rates;
    private final EcbRateUpload ecb;
    private final Clock clock;
    private final Paging paging;

    public ExchangeRateApiController(ExchangeRates rates, EcbRateUpload ecb, Clock clock, Paging paging) {
        this.paging = paging;
        this.rates = rates;
        this.ecb = ecb;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The rate per EUR of every currency usable on a date (default today), by currency code, a page at a time")
    Page<UsableRateView> usable(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) @Parameter(description = Paging.LIMIT_DOC,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @RequestParam(required = false) @Parameter(description = Paging.CURSOR_DOC) String cursor) {
        return rates.usablePage(on == null ? LocalDate.now(clock) : on, paging.query("exchange-rates", limit, cursor))
                .map(UsableRateView::of);
    }

    @GetMapping("/quote")
    @Operation(summary = "Units of 'to' for one unit of 'from' on a date, via their euro rates")
    QuoteView quote(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        Quote quote = rates.quote(from, to, on == null ? LocalDate.now(clock) : on);
        return new QuoteView(quote.from(), quote.to(), quote.on(), quote.rate().toPlainString(),
                UsableRateView.of(quote.fromLeg()), UsableRateView.of(quote.toLeg()));
    }

    @PostMapping
    @Operation(summary = "Enter a rate per EUR; it is used only once another FINANCE person approves it")
    ResponseEntity<RateView> enter(@AuthenticationPrincipal FundUser user, @RequestBody EnterRequest request) {
        ExchangeRate rate = rates.enter(user.personId(), request.currency(), request.unitsPerEur(), request.validOn());
        return ResponseEntity.created(URI.create("/api/v1/exchange-rates/" + rate.id())).body(RateView.of(rate));
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "Approve (default) or reject an entered rate; whoever entered it may not approve it")
    RateView decide(@AuthenticationPrincipal FundUser user, @PathVariable String id,
            @RequestBody(required = false) ApprovalRequest request) {
        boolean reject = request != null && request.decision() == ApprovalRequest.Decision.REJECT;
        return RateView.of(reject ? rates.reject(user.personId(), id) : rates.approve(user.personId(), id));
    }

    @PostMapping(path = "/ecb", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Upload an ECB euro reference rates CSV (eurofxref.csv or eurofxref-hist.csv) as the body")
    UploadView uploadCsv(@AuthenticationPrincipal FundUser user, @RequestBody String csv) {
        return UploadView.of(ecb.upload(user.personId(), csv));
    }

    @PostMapping(path = "/ecb", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an ECB euro reference rates CSV as the multipart part 'file'")
    UploadView uploadFile(@AuthenticationPrincipal FundUser user, @RequestPart("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw FundException.invalid("file", "Choose the ECB CSV file to upload.");
        }
        return UploadView.of(ecb.upload(user.personId(), new String(file.getBytes(), StandardCharsets.UTF_8)));
    }

    /** A rate to enter: units of the currency per 1 EUR, as a decimal string, for a date. */
    public record EnterRequest(String currency, String unitsPerEur, LocalDate validOn) {}

    /** The decision on an entered rate. */
    public record ApprovalRequest(Decision decision) {
        /** Approve or reject. */
        public enum Decision { APPROVE, REJECT }
    }

    /** A rate per EUR as it applies on a date. */
    public record UsableRateView(String currency, String unitsPerEur, LocalDate validOn, RateSource source, String rateId) {
        static UsableRateView of(UsableRate r) {
            return new UsableRateView(r.currency(), r.unitsPerEur().toPlainString(), r.validOn(), r.source(), r.rateId());
        }
    }

    /** A cross rate with its two euro legs. */
    public record QuoteView(String from, String to, LocalDate on, String rate, UsableRateView fromLeg, UsableRateView toLeg) {}

    /** A stored rate with who entered and who decided it. */
    public record RateView(String id, String currency, String unitsPerEur, LocalDate validOn, RateSource source,
            ExchangeRate.Status status, String enteredBy, Instant enteredAt, String decidedBy, Instant decidedAt) {
        static RateView of(ExchangeRate r) {
            return new RateView(r.id(), r.currency(), r.unitsPerEur().toPlainString(), r.validOn(), r.source(), r.status(),
                    r.enteredBy(), r.enteredAt(), r.decidedBy(), r.decidedAt());
        }
    }

    /** What an upload stored: nothing new gives a null uploadId and added 0. */
    public record UploadView(String uploadId, int added, int unchanged, LocalDate firstDate, LocalDate lastDate, Set<String> ignored) {
        static UploadView of(EcbRateUpload.Result r) {
            return new UploadView(r.uploadId(), r.added(), r.unchanged(), r.firstDate(), r.lastDate(), r.ignored());
        }
    }
}
