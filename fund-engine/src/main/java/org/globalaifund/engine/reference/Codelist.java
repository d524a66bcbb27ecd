package org.globalaifund.engine.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One IATI codelist (copied into the project under {@code reference/iati} with its licence): codes in
 * their published order with names per language; withdrawn codes are left out.
 */
public final class Codelist {

    private final String name;
    private final Map<String, Map<String, String>> namesByCode;

    private Codelist(String name, Map<String, Map<String, String>> namesByCode) {
        this.name = name;
        this.namesByCode = Collections.unmodifiableMap(namesByCode);
    }

    /** Reads {@code reference/iati/<name>.xml} from the classpath. */
    public static Codelist load(String name) {
        String path = "reference/iati/" + name + ".xml";
        try (InputStream in = Codelist.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Codelist missing from the classpath: " + path);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            Map<String, Map<String, String>> names = new LinkedHashMap<>();
            NodeList items = root.getElementsByTagName("codelist-item");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                if ("withdrawn".equals(item.getAttribute("status"))) {
                    continue;
                }
                String code = item.getElementsByTagName("code").item(0).getTextContent().trim();
                Map<String, String> byLanguage = new LinkedHashMap<>();
                Element nameElement = (Element) item.getElementsByTagName("name").item(0);
                NodeList narratives = nameElement.getElementsByTagName("narrative");
                for (int n = 0; n < narratives.getLength(); n++) {
                    Element narrative = (Element) narratives.item(n);
                    String lang = narrative.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
                    byLanguage.put(lang.isEmpty() ? "en" : lang, narrative.getTextContent().trim());
                }
                names.put(code, Collections.unmodifiableMap(byLanguage));
            }
            return new Codelist(name, names);
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Cannot read codelist " + path, e);
        }
    }

    public String name() {
        return name;
    }

    public boolean contains(String code) {
        return code != null && namesByCode.containsKey(code);
    }

    public List<String> codes() {
        return List.copyOf(namesByCode.keySet());
    }

    /** The name in the locale's language, falling back to English. */
    public Optional<String> label(String code, Locale locale) {
        Map<String, String> names = namesByCode.get(code);
        if (names == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(names.getOrDefault(locale.getLanguage(), names.get("en")));
    }
}
