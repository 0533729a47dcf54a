package io.jmcp.simulator.internal.netconf;

import java.util.List;

/**
 * An RPC failed; the reply carries these errors directly under {@code <rpc-reply>}. Handlers
 * whose results nest errors (load, commit) write them themselves instead.
 */
public final class RpcException extends RuntimeException {
    private final List<JunosError> errors;

    public RpcException(JunosError error) {
        this(List.of(error));
    }

    public RpcException(List<JunosError> errors) {
        super(errors.isEmpty() ? "rpc failed" : errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<JunosError> errors() {
        return errors;
    }
}
