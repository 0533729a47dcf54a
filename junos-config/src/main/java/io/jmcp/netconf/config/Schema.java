package io.jmcp.netconf.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Junos hierarchy knowledge of the model: specs derived on demand from Juniper's schema
 * ({@link JunosSchema}: kinds, keys, value types, {@code junos:cli-feature} hints), and the
 * fallback specs given to statements the schema does not know.
 *
 * <p>How a statement reads and prints follows from the YANG: a leaf of type {@code empty} is a
 * flag; a {@code nokeyword} leaf is a value written right after its statement's keyword
 * ({@code local-as 64611}); {@code oneliner} statements print their simple children on their own
 * line; {@code homogeneous} lists print their entries in one block ({@code clients { 10/8; }});
 * list keys after the first are written with their keyword unless {@code nokeyword}. The few text
 * layouts the YANG does not record (lists whose keyword the CLI omits, lists the CLI groups in one
 * block without the hint, one list whose CLI keyword differs from its name) are listed below.
 */
final class Schema {

    /** Marks "no such child" in the specs' caches, which cannot hold null. */
    static final Spec ABSENT = fallback(Spec.Kind.CONTAINER, null);
    static final Spec ROOT;

    /** Lists whose keyword the CLI never prints: parent statement / list ({@code interfaces { ge-0/0/0 {} }}). */
    private static final Set<String> KEYWORDLESS_LISTS = Set.of(
            "interfaces/interface", "routing-instances/instance", "vlans/vlan", "bridge-domains/domain",
            "file/contents", "host/contents", "user/contents", "prefix-list/prefix-list-item",
            "server-group/server-group", "server-group/address", "client-list/client-address-list");
    /** Lists the CLI prints in one block ({@code name-server { 8.8.8.8; }}) whose YANG lacks {@code homogeneous}. */
    private static final Set<String> GROUPED_LISTS = Set.of(
            "configuration/groups", "configuration/logical-systems", "system/name-server",
            "system/tacplus-server", "system/radius-server", "tacplus/server", "radius/server",
            "security-zone/interfaces", "management/interfaces", "host-inbound-traffic/system-services",
            "host-inbound-traffic/protocols");
    /**
     * Statements whose CLI keyword is not their YANG name: parent / keyword -> name ({@code *} for
     * any parent). YANG names cannot start with a digit, so Juniper prefixes {@code 802.3ad}.
     */
    private static final Map<String, String> RENAMED = Map.of(
            "policies/from-zone", "policy", "*/802.3ad", "ieee-802.3ad");
    /** The keywords {@link #RENAMED} maps, so that other words (most of them identifiers) skip the look-up. */
    private static final Set<String> RENAMED_KEYWORDS = RENAMED.keySet().stream()
            .map(parentAndKeyword -> parentAndKeyword.substring(parentAndKeyword.indexOf('/') + 1))
            .collect(Collectors.toUnmodifiableSet());
    /** Containers whose keyword Junos prints before each child's ({@code family inet { ... }}). */
    private static final Set<String> CHAINED_CONTAINERS = Set.of("family");
    /** Keys written with a keyword other than their YANG name: list / key -> keyword. */
    private static final Map<String, String> KEY_KEYWORDS = Map.of("policy/to-zone-name", "to-zone");
    /** Statements every level accepts, even below statements the schema does not know. */
    private static final Set<String> GLOBAL = Set.of("apply-groups", "apply-groups-except", "apply-macro");

    private static final Spec UNKNOWN_CONTAINER = fallback(Spec.Kind.CONTAINER, null);
    private static final Spec UNKNOWN_VALUE = unknownValueSpec();
    private static final Spec UNKNOWN_LEAF_LIST = fallback(Spec.Kind.LEAF_LIST, null);
    private static final Spec UNKNOWN_ENTRY = fallback(Spec.Kind.ENTRY, null);
    private static final Map<String, Spec> UNKNOWN_IMPLICIT = new ConcurrentHashMap<>();

