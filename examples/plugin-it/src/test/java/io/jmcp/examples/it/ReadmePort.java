package io.jmcp.examples.it;

import java.util.regex.Pattern;

/**
 * The README's examples use port 30030, the HTTP server's default (as the seed's); the tests use
 * free ephemeral ports instead. This is the only change made to README commands before they run.
 */
final class ReadmePort {
    static final int PORT = 30030;
    private static final Pattern SERVER_PORT = Pattern.compile(
            "(?<=^|\\s)(?<option>-p|--port)(?<separator>\\s+|=)\\d+(?=\\s|$)");
    private static final Pattern CLIENT_PORT = Pattern.compile(":" + PORT + "(?!\\d)");

    private ReadmePort() {
    }

    /**
     * An HTTP server command listening on a free port: its port becomes 0 (the server then picks
     * one and logs it), and a command without a port gets {@code -p 0}.
     */
    static String ephemeral(String serverCommand) {
        if (SERVER_PORT.matcher(serverCommand).find()) {
            return SERVER_PORT.matcher(serverCommand).replaceAll("${option}${separator}0");
        }
        return serverCommand + " -p 0";
    }

    /** A client's command or URL sent to {@code port} instead of the README's. */
    static String clientOf(String text, int port) {
        return CLIENT_PORT.matcher(text).replaceAll(":" + port);
    }
}
