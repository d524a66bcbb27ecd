package org.globalaifund.engine;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The tests' SMTP server address: a free port chosen once per test JVM (not GreenMail's usual 3025), so two builds on
 * one machine never collide on it. The mail tests' GreenMail servers listen on {@link #SMTP}; every test context
 * sends there ({@code spring.mail.port}, set by the registrar below, which component scanning picks up in every
 * context like the other test components of this package).
 */
@Configuration(proxyBeanMethods = false)
public class TestSmtp {

    public static final ServerSetup SMTP = new ServerSetup(freePort(), null, ServerSetup.PROTOCOL_SMTP);

    @Bean
    static DynamicPropertyRegistrar smtpPort() {
        return registry -> registry.add("spring.mail.port", SMTP::getPort);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
