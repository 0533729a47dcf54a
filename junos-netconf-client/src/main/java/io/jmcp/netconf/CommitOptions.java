package io.jmcp.netconf;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to commit, as PyEZ's {@code cu.commit(comment=, confirm=, sync=)} and the Junos CLI's
 * {@code commit check | confirmed N | synchronize | comment "..."} say it. Immutable.
 *
 * <pre>{@code
 * edit.commit(CommitOptions.builder().comment("JIRA-42").confirmedMinutes(5).build());
 * }</pre>
 */
public final class CommitOptions {
    /** A plain commit: no comment, not confirmed, this routing engine only. */
    public static final CommitOptions DEFAULT = builder().build();

    private final String comment;
    private final Integer confirmedMinutes;
    private final boolean checkOnly;
    private final boolean synchronize;

    private CommitOptions(Builder builder) {
        this.comment = builder.comment;
        this.confirmedMinutes = builder.confirmedMinutes;
        this.checkOnly = builder.checkOnly;
        this.synchronize = builder.synchronize;
        if (checkOnly && confirmedMinutes != null) {
            throw new IllegalArgumentException("a commit check commits nothing, so it cannot be confirmed");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A commit with a log comment. */
    public static CommitOptions comment(String comment) {
        return builder().comment(comment).build();
    }

    /** {@code commit check}: validate the candidate, commit nothing. */
    public static CommitOptions checkOnly() {
        return builder().checkOnly().build();
    }

    /** The commit log comment. */
    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    /** For {@code commit confirmed}: minutes before Junos rolls back unless the commit is confirmed. */
    public OptionalInt confirmedMinutes() {
        return confirmedMinutes == null ? OptionalInt.empty() : OptionalInt.of(confirmedMinutes);
    }

    public boolean isCheckOnly() {
        return checkOnly;
    }

    /** {@code commit synchronize}: commit on both routing engines of a dual-RE device. */
    public boolean isSynchronize() {
        return synchronize;
    }

    @Override
    public String toString() {
        return "CommitOptions[" + (checkOnly ? "check" : "commit")
                + (synchronize ? ", synchronize" : "")
                + (confirmedMinutes != null ? ", confirmed " + confirmedMinutes + " min" : "")
                + (comment != null ? ", comment" : "") + "]";
    }

    public static final class Builder {
        private String comment;
        private Integer confirmedMinutes;
        private boolean checkOnly;
        private boolean synchronize;

        private Builder() {
        }

        /** The commit log comment; blank means none. */
        public Builder comment(String comment) {
            this.comment = comment == null || comment.isBlank() ? null : comment;
            return this;
        }

        /**
         * Makes it a {@code commit confirmed}: Junos rolls back after {@code minutes} (1 to 65535)
         * unless a plain commit ({@link CandidateEdit#confirm()}) follows in time.
         */
        public Builder confirmedMinutes(int minutes) {
            if (minutes < 1 || minutes > JunosRequests.MAX_CONFIRM_MINUTES) {
                throw new IllegalArgumentException("confirmed minutes must be 1 to "
                        + JunosRequests.MAX_CONFIRM_MINUTES + ", was " + minutes);
            }
            this.confirmedMinutes = minutes;
            return this;
        }

        /** Validates only ({@code commit check}). */
        public Builder checkOnly() {
            this.checkOnly = true;
            return this;
        }

        /** Commits on both routing engines ({@code commit synchronize}). */
        public Builder synchronize() {
            this.synchronize = true;
            return this;
        }

        public CommitOptions build() {
            return new CommitOptions(this);
        }
    }
}
