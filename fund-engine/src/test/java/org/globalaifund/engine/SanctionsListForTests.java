package org.globalaifund.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.diligence.SanctionsListImport;
import org.globalaifund.engine.diligence.SanctionsListRepository;
import org.globalaifund.engine.people.PersonRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every test context starts with the invented sanctions list of {@code /sanctions/consolidated-fixture.xml} imported
 * by the first ADMIN, as a fund would have before any application reaches due diligence: without a list the
 * BoardDecision process's screening step fails (by design), so every test that runs an application past its review
 * needs one. Tests about the import itself import fresh copies and are not affected.
 */
@Component
class SanctionsListForTests {

    private final SanctionsListImport importer;
    private final SanctionsListRepository lists;
    private final PersonRepository people;
    private final FundProperties properties;
    private final TransactionTemplate transaction;

    SanctionsListForTests(SanctionsListImport importer, SanctionsListRepository lists, PersonRepository people,
            FundProperties properties, TransactionTemplate transaction) {
        this.importer = importer;
        this.lists = lists;
        this.people = people;
        this.properties = properties;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importFixtureList() {
        transaction.executeWithoutResult(status -> {
            if (lists.current().isPresent()) {
                return;
            }
            String admin = people.findByEmail(properties.admin().email()).orElseThrow().id();
            try (InputStream in = SanctionsListForTests.class.getResourceAsStream("/sanctions/consolidated-fixture.xml")) {
                importer.importList(admin, "consolidated-fixture.xml", new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
