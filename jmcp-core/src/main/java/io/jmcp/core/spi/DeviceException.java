package io.jmcp.core.spi;

import io.jmcp.netconf.error.AuthenticationException;
import io.jmcp.netconf.error.HostKeyException;
import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.error.TransportException;

/**
 * A device operation failed; the message names the router and the kind of failure, followed by
 * the client library's details. The library's exception is the cause.
 */
public class DeviceException extends ToolException {

    private DeviceException(String message, NetconfException cause) {
        super(message, cause);
    }

    public static DeviceException of(String routerName, NetconfException failure) {
        return new DeviceException(describe(routerName, failure), failure);
    }

    /** The same, followed by advice on how to fix it (e.g. how to trust a host key). */
    public static DeviceException of(String routerName, NetconfException failure, String advice) {
        return new DeviceException(describe(routerName, failure) + "\n" + advice, failure);
    }

    /** The user-facing text for {@code failure} on {@code routerName}. */
    public static String describe(String routerName, NetconfException failure) {
        String router = "router '" + routerName + "'";
        String details = failure.getMessage();
        if (failure instanceof AuthenticationException) {
            return "Authentication failed for " + router + ": " + details;
        }
        if (failure instanceof HostKeyException) {
            return "Host key check failed for " + router + ": " + details;
        }
        if (failure instanceof NetconfTimeoutException) {
            return "Timed out on " + router + ": " + details;
        }
        if (failure instanceof TransportException) {
            return "Connection error to " + router + ": " + details;
        }
        if (failure instanceof RpcErrorException) {
            return "Router '" + routerName + "' returned an error: " + details;
        }
        return "Error on " + router + ": " + details;
    }

    @Override
    public synchronized NetconfException getCause() {
        return (NetconfException) super.getCause();
    }
}
