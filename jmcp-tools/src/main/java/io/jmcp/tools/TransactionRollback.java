package io.jmcp.tools;

import io.jmcp.netconf.CandidateEdit;
import io.jmcp.netconf.CommitOptions;

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
     * @param edit the router's candidate, locked
     * @return the rollback number loaded and committed, or empty when the transaction's commit never
     *         took effect there
     */
    static OptionalInt undo(CandidateEdit edit, String mark, String comment) {
        OptionalInt commit = CommitHistory.of(edit.device()).oldestCommentedWith(mark);
        if (commit.isEmpty()) {
            return OptionalInt.empty();
        }
        int before = commit.getAsInt() + 1;
        edit.rollback(before);
        edit.commit(CommitOptions.comment(comment));
        return OptionalInt.of(before);
    }
}
