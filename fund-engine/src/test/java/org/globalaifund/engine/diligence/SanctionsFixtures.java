package org.globalaifund.engine.diligence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The invented sanctions list in the UN format and its broken variants (test resources under {@code /sanctions}). */
final class SanctionsFixtures {

    static final String FIXTURE = "consolidated-fixture.xml";

    private SanctionsFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = SanctionsFixtures.class.getResourceAsStream("/sanctions/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /sanctions/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream stream(String name) {
        return new ByteArrayInputStream(bytes(name));
    }

    static SanctionsListFile parsed() {
        return SanctionsListFile.read(stream(FIXTURE));
    }

    /**
     * The fixture with a unique comment after its root element: the same list in another file (another SHA-256), so a
     * test can make it the current list whatever other tests imported into the shared database before.
     */
    static byte[] freshCopy() {
        String text = new String(bytes(FIXTURE), StandardCharsets.UTF_8) + "<!-- copy " + UUID.randomUUID() + " -->\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
