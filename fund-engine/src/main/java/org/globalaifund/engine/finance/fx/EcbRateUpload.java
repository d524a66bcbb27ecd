package org.globalaifund.engine.finance.fx;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.globalaifund.engine.audit.AuditTrail;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the rates of an ECB CSV file FINANCE uploads, recording who uploaded it. Idempotent per rate: rates
 * already stored with the same value are left alone, so uploading the same file again changes nothing (not even
 * an upload record). A file that gives another value for a day already stored is refused as a whole: the ECB
 * does not revise published rates, so it is the wrong file or a tampered one.
 */
@Service
public class EcbRateUpload {

    private final ExchangeRates rates;
    private final ExchangeRateRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    public EcbRateUpload(ExchangeRates rates, ExchangeRateRepository repository, AuditTrail audit, Clock clock) {
        this.rates = rates;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an upload did: the id of its record (null when nothing was new), and what it added or skipped. */
    public record Result(String uploadId, int added, int unchanged, LocalDate firstDate, LocalDate lastDate, Set<String> ignored) {}

    @Transactional
    public Result upload(String personId, String csv) {
        EcbRateFile file = EcbRateFile.parse(csv, rates::keepsEcbRate);
        List<ExchangeRateRepository.EcbRate> all = new ArrayList<>();
        for (EcbRateFile.Day day : file.days()) {
            day.unitsPerEur().forEach((currency, rate) -> all.add(new ExchangeRateRepository.EcbRate(currency, day.date(), rate)));
        }
        Map<String, BigDecimal> stored = repository.ecbRates(all.stream().map(ExchangeRateRepository.EcbRate::key).toList());
        List<ExchangeRateRepository.EcbRate> fresh = new ArrayList<>();
        for (ExchangeRateRepository.EcbRate rate : all) {
            BigDecimal earlier = stored.get(rate.key());
            if (earlier == null) {
                fresh.add(rate);
            } else if (earlier.compareTo(rate.unitsPerEur()) != 0) {
                String message = "The file gives " + rate.currency() + " on " + rate.validOn() + " as " + rate.unitsPerEur().toPlainString()
                        + " per EUR, but the ECB rate stored for that day is " + earlier.stripTrailingZeros().toPlainString()
                        + ". Nothing was stored.";
                throw new FundException(ProblemType.STATE_CONFLICT, message, Map.of("file", message));
            }
        }
        LocalDate first = file.days().get(0).date();
        LocalDate last = file.days().get(file.days().size() - 1).date();
        if (fresh.isEmpty()) {
            return new Result(null, 0, all.size(), first, last, file.ignored());
        }
        String uploadId = UUID.randomUUID().toString();
        repository.insertUpload(uploadId, personId, clock.instant(), first, last, fresh);
        audit.record(personId, "ECB_RATES_UPLOADED", "ECB_UPLOAD", uploadId,
                fresh.size() + " rates from " + first + " to " + last);
        return new Result(uploadId, fresh.size(), all.size() - fresh.size(), first, last, file.ignored());
    }
}
