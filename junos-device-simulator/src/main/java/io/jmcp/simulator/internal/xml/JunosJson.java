package io.jmcp.simulator.internal.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders operational XML the way Junos's {@code | display json} does: every element becomes an
 * array of objects (so repeated siblings share one key), text goes under {@code "data"}, empty
 * elements are {@code [null]}, and attributes, namespace declarations included, go under
 * {@code "attributes"}.
 */
public final class JunosJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JUNOS_NAMESPACE = "http://xml.juniper.net/junos/*/junos";

    private JunosJson() {
    }

    /**
     * Converts one element of a reply body to Junos JSON text. The body may use the {@code junos:}
     * attribute prefix without declaring it, as reply fragments do.
     */
    public static String fromXml(String xml) {
        String declared = "<json-source xmlns:junos=\"" + JUNOS_NAMESPACE + "\">" + xml + "</json-source>";
        Element root = SafeXml.children(SafeXml.parse(
                new ByteArrayInputStream(declared.getBytes(StandardCharsets.UTF_8))).getDocumentElement()).get(0);
        ObjectNode document = NODES.objectNode();
        document.set(SafeXml.localNameOf(root), NODES.arrayNode().add(convert(root)));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    private static ObjectNode convert(Element element) {
        ObjectNode node = NODES.objectNode();
        List<Element> children = SafeXml.children(element);
        ObjectNode attributes = attributesOf(element);
        if (children.isEmpty()) {
            String text = element.getTextContent().strip();
            if (text.isEmpty()) {
                node.set("data", NODES.arrayNode().addNull());
            } else {
                node.put("data", text);
            }
            if (!attributes.isEmpty()) {
                node.set("attributes", attributes);
            }
            return node;
        }
        if (!attributes.isEmpty()) {
            node.set("attributes", attributes);
        }
        Map<String, ArrayNode> byName = new LinkedHashMap<>();
        for (Element child : children) {
            byName.computeIfAbsent(SafeXml.localNameOf(child), name -> NODES.arrayNode()).add(convert(child));
        }
        byName.forEach(node::set);
        return node;
    }

    private static ObjectNode attributesOf(Element element) {
        ObjectNode attributes = NODES.objectNode();
        NamedNodeMap all = element.getAttributes();
        for (int i = 0; i < all.getLength(); i++) {
            Attr attribute = (Attr) all.item(i);
            attributes.put(attribute.getName(), attribute.getValue());
        }
        return attributes;
    }
}
