package org.globalaifund.engine.diligence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.globalaifund.engine.diligence.SanctionsListFile.Kind;

/**
 * Matches names against names of the sanctions list: a name matches an entry when its {@link SanctionsNameKey} equals
 * the key of the entry's primary name, its name in original script, or any alias. Each entry is reported once per
 * screened name, naming its first matching name (the primary one before aliases). Pure Java: {@link
 * SanctionsScreening} feeds it the list's names that share a key with the screened ones.
 */
public final class SanctionsMatcher {

    /** A name of the list, as the matcher sees it. */
    public record ListedName(int entryNo, int nameNo, String referenceNumber, Kind kind, String primaryName, String name,
            String key, boolean alias) {

        SanctionsMatch toMatch() {
            return new SanctionsMatch(referenceNumber, kind, primaryName, name, alias, entryNo, nameNo);
        }
    }

    /** A screened name as given, its key, and the entries it matched (none: clear). */
    public record ScreenedName(String name, String key, List<SanctionsMatch> matches) {}

    private final Map<String, List<ListedName>> byKey = new HashMap<>();

    public SanctionsMatcher(Collection<ListedName> names) {
        names.stream()
                .sorted((a, b) -> a.entryNo() != b.entryNo() ? Integer.compare(a.entryNo(), b.entryNo()) : Integer.compare(a.nameNo(), b.nameNo()))
                .forEach(n -> byKey.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(n));
    }

    /** The matcher over every name of a parsed list. */
    public static SanctionsMatcher of(SanctionsListFile file) {
        return new SanctionsMatcher(listedNames(file));
    }

    /** Every name of a parsed list, entries and names numbered from 1 in file order, as they are stored. */
    static List<ListedName> listedNames(SanctionsListFile file) {
        List<ListedName> names = new ArrayList<>();
        for (int e = 0; e < file.entries().size(); e++) {
            SanctionsListFile.Entry entry = file.entries().get(e);
            for (int n = 0; n < entry.names().size(); n++) {
                SanctionsListFile.Name name = entry.names().get(n);
                names.add(new ListedName(e + 1, n + 1, entry.referenceNumber(), entry.kind(), entry.primaryName(), name.name(),
                        name.key(), name.alias()));
            }
        }
        return names;
    }

    /**
     * The names to screen, stripped, without blank ones, those with nothing to compare (no letter or digit) and repeats,
     * in the order given.
     */
    public static List<String> screenable(List<String> names) {
        Set<String> kept = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name != null && !SanctionsNameKey.of(name).isEmpty()) {
                kept.add(name.strip());
            }
        }
        return List.copyOf(kept);
    }

    /** Each screenable name (see {@link #screenable}) with the entries it matches. */
    public List<ScreenedName> screen(List<String> names) {
        return screenable(names).stream().map(this::screen).toList();
    }

    public ScreenedName screen(String name) {
        String key = SanctionsNameKey.of(name);
        Map<Integer, SanctionsMatch> perEntry = new LinkedHashMap<>();
        for (ListedName listed : byKey.getOrDefault(key, List.of())) {
            perEntry.putIfAbsent(listed.entryNo(), listed.toMatch());
        }
        return new ScreenedName(name.strip(), key, List.copyOf(perEntry.values()));
    }
}
