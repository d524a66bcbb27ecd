package org.globalaifund.engine.grant;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of grant offers under {@code fund.grant.*}: how long an applicant has to accept (whole days, the deadline
 * at the end of the last day, UTC) and who signs agreements for the fund.
 */
@ConfigurationProperties("fund.grant")
public record GrantProperties(
        @DefaultValue("P30D") Duration acceptancePeriod,
        @DefaultValue("Authorised signatory") String signatoryName,
        @DefaultValue("Head of Grants") String signatoryTitle) {

    public int acceptanceDays() {
        return (int) Math.max(1, acceptancePeriod.toDays());
    }
}
