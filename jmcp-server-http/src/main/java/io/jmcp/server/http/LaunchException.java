package io.jmcp.server.http;

/** The server cannot start; the message says why and what to do, the exit code what kind of failure it is. */
final class LaunchException extends Exception {
    private final int exitCode;

    LaunchException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
