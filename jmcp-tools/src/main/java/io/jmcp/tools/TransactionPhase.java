package io.jmcp.tools;

import java.util.Locale;

/** The phases of a {@link NetworkTransaction}, in order, and the undo that follows a failure. */
enum TransactionPhase {
    PREPARE("phase 1/4, prepare", "lock, load, diff and commit check"),
    APPROVAL("approval", "the user's approval of every diff"),
    COMMIT("phase 2/4, commit", "commit confirmed"),
    PROVE("phase 3/4, prove", "reachability proof on a new NETCONF session"),
    CONFIRM("phase 4/4, confirm", "confirming commit"),
    ROLLBACK("rollback", "rollback of the routers already committed");

    private final String label;
    private final String work;

    TransactionPhase(String label, String work) {
        this.label = label;
        this.work = work;
    }

    /** e.g. "phase 2/4, commit", for progress messages. */
    String label() {
        return label;
    }

    /** What the phase does, e.g. "commit confirmed". */
    String work() {
        return work;
    }

    String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
