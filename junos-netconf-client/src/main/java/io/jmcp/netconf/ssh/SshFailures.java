package io.jmcp.netconf.ssh;

import io.jmcp.netconf.error.AuthenticationException;
import io.jmcp.netconf.error.HostKeyException;
import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.error.TransportException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;

/** Turns what MINA reports about a failed connection into this library's typed exceptions, naming the device. */
final class SshFailures {

    private SshFailures() {
    }

    /**
     * The exception for a connection that failed before the NETCONF channel was open.
     *
     * @param timeout the connect timeout, for a timeout found among the causes
     */
    static NetconfException connectionFailed(ConnectAttempt attempt, Throwable failure, Duration timeout) {
        String address = attempt.address();
        if (attempt.hostKeyProblem() != null) {
            return new HostKeyException(attempt.hostKeyProblem() + " (connecting to " + address + ")", failure);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            NetconfException mapped = map(cause, address, timeout);
            if (mapped != null) {
                return mapped;
            }
        }
        return new TransportException("cannot connect to " + address + ": " + describe(failure), failure);
    }

    private static NetconfException map(Throwable cause, String address, Duration timeout) {
        if (cause instanceof SshException ssh
                && ssh.getDisconnectCode() == SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE) {
            return new AuthenticationException(address + " refused the login: no password or key offered was"
                    + " accepted", cause);
        }
        if (cause instanceof ConnectException) {
            return new TransportException("connection refused by " + address
                    + " (is NETCONF over SSH enabled on that port?)", cause);
        }
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return new TransportException("unknown host in " + address + ": the name does not resolve", cause);
        }
        if (cause instanceof NoRouteToHostException) {
            return new TransportException("no route to host " + address, cause);
        }
        if (cause instanceof SocketTimeoutException) {
            return new NetconfTimeoutException("connecting to " + address + " timed out", timeout);
        }
        return null;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }
}
