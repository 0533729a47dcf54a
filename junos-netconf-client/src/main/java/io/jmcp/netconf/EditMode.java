package io.jmcp.netconf;

/** How a {@link CandidateEdit} holds the candidate configuration, as PyEZ's {@code Config(mode=...)}. */
public enum EditMode {
    /**
     * {@code configure exclusive}: the shared candidate under the configuration lock. Junos refuses
     * the lock while the candidate holds anyone's uncommitted changes, so a commit carries this
     * edit's change only; other sessions cannot change the candidate between diff, check and
     * commit; {@code commit confirmed} is allowed.
     */
    EXCLUSIVE,
    /**
     * {@code configure private}: a copy of the committed configuration of this session's own; other
     * sessions keep editing the shared candidate. Junos refuses it while the shared candidate holds
     * uncommitted changes, refuses {@code commit confirmed} in it, and refuses the commit when
     * someone else committed in between.
     */
    PRIVATE
}
