package org.globalaifund.engine.diligence;

import static org.globalaifund.engine.db.Tables.SANCTIONS_ENTRY;
import static org.globalaifund.engine.db.Tables.SANCTIONS_LIST;
import static org.globalaifund.engine.db.Tables.SANCTIONS_NAME;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.globalaifund.engine.db.tables.records.SanctionsListRecord;
import org.globalaifund.engine.diligence.SanctionsListFile.Kind;
import org.globalaifund.engine.diligence.SanctionsMatcher.ListedName;
import org.jooq.DSLContext;
import org.jooq.Row7;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The imported versions of the sanctions list with their entries and names (tables {@code fund.sanctions_list},
 * {@code fund.sanctions_entry}, {@code fund.sanctions_name}). Entries and names are numbered from 1 in file order
 * within their version, as {@link SanctionsMatcher#of} numbers them.
 */
@Repository
public class SanctionsListRepository {

    /** Rows per multi-row insert, and keys per IN list. */
    private static final int CHUNK = 500;

    private final DSLContext dsl;

    public SanctionsListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every import, the newest (current) first. */
    public List<SanctionsListVersion> versions() {
        return dsl.selectFrom(SANCTIONS_LIST).orderBy(SANCTIONS_LIST.IMPORT_NO.desc()).fetch(SanctionsListRepository::toVersion);
    }

    /** The current list: the latest import. */
    public Optional<SanctionsListVersion> current() {
        return dsl.selectFrom(SANCTIONS_LIST).orderBy(SANCTIONS_LIST.IMPORT_NO.desc()).limit(1)
                .fetchOptional(SanctionsListRepository::toVersion);
    }

    public Optional<SanctionsListVersion> find(String id) {
        return dsl.selectFrom(SANCTIONS_LIST).where(SANCTIONS_LIST.ID.eq(id)).fetchOptional(SanctionsListRepository::toVersion);
    }

    public Optional<SanctionsListVersion> findBySha256(String sha256) {
        return dsl.selectFrom(SANCTIONS_LIST).where(SANCTIONS_LIST.SHA256.eq(sha256)).fetchOptional(SanctionsListRepository::toVersion);
    }

    /** The number the next import gets; the unique index refuses a concurrent import that took it first. */
    public int nextImportNo() {
        Integer last = dsl.select(DSL.max(SANCTIONS_LIST.IMPORT_NO)).from(SANCTIONS_LIST).fetchOne(0, Integer.class);
        return last == null ? 1 : last + 1;
    }

    /** Stores a version with its entries and their names. */
    public void insert(SanctionsListVersion version, SanctionsListFile file) {
        dsl.insertInto(SANCTIONS_LIST)
                .set(SANCTIONS_LIST.ID, version.id()).set(SANCTIONS_LIST.IMPORT_NO, version.importNo())
                .set(SANCTIONS_LIST.SOURCE_FILE_NAME, version.sourceFileName()).set(SANCTIONS_LIST.SHA256, version.sha256())
                .set(SANCTIONS_LIST.DATE_GENERATED, version.dateGenerated()).set(SANCTIONS_LIST.IMPORTED_AT, version.importedAt())
                .set(SANCTIONS_LIST.IMPORTED_BY, version.importedBy()).set(SANCTIONS_LIST.INDIVIDUAL_COUNT, version.individuals())
                .set(SANCTIONS_LIST.ENTITY_COUNT, version.entities()).set(SANCTIONS_LIST.ALIAS_COUNT, version.aliases())
                .execute();
        List<SanctionsListFile.Entry> entries = file.entries();
        for (int from = 0; from < entries.size(); from += CHUNK) {
            var insert = dsl.insertInto(SANCTIONS_ENTRY, SANCTIONS_ENTRY.LIST_ID, SANCTIONS_ENTRY.ENTRY_NO, SANCTIONS_ENTRY.REFERENCE_NUMBER,
                    SANCTIONS_ENTRY.DATA_ID, SANCTIONS_ENTRY.KIND, SANCTIONS_ENTRY.PRIMARY_NAME);
            for (int e = from; e < Math.min(entries.size(), from + CHUNK); e++) {
                SanctionsListFile.Entry entry = entries.get(e);
                insert = insert.values(version.id(), e + 1, entry.referenceNumber(), entry.dataId(), entry.kind().name(), entry.primaryName());
            }
            insert.execute();
        }
        List<Row7<String, Integer, Integer, String, String, Boolean, String>> names = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            List<SanctionsListFile.Name> ofEntry = entries.get(e).names();
            for (int n = 0; n < ofEntry.size(); n++) {
                SanctionsListFile.Name name = ofEntry.get(n);
                names.add(DSL.row(version.id(), e + 1, n + 1, name.name(), name.key(), name.alias(), name.quality()));
            }
        }
        for (int from = 0; from < names.size(); from += CHUNK) {
            dsl.insertInto(SANCTIONS_NAME, SANCTIONS_NAME.LIST_ID, SANCTIONS_NAME.ENTRY_NO, SANCTIONS_NAME.NAME_NO,
                            SANCTIONS_NAME.NAME, SANCTIONS_NAME.NAME_KEY, SANCTIONS_NAME.IS_ALIAS, SANCTIONS_NAME.ALIAS_QUALITY)
                    .valuesOfRows(names.subList(from, Math.min(names.size(), from + CHUNK)))
                    .execute();
        }
    }

    /** The names of a version whose key is one of these, with their entries. */
    public List<ListedName> namesWithKeys(String listId, Collection<String> keys) {
        List<String> all = keys.stream().distinct().toList();
        List<ListedName> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            dsl.select(SANCTIONS_NAME.ENTRY_NO, SANCTIONS_NAME.NAME_NO, SANCTIONS_ENTRY.REFERENCE_NUMBER, SANCTIONS_ENTRY.KIND,
                            SANCTIONS_ENTRY.PRIMARY_NAME, SANCTIONS_NAME.NAME, SANCTIONS_NAME.NAME_KEY, SANCTIONS_NAME.IS_ALIAS)
                    .from(SANCTIONS_NAME).join(SANCTIONS_ENTRY)
                    .on(SANCTIONS_ENTRY.LIST_ID.eq(SANCTIONS_NAME.LIST_ID), SANCTIONS_ENTRY.ENTRY_NO.eq(SANCTIONS_NAME.ENTRY_NO))
                    .where(SANCTIONS_NAME.LIST_ID.eq(listId), SANCTIONS_NAME.NAME_KEY.in(all.subList(from, Math.min(all.size(), from + CHUNK))))
                    .forEach(r -> found.add(new ListedName(r.value1(), r.value2(), r.value3(), Kind.valueOf(r.value4()), r.value5(), r.value6(),
                            r.value7(), r.value8())));
        }
        return found;
    }

    /** How many entries and names a version holds (for the checks of the import tests and the page). */
    public int names(String listId) {
        return dsl.fetchCount(SANCTIONS_NAME, SANCTIONS_NAME.LIST_ID.eq(listId));
    }

    private static SanctionsListVersion toVersion(SanctionsListRecord r) {
        return new SanctionsListVersion(r.getId(), r.getImportNo(), r.getSourceFileName(), r.getSha256(), r.getDateGenerated(),
                r.getImportedAt(), r.getImportedBy(), r.getIndividualCount(), r.getEntityCount(), r.getAliasCount());
    }
}
