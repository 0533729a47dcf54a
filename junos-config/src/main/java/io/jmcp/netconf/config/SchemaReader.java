package io.jmcp.netconf.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the generator's schema text (tables T, C, N and the root; see junos-schema-generator's
 * SchemaWriter) into the flat arrays of {@link JunosSchema}. Every reference points backwards, so
 * one pass over the bytes suffices. Names, key lists and hint sets are shared between nodes.
 */
final class SchemaReader {

    /** The arrays a schema is made of. */
    static final class Tables {
        String[] names;
        StatementKind[] kinds;
        byte[] families;
        int[] typeIds;
        List<String>[] keys;
        BitSet ordered = new BitSet();
        BitSet unorderedChildren = new BitSet();
        /** Node id to, per family (by ordinal), its own child order as indexes into the children, or null. */
        Map<Integer, int[][]> familyOrders = new HashMap<>();
        Set<String>[] cliFeatures;
        int[][] children;
        int[][] childChoices;
        ValueType[] types;
        String[] choices;
        int root = -1;
    }

    private static final int[] NO_CHILDREN = new int[0];
    private static final byte ALL_FAMILIES = (byte) ((1 << PlatformFamily.values().length) - 1);

    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, List<String>> keyLists = new HashMap<>();
    private final Map<String, Set<String>> featureSets = new HashMap<>();
    private final List<ValueType> types = new ArrayList<>();
    private final List<String> choices = new ArrayList<>();
    private final Tables tables = new Tables();
    private final byte[] text;
    private int position;
    private int nodeCount;

    private SchemaReader(byte[] text) {
        this.text = text;
    }

    static Tables read(byte[] text) {
        SchemaReader reader = new SchemaReader(text);
        reader.allocate(countNodes(text));
        while (reader.position < text.length) {
            reader.line();
        }
        if (reader.tables.root < 0) {
            throw new IllegalStateException("Junos schema resource has no root");
        }
        reader.tables.types = reader.types.toArray(ValueType[]::new);
        reader.tables.choices = reader.choices.toArray(String[]::new);
        return reader.tables;
    }

    private static int countNodes(byte[] text) {
        int count = 0;
        for (int i = 0; i < text.length - 1; i++) {
            if (text[i] == 'N' && text[i + 1] == '\t' && (i == 0 || text[i - 1] == '\n')) {
                count++;
            }
        }
        return count;
    }

    @SuppressWarnings("unchecked")
    private void allocate(int nodes) {
        tables.names = new String[nodes];
        tables.kinds = new StatementKind[nodes];
        tables.families = new byte[nodes];
        tables.typeIds = new int[nodes];
        tables.keys = new List[nodes];
        tables.cliFeatures = new Set[nodes];
        tables.children = new int[nodes][];
        tables.childChoices = new int[nodes][];
    }

    private void line() {
        byte first = text[position];
        switch (first) {
            case 'N' -> node();
            case 'T' -> types.add(type());
            case 'C' -> {
                position += 2;
                choices.add(unescape(field()));
            }
            case 'r' -> {
                skipField();
                tables.root = number();
            }
            case '#', '\n' -> {
            }
            default -> throw new IllegalStateException("Junos schema resource: unexpected line at byte " + position);
        }
        skipLine();
    }

    private void node() {
        int id = nodeCount++;
        position += 2;
        tables.kinds[id] = StatementKind.ofCode((char) text[position]);
        position += 2;
        tables.names[id] = intern(field());
        tables.families[id] = ALL_FAMILIES;
        tables.typeIds[id] = -1;
        tables.children[id] = NO_CHILDREN;
        while (text[position] == '\t') {
            position++;
            attribute(id);
        }
    }

    private void attribute(int id) {
        String name = attributeName();
        switch (name) {
            case "families" -> tables.families[id] = (byte) number();
            case "keys" -> tables.keys[id] = keyLists.computeIfAbsent(field(), v -> List.of(v.split(" ")));
            case "ordered" -> tables.ordered.set(id);
            case "unordered" -> tables.unorderedChildren.set(id);
            case "type" -> tables.typeIds[id] = number();
            case "cli" -> tables.cliFeatures[id] = featureSets.computeIfAbsent(field(),
                    v -> Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(v.split(",")))));
            case "children" -> children(id);
            default -> {
                if (!name.startsWith("order")) {
                    throw new IllegalStateException("Junos schema resource: unknown node attribute " + name);
                }
                int family = Integer.parseInt(name.substring("order".length()));
                tables.familyOrders.computeIfAbsent(id, key -> new int[PlatformFamily.values().length][])[family] =
                        Arrays.stream(field().split(",")).mapToInt(Integer::parseInt).toArray();
            }
        }
    }

    /** {@code children=12,40~3,...}: node ids, each with its choice branch after '~'. */
    private void children(int id) {
        int count = 1;
        for (int i = position; text[i] != '\n' && text[i] != '\t'; i++) {
            count += text[i] == ',' ? 1 : 0;
        }
        int[] kids = new int[count];
        int[] branches = null;
        for (int i = 0; i < count; i++) {
            kids[i] = number();
            if (text[position] == '~') {
                position++;
                if (branches == null) {
                    branches = new int[count];
                    Arrays.fill(branches, -1);
                }
                branches[i] = number();
            }
            position++;
        }
        position--;
        tables.children[id] = kids;
        tables.childChoices[id] = branches;
    }

    private ValueType type() {
        position += 2;
        String base = intern(field());
        String typedef = null;
        String range = null;
        String length = null;
        String message = null;
        String fraction = null;
        List<String> patterns = new ArrayList<>(0);
        List<String> posix = new ArrayList<>(0);
        List<String> enums = new ArrayList<>(0);
        List<ValueType> members = new ArrayList<>(0);
        while (position < text.length && text[position] == '\t') {
            position++;
            String name = attributeName();
            String value = intern(unescape(field()));
            switch (name) {
                case "typedef" -> typedef = value;
                case "range" -> range = value;
                case "length" -> length = value;
                case "pattern" -> patterns.add(value);
                case "posix" -> posix.add(value);
                case "message" -> message = value;
                case "enum" -> enums.add(value);
                case "member" -> members.add(types.get(Integer.parseInt(value)));
                case "fraction" -> fraction = value;
                default -> throw new IllegalStateException("Junos schema resource: unknown type attribute " + name);
            }
        }
        return new ValueType(base, typedef, range, length, List.copyOf(patterns), List.copyOf(posix),
                message, List.copyOf(enums), List.copyOf(members), fraction);
    }

    /** The attribute name before '=' (or the whole flag), leaving the position on its value. */
    private String attributeName() {
        int start = position;
        while (text[position] != '=' && text[position] != '\t' && text[position] != '\n') {
            position++;
        }
        String name = new String(text, start, position - start, StandardCharsets.US_ASCII);
        if (text[position] == '=') {
            position++;
        }
        return name;
    }

    private String field() {
        int start = position;
        while (position < text.length && text[position] != '\t' && text[position] != '\n') {
            position++;
        }
        return new String(text, start, position - start, StandardCharsets.UTF_8);
    }

    private void skipField() {
        while (text[position] != '\t' && text[position] != '\n') {
            position++;
        }
        position++;
    }

    private int number() {
        int value = 0;
        while (position < text.length && text[position] >= '0' && text[position] <= '9') {
            value = value * 10 + text[position++] - '0';
        }
        return value;
    }

    private void skipLine() {
        while (position < text.length && text[position] != '\n') {
            position++;
        }
        position++;
    }

    private String intern(String value) {
        String known = strings.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
