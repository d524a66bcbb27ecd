package org.globalaifund.engine.finance.fx;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.security.FundUser;
import org.globalaifund.engine.web.Page;
import org.globalaifund.engine.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** FX conversions over the API (FINANCE): move a fund's cash between currency books at the rate of a date. */
@RestController
@RequestMapping("/api/v1/fx-conversions")
@Tag(name = "FX conversions", description = "Cash of a fund converted between currency books through 1900 FX clearing")
public class FxConversionApiController {

    private final FxConversions conversions;
    private final Paging paging;

    public FxConversionApiController(FxConversions conversions, Paging paging) {
        this.paging = paging;
        this.conversions = conversions;
    }

    @PostMapping
    @Operation(summary = "Convert cash of a fund at the rate of a date; the same Idempotency-Key returns the first conversion")
    ResponseEntity<ConversionView> convert(@AuthenticationPrincipal FundUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, @RequestBody ConversionRequest request) {
        FxConversion conversion = conversions.convert(user.personId(), idempotencyKey, new FxConversions.Request(request.fund(),
                request.amount() == null ? null : request.amount().currency(), request.to(),
                request.amount() == null ? null : request.amount().amount(), request.on()));
        return ResponseEntity.created(URI.create("/api/v1/fx-conversions/" + conversion.id())).body(ConversionView.of(conversion));
    }

    @GetMapping
    @Operation(summary = "Every conversion, newest first, a page at a time")
    Page<ConversionView> list(@RequestParam(required = false) @Parameter(description = Paging.LIMIT_DOC,
                    schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50")) String limit,
            @RequestParam(required = false) @Parameter(description = Paging.CURSOR_DOC) String cursor) {
        return conversions.page(paging.query("fx-conversions", limit, cursor)).map(ConversionView::of);
    }

    /** Money as the API writes it: the amount a decimal string at the currency's scale. */
    public record MoneyJson(String amount, String currency) {
        static MoneyJson of(Money money) {
            return new MoneyJson(money.amount(), money.currency().getCurrencyCode());
        }
    }

    /** Convert {@code amount} of {@code fund}'s cash into currency {@code to} at the rate of {@code on}. */
    public record ConversionRequest(String fund, MoneyJson amount, String to, LocalDate on) {}

    /** A conversion as recorded. */
    public record ConversionView(String id, String fund, MoneyJson from, MoneyJson to, String rate, String rateSource,
            LocalDate valueDate, String convertedBy, Instant convertedAt) {
        static ConversionView of(FxConversion c) {
            return new ConversionView(c.id(), c.fund(), MoneyJson.of(c.from()), MoneyJson.of(c.to()), c.rate().toPlainString(),
                    c.rateSource(), c.valueDate(), c.convertedBy(), c.convertedAt());
        }
    }
}
