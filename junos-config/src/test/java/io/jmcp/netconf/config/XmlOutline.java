package io.jmcp.netconf.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The element structure and texts of the {@code <configuration>} in an XML document, as one line:
 * what must survive a round trip. Whitespace, namespaces, Junos metadata attributes
 * ({@code junos:commit-seconds}, {@code group}) and {@code <undocumented>} wrappers are left out.
 */
final class XmlOutline {

    private XmlOutline() {
    }

    static String of(String xml) {
        try {
            XMLStreamReader reader = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new StringReader(xml));
            StringBuilder outline = new StringBuilder();
            StringBuilder text = new StringBuilder();
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (depth == 0 && !name.equals("configuration")) {
                        continue;
                    }
                    depth++;
                    text.setLength(0);
                    if (!name.equals("undocumented")) {
                        outline.append('<').append(name).append(stateAttributes(reader)).append('>');
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && depth > 0) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && depth > 0) {
                    depth--;
                    if (!reader.getLocalName().equals("undocumented")) {
                        outline.append(text.toString().strip()).append("</").append(reader.getLocalName()).append('>');
                    }
                    text.setLength(0);
                }
            }
            return outline.toString();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * The outline with each element's children stably sorted by name: the same elements with the
     * same contents, entries of one list in their order, whatever order distinct statements come
     * in. For captures of older Junos releases, whose statement order differs from 23.4R1's.
     */
    static String ofAnySiblingOrder(String xml) {
        String outline = of(xml);
        return sorted(outline, new int[] {0});
    }

    /** Re-renders the element starting at {@code at[0]} with its children sorted; advances {@code at[0]}. */
    private static String sorted(String outline, int[] at) {
        int start = at[0];
        int headEnd = outline.indexOf('>', start) + 1;
        String name = outline.substring(start + 1, headEnd - 1).split(" ")[0];
        at[0] = headEnd;
        List<String> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (!outline.startsWith("</" + name + ">", at[0])) {
            if (outline.charAt(at[0]) == '<' && outline.charAt(at[0] + 1) != '/') {
                children.add(sorted(outline, at));
            } else {
                text.append(outline.charAt(at[0]++));
            }
        }
        at[0] += name.length() + 3;
        children.sort(Comparator.comparing(child -> child.substring(1).split("[ >]")[0]));
        return outline.substring(start, headEnd) + String.join("", children) + text + "</" + name + ">";
    }

    private static String stateAttributes(XMLStreamReader reader) {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String name = reader.getAttributeLocalName(i);
            if (name.equals("inactive") || name.equals("protect")) {
                attributes.append(' ').append(name);
            }
        }
        return attributes.toString();
    }
}
