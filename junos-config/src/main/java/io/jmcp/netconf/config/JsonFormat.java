package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Junos JSON configuration ({@code show configuration | display json}) in and out. JSON mirrors
 * the XML view: statements are members named after elements, list entries and leaf-list values
 * are arrays, flags are {@code [null]}, state and load operations sit in {@code "@"} members.
 * The client library stays free of JSON dependencies, so this holds a small strict parser.
 */
final class JsonFormat {

    private JsonFormat() {
    }

    static String write(Element configuration) {
        StringBuilder json = new StringBuilder("{\n").append(TextRenderer.INDENT).append("\"configuration\" : ");
        writeObject(configuration, 1, json);
        return json.append("\n}\n").toString();
    }

    /** The configuration statements of a JSON payload, as the {@code <configuration>} element. */
    static Element read(String payload) {
        Object document = new Parser(payload).document();
        if (!(document instanceof JsonObject top)) {
            throw new ConfigSyntaxException(1, "JSON syntax error, expecting an object", null);
        }
        JsonObject configuration = top.findConfiguration();
        Element root = new Element("configuration", top.line);
        fill(root, configuration != null ? configuration : top);
        return root;
    }

    private static void writeObject(Element element, int depth, StringBuilder json) {
        String indent = TextRenderer.INDENT.repeat(depth + 1);
        json.append('{');
        List<String> members = new ArrayList<>();
        String attributes = attributes(element.flags, element.annotation);
        if (attributes != null) {
            members.add(indent + "\"@\" : " + attributes);
        }
        for (Map.Entry<String, List<Element>> group : groupByName(element.children).entrySet()) {
            members.add(indent + member(group.getKey(), group.getValue(), depth + 1));
            String memberAttributes = memberAttributes(group.getValue());
            if (memberAttributes != null) {
                members.add(indent + string("@" + group.getKey()) + " : " + memberAttributes);
            }
        }
        if (members.isEmpty()) {
            json.append('}');
            return;
        }
        json.append('\n').append(String.join(",\n", members)).append('\n')
                .append(TextRenderer.INDENT.repeat(depth)).append('}');
    }

    /**
     * The {@code "@name"} member of a leaf or leaf-list: one object for the statement, or for
     * repetitions of a statement the schema does not know ({@code "a" : ["b", "c"]}) one item per
     * value, null where a value has none, as RFC 7952 (5.2.2) encodes a leaf-list's metadata.
     */
    private static String memberAttributes(List<Element> elements) {
        Element first = elements.get(0);
        if (first.shape == Element.Shape.ENTRY || isObject(first)) {
            return null;
        }
        if (first.shape != Element.Shape.LEAF || elements.size() == 1) {
            return attributes(first.flags, first.annotation);
        }
        List<String> items = new ArrayList<>();
        boolean any = false;
        for (Element repetition : elements) {
            String attributes = attributes(repetition.flags, repetition.annotation);
            any |= attributes != null;
            items.add(attributes == null ? "null" : attributes);
        }
        return any ? "[" + String.join(", ", items) + "]" : null;
    }

