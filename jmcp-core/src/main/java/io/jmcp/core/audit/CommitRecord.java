package io.jmcp.core.audit;

/**
 * What a commit changed, for the audit log: the {@code show | compare} diff, with secret values
 * redacted and long diffs cut, and the commit comment.
 *
 * @param comment the commit comment, or null
 */
public record CommitRecord(String diff, String comment) {
    static final int MAX_DIFF_CHARS = 64 * 1024;
    static final int MAX_COMMENT_CHARS = 1024;

    public CommitRecord {
        diff = Truncation.cut(SecretRedactor.redact(diff == null ? "" : diff), MAX_DIFF_CHARS);
        comment = comment == null ? null : Truncation.cut(comment, MAX_COMMENT_CHARS);
    }
}
