package io.jmcp.netconf.config;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.config.Lexer.Token;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Junos configuration: a tree of statements that reads and writes every format Junos uses
 * (curly-brace text, set lines, XML, JSON) and loads changes with Junos semantics.
 *
 * <p>Copies are cheap and share structure: a configuration changes only its own nodes and clones
 * shared ones on write, so a device can keep fifty rollbacks that are mostly the same tree.
 * {@link #load} returns a new configuration and leaves this one as it was; {@link #applySet}
 * changes this one, all or nothing. Instances are not thread-safe for writing; share them between
 * threads only while nobody writes to them.
 */
public final class Configuration {

    private Node root;
    private Object owner;
    private List<ConfigWarning> warnings = List.of();

    private Configuration(Node root, Object owner) {
        this.root = root;
        this.owner = owner;
    }

    public static Configuration empty() {
        Object owner = new Object();
        return new Configuration(Node.root(owner), owner);
    }

    /**
     * Reads a configuration in any format. Load marks in the payload act as on an empty
     * configuration ({@code delete:} finds nothing and warns; see {@link #warnings()}).
     *
     * @throws ConfigSyntaxException with the line and a Junos-like message when the payload is malformed
     */
    public static Configuration parse(String payload, ConfigFormat format) {
        return empty().load(format == ConfigFormat.SET ? LoadAction.SET : LoadAction.MERGE, payload, format);
    }

    /** An independent configuration with the same statements (cheap: structure is shared until written). */
    public Configuration copy() {
        Configuration copy = new Configuration(root, new Object());
        owner = new Object();
        return copy;
    }

    /**
     * Loads a payload the way {@code load-configuration} does and returns the resulting
     * configuration; this one is unchanged. MERGE adds and changes statements; REPLACE also
     * replaces the statements tagged {@code replace:} (text) or {@code replace="replace"} (XML);
     * OVERRIDE and UPDATE result in exactly the payload; SET applies {@code set}/{@code delete}/
     * {@code activate}/{@code deactivate}/{@code insert} lines (as does any load of SET format).
     * {@code delete:} tags delete in every action. What Junos would only warn about (deleting what
     * is not there) is listed in the result's {@link #warnings()}.
     *
     * @throws ConfigSyntaxException when the payload is malformed; nothing is loaded then
     */
    public Configuration load(LoadAction action, String payload, ConfigFormat format) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(format, "format");
        boolean fresh = action == LoadAction.OVERRIDE || action == LoadAction.UPDATE;
        Configuration result = fresh ? empty() : copy();
        Loader loader = new Loader(result.editableRoot(), result.owner);
        if (format == ConfigFormat.SET || action == LoadAction.SET) {
            requireSetLines(format);
            SetCommand.parseAll(payload).forEach(loader::apply);
        } else {
            loader.merge(parsePatch(payload, format, new Object()), action == LoadAction.REPLACE);
        }
        result.warnings = List.copyOf(loader.warnings());
        return result;
    }

    /**
     * Applies {@code set}/{@code delete}/{@code activate}/{@code deactivate}/{@code protect}/
     * {@code unprotect}/{@code insert} lines to this configuration, all of them or (on error) none.
     *
     * @return what Junos would warn about, e.g. deleting a statement that is not there
     * @throws ConfigSyntaxException with the line of the first malformed command
     */
    public List<ConfigWarning> applySet(String lines) {
        Configuration next = load(LoadAction.SET, lines, ConfigFormat.SET);
        root = next.root;
        owner = next.owner;
        return next.warnings;
    }

    /** The warnings of the load that produced this configuration (empty for other configurations). */
    public List<ConfigWarning> warnings() {
        return warnings;
    }

    /**
     * Just the hierarchy at {@code path} ({@code "protocols bgp"}, {@code "interfaces ge-0/0/0"}),
     * with its ancestors, as {@code get-configuration} returns for a subtree filter. A list keyword
     * without identifier ({@code "protocols bgp group"}) keeps every entry. Empty when absent.
     * The result shares structure with this configuration, like {@link #copy()}.
     *
     * @throws ConfigSyntaxException when the path is malformed
     */
    public Optional<Configuration> subtree(String path) {
        List<Token> words = PathWalker.tokenize(Objects.requireNonNull(path, "path"), 0);
        Object subtreeOwner = new Object();
        Optional<Node> extracted = Subtrees.extract(root, words, subtreeOwner);
        owner = new Object();
        return extracted.map(tree -> new Configuration(tree, subtreeOwner));
    }

    /**
     * What {@code show configuration <path>} prints: the statements inside the hierarchy at
     * {@code path}, at column 0 (for a leaf, its own line). Empty when absent.
     *
     * @throws ConfigSyntaxException when the path is malformed
     */
    public Optional<String> textAt(String path) {
        List<Token> words = PathWalker.tokenize(Objects.requireNonNull(path, "path"), 0);
        return Subtrees.show(root, words);
    }

    /**
     * The statements Junos would refuse on this platform family: unknown to its schema
     * ({@code syntax error}) or with a value failing the schema's pattern. Only what is provably
     * wrong is listed (see {@link SchemaValidator}).
     *
     * @param family the device's family, or null to accept what any family has
     */
    public List<SchemaViolation> schemaViolations(PlatformFamily family) {
        return SchemaValidator.validate(root, family);
    }

    /**
     * This configuration as a device of {@code family} prints it: the same statements, ordered
     * as that family's schema orders them where it differs from the others' (a few levels such as
     * {@code protocols}; see {@link StatementOrder}). Print the result; it may be this configuration.
     */
    public Configuration inFamilyOrder(PlatformFamily family) {
        Object token = new Object();
        Node reordered = StatementOrder.inFamilyOrder(root, family, token);
        return reordered == root ? this : new Configuration(reordered, token);
    }

    public boolean isEmpty() {
        return root.childCount() == 0;
    }

    /** As {@code show configuration} prints it. */
    public String toText() {
        return TextRenderer.render(root);
    }

    /** As {@code show configuration | display set} prints it, one command per line. */
    public String toSet() {
        List<String> lines = SetWriter.lines(root);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** As {@code get-configuration} returns it: a {@code <configuration>} element. */
    public String toXml() {
        return XmlFormat.write(ElementMapper.toElement(root));
    }

    /** As {@code show configuration | display json} prints it. */
    public String toJson() {
        return JsonFormat.write(ElementMapper.toElement(root));
    }

    public String render(ConfigFormat format) {
        return switch (Objects.requireNonNull(format, "format")) {
            case TEXT -> toText();
            case SET -> toSet();
            case XML -> toXml();
            case JSON -> toJson();
        };
    }

    /** The statements of a payload with the load marks it carries, before any load. */
    static Node parsePatch(String payload, ConfigFormat format, Object owner) {
        return switch (format) {
            case TEXT -> TextParser.parse(payload, owner);
            case XML -> ElementMapper.toNode(XmlFormat.read(payload), owner);
            case JSON -> ElementMapper.toNode(JsonFormat.read(payload), owner);
            case SET -> throw new IllegalArgumentException("set lines are commands, not a statement tree");
        };
    }

    Node root() {
        return root;
    }

    private Node editableRoot() {
        root = root.editable(owner);
        return root;
    }

    private static void requireSetLines(ConfigFormat format) {
        if (format == ConfigFormat.XML || format == ConfigFormat.JSON) {
            throw new ConfigSyntaxException(0, "load action set takes set lines, not " + format.attributeValue(), null);
        }
    }

    /** Equal when the statements are equal: same tree, values, state and order. */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Configuration that && root.equals(that.root));
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    @Override
    public String toString() {
        return toText();
    }
}