    private static Map<String, List<Element>> groupByName(List<Element> children) {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element child : children) {
            groups.computeIfAbsent(child.name, name -> new ArrayList<>()).add(child);
        }
        return groups;
    }

    private static String member(String name, List<Element> elements, int depth) {
        StringBuilder json = new StringBuilder(string(name)).append(" : ");
        Element first = elements.get(0);
        switch (first.shape) {
            case LEAF -> json.append(elements.size() > 1 ? valueArray(elements)
                    : first.text == null ? "[null]" : string(first.text));
            case LEAF_LIST_VALUE -> json.append(valueArray(elements));
            case ENTRY -> entryArray(elements, depth, json);
            case CONTAINER -> container(elements.size() > 1 ? merged(elements) : first, depth, json);
        }
        return json.toString();
    }

    /**
     * One object for the containers of one name: XML wraps each undocumented statement in an
     * {@code <undocumented>} of its own, and a JSON object holds a member name once.
     */
    private static Element merged(List<Element> containers) {
        Element merged = new Element(containers.get(0).name, containers.get(0).line);
        containers.forEach(container -> merged.children.addAll(container.children));
        return merged;
    }

    private static void container(Element element, int depth, StringBuilder json) {
        if (isObject(element)) {
            writeObject(element, depth, json);
        } else {
            json.append("[null]");
        }
    }

    /** Containers with children or state are objects; empty ones are flags, written {@code [null]}. */
    private static boolean isObject(Element element) {
        return element.shape == Element.Shape.CONTAINER && !element.children.isEmpty();
    }

    private static String valueArray(List<Element> values) {
        List<String> items = new ArrayList<>();
        for (Element value : values) {
            items.add(value.text == null ? "null" : string(value.text));
        }
        return "[" + String.join(", ", items) + "]";
    }

    private static void entryArray(List<Element> entries, int depth, StringBuilder json) {
        String indent = TextRenderer.INDENT.repeat(depth);
        json.append("[\n");
        for (int i = 0; i < entries.size(); i++) {
            json.append(indent);
            writeObject(entries.get(i), depth, json);
            json.append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        json.append(indent).append(']');
    }

    private static String attributes(int flags, String annotation) {
        List<String> members = new ArrayList<>();
        if ((flags & Node.INACTIVE) != 0) {
            members.add("\"inactive\" : true");
        }
        if ((flags & Node.PROTECT) != 0) {
            members.add("\"protect\" : true");
        }
        if (annotation != null) {
            members.add("\"comment\" : " + string("/* " + annotation + " */"));
        }
        return members.isEmpty() ? null : "{" + String.join(", ", members) + "}";
    }

    static String string(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** Turns the members of a JSON object into child elements of {@code element}. */
    private static void fill(Element element, JsonObject object) {
        for (JsonObject.Member member : object.members) {
            if (member.name.equals("@")) {
                applyAttributes(element, member.value, member.line);
            } else if (!member.name.startsWith("@")) {
                addMember(element, member);
            }
        }
        for (JsonObject.Member member : object.members) {
            if (member.name.startsWith("@") && member.name.length() > 1) {
                applyMemberAttributes(element, member);
            }
        }
    }

    /** {@code "@name"}: one object for every element of that name, or an array with one item per value (RFC 7952). */
    private static void applyMemberAttributes(Element parent, JsonObject.Member member) {
        List<Element> targets = parent.children.stream()
                .filter(target -> target.name.equals(member.name.substring(1))).toList();
        if (!(member.value instanceof List<?> items)) {
            targets.forEach(target -> applyAttributes(target, member.value, member.line));
            return;
        }
        if (items.size() != targets.size()) {
            throw new ConfigSyntaxException(member.line, "JSON: " + items.size() + " attribute items for "
                    + targets.size() + " values", member.name);
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                applyAttributes(targets.get(i), items.get(i), member.line);
            }
        }
    }

    private static void addMember(Element parent, JsonObject.Member member) {
        Object value = member.value;
        if (value instanceof JsonObject object) {
            fill(parent.add(new Element(member.name, member.line)), object);
        } else if (value instanceof List<?> array) {
            addArray(parent, member, array);
        } else if (value == null) {
            parent.add(new Element(member.name, member.line));
        } else {
            parent.add(leaf(member.name, value.toString(), member.line));
        }
    }

    private static void addArray(Element parent, JsonObject.Member member, List<?> array) {
        if (array.size() == 1 && array.get(0) == null) {
            parent.add(new Element(member.name, member.line));
            return;
        }
        for (Object item : array) {
            if (item instanceof JsonObject object) {
                fill(parent.add(new Element(member.name, object.line)), object);
            } else if (item == null || item instanceof List<?>) {
                throw new ConfigSyntaxException(member.line,
                        "JSON: unexpected " + (item == null ? "null" : "array") + " in array", member.name);
            } else {
                parent.add(leaf(member.name, item.toString(), member.line));
            }
        }
    }

    private static Element leaf(String name, String text, int line) {
        Element leaf = new Element(name, line);
        leaf.text = Values.singleLine(text, line, name);
        return leaf;
    }

    /** {@code {"inactive": true}}, {@code {"operation": "delete"}}, {@code {"comment": "/* x *}{@code /"}}. */
    private static void applyAttributes(Element element, Object attributes, int line) {
        if (!(attributes instanceof JsonObject object)) {
            throw new ConfigSyntaxException(line, "JSON: attributes must be an object", element.name);
        }
        for (JsonObject.Member member : object.members) {
            String name = member.name.equals("operation") ? String.valueOf(member.value) : member.name;
            boolean on = Boolean.TRUE.equals(member.value) || name.equals(member.value)
                    || member.name.equals("operation");
            int flag = switch (name) {
                case "inactive" -> Node.INACTIVE;
                case "active" -> Node.ACTIVATE;
                case "protect" -> Node.PROTECT;
                case "unprotect" -> Node.UNPROTECT;
                case "replace" -> Node.REPLACE;
                case "delete" -> Node.DELETE;
                default -> 0;
            };
            if (flag != 0 && on) {
                element.flags |= flag;
            }
            if (member.name.equals("comment") && member.value instanceof String comment) {
                element.annotation = Annotations.read(comment, member.line);
            }
        }
    }



    /** A JSON object with its members in document order (names may repeat). */
    private static final class JsonObject {
        record Member(String name, Object value, int line) {
        }

        final List<Member> members = new ArrayList<>();
        final int line;

        JsonObject(int line) {
            this.line = line;
        }

        /** The first {@code "configuration"} object, looking through envelopes but not into statements. */
        JsonObject findConfiguration() {
            for (Member member : members) {
                if (!(member.value instanceof JsonObject object)) {
                    continue;
                }
                if (member.name.equals("configuration")) {
                    return object;
                }
                if (Schema.lookupElement(Schema.ROOT, member.name) == null) {
                    JsonObject found = object.findConfiguration();
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }
    }

    /**
     * A strict RFC 8259 parser into {@link JsonObject}, {@link List}, {@link String}, numbers (kept
     * as their text), {@link Boolean} and null. Errors name the line.
     */
    private static final class Parser {
        private final String text;
        private int position;
        private int line = 1;
        private int depth;

        Parser(String text) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        Object document() {
            Object value = value();
            skipBlanks();
            if (position < text.length()) {
                throw error("unexpected content after the document");
            }
            return value;
        }

        private Object value() {
            skipBlanks();
            if (position >= text.length()) {
                throw error("unexpected end of input");
            }
            char c = text.charAt(position);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private JsonObject object() {
            enter();
            JsonObject object = new JsonObject(line);
            position++;
            skipBlanks();
            if (peek() == '}') {
                position++;
                depth--;
                return object;
            }
            while (true) {
                skipBlanks();
                int memberLine = line;
                if (peek() != '"') {
                    throw error("expecting a member name");
                }
                String name = string();
                skipBlanks();
                expect(':');
                object.members.add(new JsonObject.Member(name, value(), memberLine));
                skipBlanks();
                if (peek() == ',') {
                    position++;
                    continue;
                }
                expect('}');
                depth--;
                return object;
            }
        }

        private List<Object> array() {
            enter();
            List<Object> items = new ArrayList<>();
            position++;
            skipBlanks();
            if (peek() == ']') {
                position++;
                depth--;
                return items;
            }
            while (true) {
                items.add(value());
                skipBlanks();
                if (peek() == ',') {
                    position++;
                    continue;
                }
                expect(']');
                depth--;
                return items;
            }
        }

        private void enter() {
            if (++depth > XmlFormat.MAX_DEPTH) {
                throw error("values nested deeper than " + XmlFormat.MAX_DEPTH + " levels");
            }
        }

        private String string() {
            position++;
            StringBuilder value = new StringBuilder();
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\') {
                    value.append(escape());
                } else if (c < 0x20) {
                    throw error("control character in string");
                } else {
                    value.append(c);
                }
            }
            throw error("unterminated string");
        }

        private char escape() {
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(position++);
            return switch (c) {
                case '"', '\\', '/' -> c;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> unicode();
                default -> throw error("invalid escape \\" + c);
            };
        }

        private char unicode() {
            if (position + 4 > text.length()) {
                throw error("invalid \\u escape");
            }
            String hex = text.substring(position, position + 4);
            if (!hex.matches("[0-9a-fA-F]{4}")) {
                throw error("invalid \\u escape");
            }
            position += 4;
            return (char) Integer.parseInt(hex, 16);
        }

        private String number() {
            int start = position;
            if (peek() == '-') {
                position++;
            }
            if (peek() == '0') {
                position++;
            } else if (isDigit(peek())) {
                digits();
            } else {
                throw error("unexpected character '" + peekShown() + "'");
            }
            if (peek() == '.') {
                position++;
                requireDigits();
            }
            if (peek() == 'e' || peek() == 'E') {
                position++;
                if (peek() == '+' || peek() == '-') {
                    position++;
                }
                requireDigits();
            }
            return text.substring(start, position);
        }

        private void requireDigits() {
            if (!isDigit(peek())) {
                throw error("malformed number");
            }
            digits();
        }

        private void digits() {
            while (isDigit(peek())) {
                position++;
            }
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, position)) {
                throw error("unexpected character '" + peekShown() + "'");
            }
            position += word.length();
            return value;
        }

        private void expect(char wanted) {
            if (peek() != wanted) {
                throw error("expecting '" + wanted + "'");
            }
            position++;
        }

        private char peek() {
            return position < text.length() ? text.charAt(position) : '\0';
        }

        private String peekShown() {
            return position < text.length() ? String.valueOf(text.charAt(position)) : "end of input";
        }

        private void skipBlanks() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == '\n') {
                    line++;
                } else if (c != ' ' && c != '\t' && c != '\r') {
                    return;
                }
                position++;
            }
        }

        private ConfigSyntaxException error(String detail) {
            return new ConfigSyntaxException(line, "JSON syntax error, " + detail, null);
        }
    }
}