    /** Specs of statements reached by their keyword, and of keyword-less entries, per schema node. */
    private static final Map<SchemaStatement, Spec> BY_STATEMENT = new ConcurrentHashMap<>();
    private static final Map<SchemaStatement, Spec> ENTRIES = new ConcurrentHashMap<>();

    /** Junos element names: what a keyword must look like to be written as an XML element. */
    private static final Pattern ELEMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    static {
        Spec.Shape shape = new Spec.Shape();
        ROOT = new Spec(null, Spec.Kind.CONTAINER, shape, JunosSchema.standard().root());
    }

    private Schema() {
    }

    /** The spec of {@code keyword} under {@code parent}, or null when the schema does not know it there. */
    static Spec lookup(Spec parent, String keyword) {
        Spec own = parent.child(keyword);
        if (own == null && parent.statement == null && GLOBAL.contains(keyword)) {
            return ROOT.child(keyword);
        }
        return own;
    }

    /** The spec reached by an XML element under {@code parent}, or null when unknown. */
    static Spec lookupElement(Spec parent, String element) {
        Spec own = parent.childByElement(element);
        if (own == null && parent.statement == null && GLOBAL.contains(element)) {
            return ROOT.childByElement(element);
        }
        return own;
    }

    static Spec childByKeyword(Spec parent, String keyword) {
        if (parent.flat) {
            return null;
        }
        SchemaStatement level = parent.statement;
        String name = renamedName(level, keyword);
        SchemaStatement child = level.child(name != null ? name : keyword);
        if (child == null || isKeywordless(level, child) || name == null && renamedKeyword(level, keyword) != null) {
            return null;
        }
        return BY_STATEMENT.computeIfAbsent(child, statement -> build(level, statement, keyword));
    }

    static Spec childByElement(Spec parent, String element) {
        if (parent.flat) {
            return null;
        }
        SchemaStatement level = parent.statement;
        SchemaStatement child = level.child(element);
        if (child == null) {
            return null;
        }
        if (isKeywordless(level, child)) {
            return implicitEntries(parent);
        }
        String keyword = renamedKeyword(level, element);
        return childByKeyword(parent, keyword != null ? keyword : element);
    }

    /** The entries of the list whose keyword the text omits at this level, or null when none. */
    static Spec implicitEntries(Spec parent) {
        SchemaStatement level = parent.statement;
        if (parent.flat) {
            return ENTRIES.computeIfAbsent(level, list -> entries(list, false));
        }
        for (SchemaStatement child : level.children()) {
            if (isKeywordless(level, child)) {
                return ENTRIES.computeIfAbsent(child, list -> entries(list, true));
            }
        }
        return null;
    }

    /** The YANG name of the statement written {@code keyword} under {@code level}, or null when not renamed. */
    private static String renamedName(SchemaStatement level, String keyword) {
        if (!RENAMED_KEYWORDS.contains(keyword)) {
            return null;
        }
        String name = RENAMED.get(level.name() + "/" + keyword);
        return name != null ? name : RENAMED.get("*/" + keyword);
    }

    /** The CLI keyword of the statement named {@code name} under {@code level} when renamed, else null. */
    private static String renamedKeyword(SchemaStatement level, String name) {
        for (Map.Entry<String, String> rename : RENAMED.entrySet()) {
            String parent = rename.getKey().substring(0, rename.getKey().indexOf('/'));
            if (rename.getValue().equals(name) && (parent.equals("*") || parent.equals(level.name()))) {
                return rename.getKey().substring(parent.length() + 1);
            }
        }
        return null;
    }

    private static boolean isKeywordless(SchemaStatement level, SchemaStatement child) {
        return child.kind() == StatementKind.LIST && KEYWORDLESS_LISTS.contains(level.name() + "/" + child.name());
    }

