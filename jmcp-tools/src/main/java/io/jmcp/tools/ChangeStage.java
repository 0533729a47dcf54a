package io.jmcp.tools;

/**
 * The steps of a {@link ConfigChange}, in order, and what a failure at each one leaves on the router.
 * A lost session (connection dropped, RPC timed out) ends the NETCONF session, and Junos then
 * discards that session's uncommitted changes and releases its lock by itself.
 */
enum ChangeStage {
    CONNECT("connecting"),
    LOCK("locking the candidate configuration"),
    LOAD("loading the configuration"),
    COMPARE("comparing the candidate with the active configuration"),
    CHECK("checking the commit"),
    COMMIT("committing"),
    CONFIRM("confirming the commit confirmed after the reachability proof");

    private static final String NOTHING_CHANGED = "Nothing was changed on the router.";
    private static final String DISCARDED =
            "The candidate was discarded and the lock released: the active configuration is unchanged.";
    private static final String SESSION_ENDED = "The session ended, so the router discards the uncommitted "
            + "candidate and releases the lock: the active configuration is unchanged.";
    private static final String OUTCOME_UNKNOWN = "The router may or may not have committed: check with "
            + "junos_config_diff before trying again.";
    private static final String NOT_CONFIRMED = "The commit confirmed may not be confirmed: unless it is, the router "
            + "rolls back to the previous configuration by itself when its minutes are up.";

    private final String activity;

    ChangeStage(String activity) {
        this.activity = activity;
    }

    /** What the failure means for the router's configuration. */
    String outcome(boolean sessionLost) {
        return switch (this) {
            case CONNECT, LOCK -> NOTHING_CHANGED;
            case COMMIT -> sessionLost ? OUTCOME_UNKNOWN : DISCARDED;
            case CONFIRM -> NOT_CONFIRMED;
            default -> sessionLost ? SESSION_ENDED : DISCARDED;
        };
    }

    /** The sentence that follows a device failure's own message. */
    String failed(boolean sessionLost) {
        return "Failed while " + activity + ". " + outcome(sessionLost);
    }
}
