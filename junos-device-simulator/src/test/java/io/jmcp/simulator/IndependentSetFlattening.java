package io.jmcp.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The set lines of a configuration as Junos's {@code display set} would print them, flattened by
 * the plain rules of the two formats and nothing else: no schema, no code of the configuration
 * model ({@code io.jmcp.netconf.config}), so that it can check the model's own conversion.
 *
 * <p>Both print each statement once, and a statement with statements below it only through them,
 * as {@code display set} does. Curly text: each statement's words after the words of the blocks around it; {@code [ a b ]}
 * one line per element; {@code inactive:} a {@code deactivate} line for the statement as written;
 * comments ({@code /* *&#47;}, {@code #}) skipped. XML: each element's name after its parents';
 * a {@code <name>} child is its list key; text is a value, an empty element a flag; the few list
 * elements the CLI does not print are left out ({@code interfaces interface});
 * {@code inactive="inactive"} a {@code deactivate} line; an {@code <undocumented>} wrapper
 * stands for its statements; elements of other namespaces ({@code junos:comment}) and attributes
 * skipped.
 */
final class IndependentSetFlattening {

    private static final String INACTIVE = "inactive:";
    /**
     * The flattening's one piece of Junos knowledge: the list elements whose keyword the CLI does
     * not print ({@code <interfaces><interface><name>ge-0/0/0} is {@code interfaces ge-0/0/0}), by
     * parent element. The XML gives no sign of it (Juniper's XML API guide maps these by hand too).
     */
    private static final Map<String, String> UNPRINTED_LIST_KEYWORDS = Map.of(
            "interfaces", "interface", "routing-instances", "instance", "vlans", "vlan", "bridge-domains", "domain");

    /**
     * The wrapper Junos XML puts around a statement its schema hides; the CLI prints the statement
     * in its place: the same router's {@code <undocumented><queue-size>2000</queue-size></undocumented>}
     * (../shared/junos-replies/core/get-configuration.xml) is {@code queue-size 2000;} in its text
     * (core/show-configuration.xml).
     */
    private static final String UNDOCUMENTED = "undocumented";

    private IndependentSetFlattening() {
    }

    /** The set lines of curly-brace configuration text. */
    static List<String> ofText(String text) {
        List<String> lines = new ArrayList<>();
        List<String> deactivations = new ArrayList<>();
        List<List<String>> blocks = new ArrayList<>();
        List<String> statement = new ArrayList<>();
        for (String token : tokens(text)) {
            switch (token) {
                case "{" -> {
                    boolean inactive = removeInactive(statement);
                    List<String> path = joined(blocks, statement);
                    if (inactive) {
                        deactivations.add("deactivate " + String.join(" ", path));
                    }
                    lines.add("set " + String.join(" ", path));
                    blocks.add(List.copyOf(statement));
                    statement.clear();
                }
                case "}" -> {
                    if (!blocks.isEmpty()) {
                        blocks.remove(blocks.size() - 1);
                    }
                }
                case ";" -> {
                    boolean inactive = removeInactive(statement);
                    for (List<String> words : expanded(statement)) {
                        lines.add("set " + String.join(" ", joined(blocks, words)));
                    }
                    if (inactive) {
                        deactivations.add("deactivate " + String.join(" ", joined(blocks, statement)));
                    }
                    statement.clear();
                }
                default -> statement.add(token);
            }
        }
        return printed(lines, deactivations);
    }

    /**
     * The lines as {@code display set} prints them: each statement once, and a statement with
     * statements below it only through them ({@code set system services ssh} is not printed beside
     * {@code set system services ssh root-login allow}), then the deactivations.
     */
    private static List<String> printed(List<String> lines, List<String> deactivations) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(lines));
        Set<String> withStatementsBelow = new HashSet<>();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            if (sorted.get(i + 1).startsWith(sorted.get(i) + " ")) {
                withStatementsBelow.add(sorted.get(i));
            }
        }
        List<String> result = new ArrayList<>(new LinkedHashSet<>(lines));
        result.removeAll(withStatementsBelow);
        result.addAll(new LinkedHashSet<>(deactivations));
        return result;
    }

    private static boolean removeInactive(List<String> statement) {
        boolean inactive = !statement.isEmpty() && statement.get(0).equals(INACTIVE);
        if (inactive) {
            statement.remove(0);
        }
        return inactive;
    }

    /** {@code members [ a b ]} as {@code members a} and {@code members b}. */
    private static List<List<String>> expanded(List<String> words) {
        int open = words.indexOf("[");
        int close = words.indexOf("]");
        if (open < 0 || close < open) {
            return List.of(words);
        }
        List<List<String>> each = new ArrayList<>();
        for (String element : words.subList(open + 1, close)) {
            List<String> line = new ArrayList<>(words.subList(0, open));
            line.add(element);
            line.addAll(words.subList(close + 1, words.size()));
            each.add(line);
        }
        return each;
    }

    private static List<String> joined(List<List<String>> blocks, List<String> words) {
        List<String> path = new ArrayList<>();
        blocks.forEach(path::addAll);
        path.addAll(words);
        return path;
    }

    /** Words (a quoted string is one, quotes kept), and {@code { } ; [ ]}; comments dropped. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else if (c == '#') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if ("{};[]".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
                tokens.add(text.substring(i, end));
                i = end;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                        && "{};[]\"".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(text.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }

    /** The set lines of the {@code <configuration>} in an XML document (itself, or inside an rpc-reply). */
    static List<String> ofXml(String xml) {
        Element root = parse(xml).getDocumentElement();
        Element configuration = configurationIn(root);
        List<String> lines = new ArrayList<>();
        List<String> deactivations = new ArrayList<>();
        if (configuration != null) {
            flatten(configuration.getLocalName(), configurationChildren(configuration), List.of(), lines, deactivations);
        } else if (!root.getLocalName().equals("rpc-reply")) {
            flatten("configuration", List.of(root), List.of(), lines, deactivations); // a fragment: <interfaces>...
        }
        return printed(lines, deactivations);
    }

    private static void flatten(String parentName, List<Element> children, List<String> path, List<String> lines,
                                List<String> deactivations) {
        for (Element child : children) {
            if (child.getLocalName().equals(UNDOCUMENTED)) {
                flatten(parentName, configurationChildren(child), path, lines, deactivations);
                continue;
            }
            List<Element> grandchildren = configurationChildren(child);
            List<String> own = new ArrayList<>(path);
            if (!child.getLocalName().equals(UNPRINTED_LIST_KEYWORDS.get(parentName))) {
                own.add(child.getLocalName());
            }
            Element key = grandchildren.stream().filter(e -> e.getLocalName().equals("name")
                    && configurationChildren(e).isEmpty()).findFirst().orElse(null);
            if (grandchildren.isEmpty()) {
                String text = child.getTextContent().strip();
                if (!text.isEmpty()) {
                    own.add(quoted(text));
                }
                lines.add("set " + String.join(" ", own));
            } else {
                if (key != null) {
                    own.add(quoted(key.getTextContent().strip()));
                }
                lines.add("set " + String.join(" ", own));
                List<Element> below = new ArrayList<>(grandchildren);
                below.remove(key);
                flatten(child.getLocalName(), below, own, lines, deactivations);
            }
            if ("inactive".equals(child.getAttribute("inactive"))) {
                deactivations.add("deactivate " + String.join(" ", own));
            }
        }
    }

    /** A value as the CLI prints it: in double quotes when it holds a space or a character the CLI reads specially. */
    private static String quoted(String value) {
        boolean plain = !value.isEmpty() && value.chars().noneMatch(c -> Character.isWhitespace(c)
                || "{};[]\"'#()&|<>=!$".indexOf(c) >= 0);
        return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Element configurationIn(Element element) {
        if (element.getLocalName().equals("configuration")) {
            return element;
        }
        for (Element child : elementChildren(element)) {
            Element found = configurationIn(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The element children that are configuration: those of no namespace or of the configuration's (not junos:comment). */
    private static List<Element> configurationChildren(Element element) {
        return elementChildren(element).stream().filter(child -> child.getPrefix() == null).toList();
    }

    private static List<Element> elementChildren(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    private static org.w3c.dom.Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.strip().replace("\uFEFF", "")
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