    private static Spec build(SchemaStatement level, SchemaStatement statement, String keyword) {
        Spec.Shape shape = new Spec.Shape();
        shape.element = statement.name();
        return switch (statement.kind()) {
            case LEAF -> {
                shape.flag = statement.valueType() != null && statement.valueType().isEmpty();
                yield new Spec(keyword, shape.flag ? Spec.Kind.CONTAINER : Spec.Kind.LEAF, shape, statement);
            }
            case LEAF_LIST -> new Spec(keyword, Spec.Kind.LEAF_LIST, shape, statement);
            case CONTAINER, PRESENCE_CONTAINER -> {
                shape.positional = positionalValue(statement);
                shape.inline = inlineOf(statement, shape.positional);
                shape.chained = CHAINED_CONTAINERS.contains(statement.name());
                yield new Spec(keyword, Spec.Kind.CONTAINER, shape, statement);
            }
            case LIST -> {
                if (isGrouped(level, statement)) {
                    shape.flat = true;
                    shape.ordered = statement.orderedByUser();
                    yield new Spec(keyword, Spec.Kind.CONTAINER, shape, statement);
                }
                entryShape(statement, shape);
                yield new Spec(keyword, Spec.Kind.ENTRY, shape, statement);
            }
        };
    }

    /** @param keywordless entries stand alone in their parent's block ({@code any notice;}) */
    private static Spec entries(SchemaStatement list, boolean keywordless) {
        Spec.Shape shape = new Spec.Shape();
        shape.element = list.name();
        entryShape(list, shape);
        if (shape.inline == Spec.Inline.NEVER && (keywordless && onlyLeaves(list) || isAddressWithExcept(list))) {
            shape.inline = Spec.Inline.ALL_SIMPLE;
        }
        return new Spec(null, Spec.Kind.ENTRY, shape, list);
    }

    private static void entryShape(SchemaStatement list, Spec.Shape shape) {
        List<String> keys = list.keys();
        shape.keyElements = keys.toArray(String[]::new);
        shape.keyWords = new String[keys.size()];
        for (int i = 1; i < keys.size(); i++) {
            shape.keyWords[i] = keyWord(list, keys.get(i));
        }
        shape.positional = positionalValue(list);
        shape.ordered = list.orderedByUser();
        boolean matchType = keys.contains(Spec.CHOICE_VALUE);
        shape.inline = matchType ? Spec.Inline.ALL_SIMPLE : inlineOf(list, shape.positional);
    }

    /** Entries holding only values and flags print on one line ({@code any notice;}), hint or not. */
    private static boolean onlyLeaves(SchemaStatement list) {
        return list.children().stream().allMatch(child -> GLOBAL.contains(child.name())
                || child.kind() == StatementKind.LEAF || child.kind() == StatementKind.LEAF_LIST);
    }

    /** The word before a key after the first: none for {@code nokeyword} keys and match types. */
    private static String keyWord(SchemaStatement list, String key) {
        String renamed = KEY_KEYWORDS.get(list.name() + "/" + key);
        if (renamed != null) {
            return renamed;
        }
        SchemaStatement leaf = list.child(key);
        boolean bare = leaf == null || leaf.hasCliFeature("nokeyword")
                || key.equals("choice-ident") || key.equals(Spec.CHOICE_VALUE);
        return bare ? null : key;
    }

    /**
     * The {@code nokeyword} value of a container or entry besides its keys ({@code local-as 64611}).
     * Keyword-less leaves right after an empty presence container are that container's values in
     * Juniper's YANG ({@code priority 7 0} is {@code container priority; leaf setup-priority;
     * leaf reservation-priority}), not the statement's own.
     */
    private static String positionalValue(SchemaStatement statement) {
        List<String> keys = statement.keys();
        boolean afterBareKeyword = false;
        for (SchemaStatement child : statement.children()) {
            boolean keywordless = child.kind() == StatementKind.LEAF && child.hasCliFeature("nokeyword");
            if (keywordless && !afterBareKeyword && !keys.contains(child.name()) && !child.valueType().isEmpty()) {
                return child.name();
            }
            boolean bareKeyword = child.kind() == StatementKind.PRESENCE_CONTAINER && child.children().isEmpty();
            afterBareKeyword = bareKeyword || afterBareKeyword && keywordless;
        }
        return null;
    }

