package org.globalaifund.engine.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the fund engine under {@code fund.*}: the public address used in emails, the first
 * administrator's credentials (from the environment) and mail sending.
 */
@ConfigurationProperties("fund")
public record FundProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Admin admin,
        @DefaultValue Mail mail,
        @DefaultValue("P7D") Duration invitationValidity) {

    /** The first ADMIN, created at first start on an empty database outside the demo profile. */
    public record Admin(String email, String password) {}

    /** Sender address and retry pacing of the email outbox. */
    public record Mail(
            @DefaultValue("Global Fund for AI <no-reply@globalaifund.example>") String from,
            @DefaultValue("5") int maxAttempts) {}
}
