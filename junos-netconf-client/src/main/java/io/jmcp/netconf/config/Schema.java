package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Junos hierarchy knowledge of the model: the specs read from {@link JunosHierarchy#TABLE}, and
 * the fallback specs given to statements the table does not know.
 */
final class Schema {

    static final Spec ROOT;
    /** Statements allowed at every level ({@code apply-groups}). */
    private static final Spec GLOBAL;

    private static final Spec UNKNOWN_CONTAINER = fallback(Spec.Kind.CONTAINER, null);
    private static final Spec UNKNOWN_FLAG = flagFallback();
    private static final Spec UNKNOWN_LEAF = fallback(Spec.Kind.LEAF, null);
    private static final Spec UNKNOWN_LEAF_LIST = fallback(Spec.Kind.LEAF_LIST, null);
    private static final Spec UNKNOWN_ENTRY = fallback(Spec.Kind.ENTRY, null);
    private static final Map<String, Spec> UNKNOWN_IMPLICIT = new ConcurrentHashMap<>();

    /** Junos element names: what a keyword must look like to be written as an XML element. */
    private static final Pattern ELEMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    static {
        TableReader reader = new TableReader();
        reader.read(JunosHierarchy.TABLE);
        ROOT = reader.root;
        GLOBAL = reader.fragments.get("global");
    }

    private Schema() {
    }

    /** The spec of {@code keyword} under {@code parent}, or null when the table does not know it there. */
    static Spec lookup(Spec parent, String keyword) {
        Spec own = parent.child(keyword);
        return own != null ? own : GLOBAL.child(keyword);
    }

    /** The spec reached by an XML element under {@code parent}, or null when unknown. */
    static Spec lookupElement(Spec parent, String element) {
        Spec own = parent.childByElement(element);
        return own != null ? own : GLOBAL.childByElement(element);
    }

    static Spec unknown(Spec.Kind kind) {
        return switch (kind) {
            case CONTAINER -> UNKNOWN_CONTAINER;
            case LEAF -> UNKNOWN_LEAF;
            case LEAF_LIST -> UNKNOWN_LEAF_LIST;
            case ENTRY -> UNKNOWN_ENTRY;
        };
    }

    /** A word the table does not know, followed by a keyword of its level: a presence flag. */
    static Spec unknownFlag() {
        return UNKNOWN_FLAG;
    }

    /**
     * The spec of the entries of an implicit list the table does not know. Junos names such list
     * elements after their container ({@code interfaces} holds {@code interface}), so the element is
     * guessed the same way, and the guess is recognised again when the XML is read back.
     */
    static Spec unknownImplicit(String containerKeyword) {
        String element = implicitElementOf(containerKeyword);
        return UNKNOWN_IMPLICIT.computeIfAbsent(element, name -> fallback(Spec.Kind.ENTRY, name));
    }

    static String implicitElementOf(String containerKeyword) {
        if (containerKeyword == null || !isElementName(containerKeyword)) {
            return "entry";
        }
        if (containerKeyword.endsWith("ies")) {
            return containerKeyword.substring(0, containerKeyword.length() - 3) + "y";
        }
        if (containerKeyword.endsWith("s") && containerKeyword.length() > 1) {
            return containerKeyword.substring(0, containerKeyword.length() - 1);
        }
        return containerKeyword;
    }

    /** Whether a word can be an XML element name, hence a statement keyword. */
    static boolean isElementName(String word) {
        return ELEMENT_NAME.matcher(word).matches();
    }

    private static Spec flagFallback() {
        Spec.Shape shape = new Spec.Shape();
        shape.flag = true;
        return new Spec(null, Spec.Kind.CONTAINER, shape, false);
    }

    private static Spec fallback(Spec.Kind kind, String implicitElement) {
        Spec.Shape shape = new Spec.Shape();
        shape.element = implicitElement;
        if (kind == Spec.Kind.ENTRY) {
            shape.keyElements = new String[] {"name"};
            shape.keyWords = new String[] {null};
        }
        return new Spec(null, kind, shape, false);
    }

    /**
     * Reads the hierarchy table: one statement per line, indented two spaces per level, then its
     * kind and attributes. Fragments ({@code define name}) are shared by {@code like=name}.
     */
    private static final class TableReader {
        final Spec root = container(null);
        final Map<String, Spec> fragments = new HashMap<>();
        private final List<Spec[]> children = new ArrayList<>();
        private final List<Object[]> likes = new ArrayList<>();
        private final List<Spec> levels = new ArrayList<>();
        private boolean inFragment;

        void read(String table) {
            int lineNumber = 0;
            for (String line : table.split("\n")) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                readLine(line, trimmed, lineNumber);
            }
            children.forEach(pair -> pair[0].addChild(pair[1]));
            likes.forEach(pair -> ((Spec) pair[0]).setLike(resolve((String) pair[1])));
        }

        private void readLine(String line, String trimmed, int lineNumber) {
            int indent = line.length() - line.stripLeading().length();
            if (indent % 2 != 0) {
                throw new IllegalStateException("hierarchy table line " + lineNumber + ": odd indentation");
            }
            String[] words = trimmed.split("\\s+");
            if (indent == 0 && words[0].equals("define")) {
                Spec fragment = container(null);
                fragments.put(words[1], fragment);
                startLevels(fragment);
                inFragment = true;
                return;
            }
            if (indent == 0) {
                startLevels(root);
                inFragment = false;
            }
            int parentLevel = inFragment ? indent / 2 - 1 : indent / 2;
            if (parentLevel < 0 || parentLevel >= levels.size()) {
                throw new IllegalStateException("hierarchy table line " + lineNumber + ": bad nesting");
            }
            Spec parent = levels.get(parentLevel);
            Spec spec = statement(words, lineNumber);
            if (spec.keyword == null) {
                parent.setImplicit(spec);
            } else {
                children.add(new Spec[] {parent, spec});
            }
            levels.subList(parentLevel + 1, levels.size()).clear();
            levels.add(spec);
        }

        private void startLevels(Spec top) {
            levels.clear();
            levels.add(top);
        }

        private Spec statement(String[] words, int lineNumber) {
            boolean implicit = words[0].startsWith("<") && words[0].endsWith(">");
            String keyword = implicit ? null : words[0];
            Spec.Kind kind = implicit ? Spec.Kind.ENTRY : Spec.Kind.CONTAINER;
            Spec.Shape shape = new Spec.Shape();
            shape.element = implicit ? words[0].substring(1, words[0].length() - 1) : keyword;
            String like = null;
            for (int i = 1; i < words.length; i++) {
                String word = words[i];
                switch (word) {
                    case "leaf" -> kind = Spec.Kind.LEAF;
                    case "leaves" -> kind = Spec.Kind.LEAF_LIST;
                    case "entry" -> kind = Spec.Kind.ENTRY;
                    case "flag" -> shape.flag = true;
                    case "one" -> shape.inline = Spec.Inline.SINGLE_CHILD;
                    case "all" -> shape.inline = Spec.Inline.ALL_SIMPLE;
                    case "ordered" -> shape.ordered = true;
                    case "flat" -> shape.flat = true;
                    case "choice" -> shape.choice = true;
                    default -> like = attribute(shape, word, lineNumber, like);
                }
            }
            if (kind == Spec.Kind.ENTRY && shape.keyElements == null) {
                shape.keyElements = new String[] {"name"};
                shape.keyWords = new String[] {null};
            }
            Spec spec = new Spec(keyword, kind, shape, true);
            if (like != null) {
                likes.add(new Object[] {spec, like});
            }
            return spec;
        }

        private static String attribute(Spec.Shape shape, String word, int lineNumber, String like) {
            int equals = word.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException("hierarchy table line " + lineNumber + ": unknown word " + word);
            }
            String name = word.substring(0, equals);
            String value = word.substring(equals + 1);
            switch (name) {
                case "xml" -> shape.element = value;
                case "pos" -> shape.positional = value;
                case "key" -> keys(shape, value);
                case "like" -> {
                    return value;
                }
                default -> throw new IllegalStateException(
                        "hierarchy table line " + lineNumber + ": unknown attribute " + name);
            }
            return like;
        }

        /** {@code key=from-zone-name,to-zone:to-zone-name}: identifiers and the words before them. */
        private static void keys(Spec.Shape shape, String value) {
            String[] parts = value.split(",");
            shape.keyElements = new String[parts.length];
            shape.keyWords = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                int colon = parts[i].indexOf(':');
                shape.keyWords[i] = colon < 0 ? null : parts[i].substring(0, colon);
                shape.keyElements[i] = colon < 0 ? parts[i] : parts[i].substring(colon + 1);
            }
        }

        private Spec resolve(String like) {
            Spec target = like.equals("/") ? root : fragments.get(like);
            if (target == null) {
                throw new IllegalStateException("hierarchy table: no fragment named " + like);
            }
            return target;
        }

        private static Spec container(String keyword) {
            return new Spec(keyword, Spec.Kind.CONTAINER, new Spec.Shape(), true);
        }
    }
}
