package io.jmcp.netconf.error;

import java.util.List;

/**
 * The device refused a commit or a commit check: the candidate did not check out (a missing
 * statement, a commit script's error) or could not be committed. The candidate is unchanged and
 * still holds the change; {@link #errors()} says what Junos found.
 */
public class CommitException extends RpcErrorException {
    public CommitException(List<RpcError> errors) {
        super(errors);
    }
}
