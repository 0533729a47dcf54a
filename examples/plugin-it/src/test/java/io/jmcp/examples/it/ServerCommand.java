package io.jmcp.examples.it;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A command line that starts a jmcp server ({@code java -jar jmcp-server-*.jar ...} or
 * {@code bin/jmcp ...}), read for what a test must prepare and how it reaches the server.
 */
record ServerCommand(CommandWords words) {
    private static final String STDIO_JAR = "jmcp-server-stdio.jar";
    private static final String HTTP_JAR = "jmcp-server-http.jar";
    private static final String LAUNCHER = "bin/jmcp";
    private static final String HTTP_TRANSPORT = "streamable-http";

    static ServerCommand of(ShellCommand command) {
        return new ServerCommand(CommandWords.of(command.text()));
    }

    boolean isHttp() {
        return switch (program()) {
            case STDIO_JAR -> false;
            case HTTP_JAR -> true;
            // The launcher's default transport is HTTP, as the seed's.
            case LAUNCHER -> words.option("-t", "--transport").orElse(HTTP_TRANSPORT).equals(HTTP_TRANSPORT);
            default -> throw new AssertionError("not a command that starts a jmcp server: " + words);
        };
    }

    boolean allowsUnauthenticated() {
        return words.has("--allow-unauthenticated-http");
    }

    /** The devices file the server reads ({@code -f}), absent with {@code --demo}. */
    Optional<String> devicesFile() {
        return words.option("-f", "--device-mapping");
    }

    /** The token file an HTTP server reads: {@code --tokens}, or {@code .tokens} in its working directory. */
    String tokenFile() {
        return words.option("--tokens").orElse(".tokens");
    }

    /** Which server starts: the jar's file name, or {@code bin/jmcp} for the launcher. */
    private String program() {
        Optional<String> jar = words.after("-jar");
        if (jar.isPresent()) {
            return Path.of(jar.get()).getFileName().toString();
        }
        String first = words.words().get(0);
        return first.endsWith(LAUNCHER) ? LAUNCHER : first;
    }
}
