package io.jmcp.netconf.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The device answered an RPC with one or more {@code <rpc-error>} elements of severity error
 * (or warnings, when the caller asked warnings to fail). Carries every error of the reply.
 */
public class RpcErrorException extends NetconfException {
    private final List<RpcError> errors;

    public RpcErrorException(List<RpcError> errors) {
        super(summarise(errors));
        this.errors = List.copyOf(errors);
    }

    public List<RpcError> errors() {
        return errors;
    }

    private static String summarise(List<RpcError> errors) {
        if (errors.isEmpty()) {
            return "rpc-error without details";
        }
        return errors.stream().map(RpcError::describe).collect(Collectors.joining("; "));
    }
}
