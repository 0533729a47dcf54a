package io.jmcp.tools;

import io.jmcp.netconf.JunosDevice;

import java.util.OptionalInt;

/**
 * Undoes a {@link NetworkTransaction}'s commits on one router: finds its first commit by the
 * transaction's mark in the router's commit history, loads the configuration before it and commits
 * that. Found by its mark rather than assumed to be the newest, because a lost session leaves
 * unknown whether the commit took effect, and a confirming commit adds an entry above it.
 */
final class TransactionRollback {

    private TransactionRollback() {
    }

    /**
     * @param device the router's session, its candidate locked
     * @return the rollback number loaded and committed, or empty when the transaction's commit never
     *         took effect there
     */
    static OptionalInt undo(JunosDevice device, String mark, String comment) {
        OptionalInt commit = CommitHistory.of(device).oldestCommentedWith(mark);
        if (commit.isEmpty()) {
            return OptionalInt.empty();
        }
        int before = commit.getAsInt() + 1;
        device.loadRollback(before);
        device.commit(comment, null);
        return OptionalInt.of(before);
    }
}
