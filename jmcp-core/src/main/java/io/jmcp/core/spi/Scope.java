package io.jmcp.core.spi;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a bearer token may do: {@code read} sees and calls only read-only tools, {@code config} everything. */
public enum Scope {
    READ("read"),
    CONFIG("config");

    /** Tokens that name no scope get full access, as they did in the seed project. */
    public static final Scope DEFAULT = CONFIG;

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the token file and on the command line. */
    public String wireName() {
        return wireName;
    }

    /**
     * The scope with this wire name.
     *
     * @throws IllegalArgumentException naming the bad value and the valid ones
     */
    public static Scope fromWireName(String name) {
        for (Scope scope : values()) {
            if (scope.wireName.equals(name)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a scope; use " + validNames());
    }

    private static String validNames() {
        return Arrays.stream(values()).map(Scope::wireName).collect(Collectors.joining(" or "));
    }
}