    /**
     * {@code oneliner}: simple children on the statement's line. {@code oneliner-plus}: one child
     * there ({@code then accept;}), or, for a presence statement, only values and flags
     * ({@code archive size 1m files 3;}). A keyword-less value that is not a keyword of an
     * enumeration goes on the head line too ({@code range 1000 to 2000;}); an enumerated one is a
     * statement of its own in the block ({@code default-policy { deny-all; }}).
     */
    private static Spec.Inline inlineOf(SchemaStatement statement, String positional) {
        if (statement.hasCliFeature("oneliner")) {
            return Spec.Inline.ALL_SIMPLE;
        }
        if (statement.hasCliFeature("oneliner-plus")) {
            return statement.kind() == StatementKind.PRESENCE_CONTAINER ? Spec.Inline.ALL_SIMPLE : Spec.Inline.SINGLE_CHILD;
        }
        if (positional != null && statement.child(positional).valueType().enumeration().isEmpty()) {
            return Spec.Inline.ALL_SIMPLE;
        }
        return Spec.Inline.NEVER;
    }

    /**
     * Lists printed as one block of entries: {@code homogeneous} ones, the few listed, and lists of
     * bare names with {@code except} ({@code source-address { 10/8; 10.1/16 except; }}).
     */
    private static boolean isGrouped(SchemaStatement level, SchemaStatement list) {
        return list.hasCliFeature("homogeneous") || GROUPED_LISTS.contains(level.name() + "/" + list.name())
                || isBareNamesWithExcept(list);
    }

    /** {@code 10.0.0.0/8 except;} on one line; an enumerated name is a keyword: {@code ssh { except; }}. */
    private static boolean isAddressWithExcept(SchemaStatement list) {
        SchemaStatement key = list.child(list.keys().get(0));
        return isBareNamesWithExcept(list) && key.valueType() != null && key.valueType().enumeration().isEmpty();
    }

    private static boolean isBareNamesWithExcept(SchemaStatement list) {
        SchemaStatement except = list.child("except");
        return list.keys().size() == 1 && except != null && except.kind() == StatementKind.LEAF
                && list.children().stream().allMatch(child -> child.name().equals(list.keys().get(0))
                        || child.name().equals("except") || GLOBAL.contains(child.name()));
    }

    /**
     * The fallback spec of a statement the schema does not know, of the kind its syntax shows. A
     * value ({@code a b;}) is {@linkplain Spec#unknownValue an entry named by it}: see {@link PathWalker}.
     */
    static Spec unknown(Spec.Kind kind) {
        return switch (kind) {
            case CONTAINER -> UNKNOWN_CONTAINER;
            case LEAF -> UNKNOWN_VALUE;
            case LEAF_LIST -> UNKNOWN_LEAF_LIST;
            case ENTRY -> UNKNOWN_ENTRY;
        };
    }

    /**
     * The spec of the entries of an implicit list the schema does not know. Junos names such list
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

    private static Spec fallback(Spec.Kind kind, String implicitElement) {
        return new Spec(null, kind, fallbackShape(kind, implicitElement), null);
    }

    private static Spec unknownValueSpec() {
        Spec.Shape shape = fallbackShape(Spec.Kind.ENTRY, null);
        shape.unknownValue = true;
        return new Spec(null, Spec.Kind.ENTRY, shape, null);
    }

    private static Spec.Shape fallbackShape(Spec.Kind kind, String implicitElement) {
        Spec.Shape shape = new Spec.Shape();
        shape.element = implicitElement;
        shape.known = false;
        if (kind == Spec.Kind.ENTRY) {
            shape.keyElements = new String[] {"name"};
            shape.keyWords = new String[] {null};
        }
        return shape;
    }
}
