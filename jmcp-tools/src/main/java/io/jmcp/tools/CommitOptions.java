package io.jmcp.tools;

import io.jmcp.core.spi.ToolArguments;

import java.util.OptionalInt;

/**
 * How a configuration change ends once its commit check passed.
 *
 * @param comment          the commit log comment
 * @param confirmedMinutes when not null, a {@code commit confirmed}: the router rolls back unless
 *                         confirm_commit follows within that many minutes
 * @param dryRun           stop after the commit check and discard the candidate
 */
record CommitOptions(String comment, Integer confirmedMinutes, boolean dryRun) {
    static final int MAX_CONFIRMED_MINUTES = 65_535;

    /** The JSON Schema properties of these options, for the input schemas of the tools that take them. */
    static final String SCHEMA_PROPERTIES = """
            "commit_comment": {"type": "string", "description": "Commit comment recorded in the router's commit log"},
            "confirmed_minutes": {"type": "integer", "minimum": 1, "maximum": 65535,
                                  "description": "Commit confirmed: the router rolls back to the previous configuration after this many minutes unless confirm_commit is called"},
            "dry_run": {"type": "boolean", "default": false,
                        "description": "Only load, show the diff and run a commit check; then discard the change without committing"}
            """;

    /** The options from a tool's {@code commit_comment}, {@code confirmed_minutes} and {@code dry_run} arguments. */
    static CommitOptions from(ToolArguments args, String defaultComment) {
        String comment = args.optionalString("commit_comment").orElse(defaultComment);
        OptionalInt minutes = args.optionalInt("confirmed_minutes", 1, MAX_CONFIRMED_MINUTES);
        return new CommitOptions(comment, minutes.isPresent() ? Integer.valueOf(minutes.getAsInt()) : null,
                args.optionalBoolean("dry_run", false));
    }

    boolean confirmed() {
        return confirmedMinutes != null;
    }

    /** The router's commit these options ask for: with the comment, confirmed when {@link #confirmed()}. */
    io.jmcp.netconf.CommitOptions routerCommit() {
        return confirmed() ? confirmedCommit(comment, confirmedMinutes)
                : io.jmcp.netconf.CommitOptions.comment(comment);
    }

    /** A {@code commit confirmed} with {@code comment}: rolled back unless confirmed within {@code minutes}. */
    static io.jmcp.netconf.CommitOptions confirmedCommit(String comment, int minutes) {
        return io.jmcp.netconf.CommitOptions.builder().comment(comment).confirmedMinutes(minutes).build();
    }
}
