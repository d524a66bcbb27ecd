package org.globalaifund.engine.diligence;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The UN Security Council Consolidated List as its XML file gives it ({@code CONSOLIDATED_LIST} with
 * {@code INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY}), read with StAX as a stream. An individual's name is
 * {@code FIRST_NAME} to {@code FOURTH_NAME} joined (missing parts skipped), an entity's is {@code FIRST_NAME}; the
 * {@code NAME_ORIGINAL_SCRIPT} and the non-empty {@code *_ALIAS/ALIAS_NAME}s are further names. Everything else in
 * an entry (addresses, documents, dates) is passed over. A file that is not well-formed XML, has a DOCTYPE (the list
 * never has one; refusing it shuts out external entities), is not a {@code CONSOLIDATED_LIST}, lists nobody, or has
 * an entry without a reference number or a name is refused as a whole with {@link Refused}.
 *
 * @param dateGenerated the list's {@code dateGenerated} attribute as printed, or null
 * @param entries the individuals and entities in file order
 */
public record SanctionsListFile(String dateGenerated, List<Entry> entries) {

    /** Longest name kept; the list's longest are far shorter, and the key stays within its indexed column. */
    public static final int MAX_NAME_LENGTH = 500;

    public enum Kind { INDIVIDUAL, ENTITY }

    /** A name of an entry: its primary name first, then its name in original script, then its aliases. */
    public record Name(String name, String key, boolean alias, String quality) {}

    /** An individual or entity on the list, with all its names (the primary one first). */
    public record Entry(String referenceNumber, String dataId, Kind kind, String primaryName, List<Name> names) {}

    /** Why a file was refused: a message key of the bundles and its arguments. */
    public static final class Refused extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        Refused(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    public long individuals() {
        return entries.stream().filter(e -> e.kind() == Kind.INDIVIDUAL).count();
    }

    public long entities() {
        return entries.stream().filter(e -> e.kind() == Kind.ENTITY).count();
    }

    public long aliases() {
        return entries.stream().flatMap(e -> e.names().stream()).filter(Name::alias).count();
    }

    private static final String ROOT = "CONSOLIDATED_LIST";
    private static final List<String> NAME_PARTS = List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");
    private static final Set<String> ENTRY_FIELDS = Set.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME",
            "REFERENCE_NUMBER", "DATAID", "NAME_ORIGINAL_SCRIPT");

    /** Reads the list from a stream (its encoding from the XML declaration); the caller closes the stream. */
    public static SanctionsListFile read(InputStream in) {
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(in);
            return read(xml);
        } catch (XMLStreamException e) {
            Location where = e.getLocation();
            throw where == null || where.getLineNumber() < 0 ? new Refused("sanctions.error.notXml")
                    : new Refused("sanctions.error.notXmlAt", String.valueOf(where.getLineNumber()));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing left to read
                }
            }
        }
    }

    /** The JDK's own StAX parser (not whichever the classpath brings), with DTDs and external entities off. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static SanctionsListFile read(XMLStreamReader xml) throws XMLStreamException {
        Deque<String> path = new ArrayDeque<>();
        String dateGenerated = null;
        List<Entry> entries = new ArrayList<>();
        EntryBuilder entry = null;
        String[] alias = null; // {ALIAS_NAME, QUALITY} of the alias being read
        boolean rootSeen = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new Refused("sanctions.error.doctype");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                int depth = path.size();
                if (depth == 0) {
                    if (!ROOT.equals(name)) {
                        throw new Refused("sanctions.error.notList", name);
                    }
                    rootSeen = true;
                    dateGenerated = blankToNull(xml.getAttributeValue(null, "dateGenerated"));
                } else if (depth == 2 && entry == null && isEntry(path.peek(), name)) {
                    entry = new EntryBuilder(Kind.valueOf(name), entries.size() + 1);
                } else if (depth == 3 && entry != null && ENTRY_FIELDS.contains(name)) {
                    entry.fields.put(name, xml.getElementText().strip());
                    continue; // getElementText has read up to the end tag
                } else if (depth == 3 && entry != null && name.equals(entry.kind.name() + "_ALIAS")) {
                    alias = new String[] {"", ""};
                } else if (depth == 4 && alias != null && (name.equals("ALIAS_NAME") || name.equals("QUALITY"))) {
                    alias[name.equals("ALIAS_NAME") ? 0 : 1] = xml.getElementText().strip();
                    continue;
                }
                path.push(name);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = path.pop();
                if (entry != null && path.size() == 3 && alias != null && name.equals(entry.kind.name() + "_ALIAS")) {
                    entry.alias(alias[0], alias[1]);
                    alias = null;
                } else if (entry != null && path.size() == 2 && name.equals(entry.kind.name())) {
                    entries.add(entry.build());
                    entry = null;
                }
            }
        }
        if (!rootSeen) {
            throw new Refused("sanctions.error.notXml");
        }
        if (entries.isEmpty()) {
            throw new Refused("sanctions.error.empty");
        }
        return new SanctionsListFile(dateGenerated, List.copyOf(entries));
    }

    private static boolean isEntry(String parent, String name) {
        return ("INDIVIDUALS".equals(parent) && "INDIVIDUAL".equals(name)) || ("ENTITIES".equals(parent) && "ENTITY".equals(name));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The fields of one entry as they are read; {@link #build} checks them. */
    private static final class EntryBuilder {
        final Kind kind;
        final int position;
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<String[]> aliases = new ArrayList<>();

        EntryBuilder(Kind kind, int position) {
            this.kind = kind;
            this.position = position;
        }

        void alias(String name, String quality) {
            aliases.add(new String[] {name, quality});
        }

        Entry build() {
            String reference = fields.getOrDefault("REFERENCE_NUMBER", "");
            if (reference.isEmpty() || reference.length() > 40) {
                throw new Refused("sanctions.error.noReference", kind.name(), String.valueOf(position));
            }
            List<String> parts = kind == Kind.INDIVIDUAL ? NAME_PARTS : NAME_PARTS.subList(0, 1);
            String primary = String.join(" ", parts.stream().map(p -> fields.getOrDefault(p, "")).filter(p -> !p.isEmpty()).toList());
            if (SanctionsNameKey.of(primary).isEmpty()) {
                throw new Refused("sanctions.error.noName", reference);
            }
            Map<String, Name> names = new LinkedHashMap<>();
            add(names, primary, false, null, reference);
            add(names, fields.getOrDefault("NAME_ORIGINAL_SCRIPT", ""), false, null, reference);
            for (String[] alias : aliases) {
                add(names, alias[0], true, alias[1], reference);
            }
            String dataId = fields.getOrDefault("DATAID", "");
            return new Entry(reference, dataId.isEmpty() || dataId.length() > 40 ? null : dataId, kind, primary,
                    List.copyOf(names.values()));
        }

        /** Adds a name unless it is empty, says nothing a key can match ("-"), or is already there as printed. */
        private static void add(Map<String, Name> names, String name, boolean alias, String quality, String reference) {
            String key = SanctionsNameKey.of(name);
            if (key.isEmpty() || names.containsKey(name)) {
                return;
            }
            if (name.length() > MAX_NAME_LENGTH || key.length() > 2 * MAX_NAME_LENGTH) {
                throw new Refused("sanctions.error.nameTooLong", reference, MAX_NAME_LENGTH);
            }
            names.put(name, new Name(name, key, alias, alias && !quality.isEmpty() && quality.length() <= 20 ? quality : null));
        }
    }
}
