package io.jmcp.core.spi;


import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling a tool: the local user of a stdio server, or the holder of an HTTP bearer token.
 *
 * @param id     the token id, or {@code local} for stdio; recorded in the audit log
 * @param scopes what the caller may do
 */
public record Caller(String id, Set<Scope> scopes) {
    private static final Caller LOCAL = new Caller("local", EnumSet.allOf(Scope.class));

    public Caller {
        Objects.requireNonNull(id, "id");
        scopes = Set.copyOf(scopes);
    }

    /** The user who started a stdio server: trusted with every scope. */
    public static Caller local() {
        return LOCAL;
    }

    /** The same caller limited to reading, as every caller is when the server runs read-only. */
    public Caller readOnly() {
        return new Caller(id, scopes.isEmpty() ? Set.of() : Set.of(Scope.READ));
    }

    /** Whether the caller may change devices (run mutating tools and state-changing commands). */
    public boolean mayConfigure() {
        return scopes.contains(Scope.CONFIG);
    }

    /** Whether the caller may read from devices: read-only tools and resources. */
    public boolean mayRead() {
        return mayConfigure() || scopes.contains(Scope.READ);
    }

    /** Read-only tools need no scope beyond reading; every other tool needs {@link Scope#CONFIG}. */
    public boolean mayCall(ToolDefinition tool) {
        return mayConfigure() || tool.annotations().readOnly() && mayRead();
    }

    /** A prompt that leads to configuration changes needs {@link Scope#CONFIG}; any other, reading. */
    public boolean mayUse(PromptDefinition prompt) {
        return mayConfigure() || !prompt.changesConfiguration() && mayRead();
    }
}
