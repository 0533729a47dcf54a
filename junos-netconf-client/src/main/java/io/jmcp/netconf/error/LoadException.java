package io.jmcp.netconf.error;

import java.util.List;

/**
 * The device refused configuration to load (a syntax error, an unknown statement, a rollback that
 * does not exist). {@link #errors()} holds each error Junos found in the payload, with its path
 * and the statement at fault.
 */
public class LoadException extends RpcErrorException {
    public LoadException(List<RpcError> errors) {
        super(errors);
    }
}
