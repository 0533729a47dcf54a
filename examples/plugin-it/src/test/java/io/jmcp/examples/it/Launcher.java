package io.jmcp.examples.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the stdio server the documented way: {@code bin/jmcp -t stdio ...} with a plugins folder. */
final class Launcher {

    private Launcher() {
    }

    /**
     * @param plugins the folder of tool jars, given to the launcher in {@code JMCP_PLUGINS}
     * @param args    the server's options after {@code -t stdio}
     */
    static StdioServer stdio(Path plugins, String... args) {
        return StdioServer.command(Repository.launcher().toString(), stdioArguments(args))
                .environment("JMCP_PLUGINS", plugins.toString())
                .withoutEnvironment("JMCP_HOME")
                .environment("JAVA", Repository.javaExecutable().toString())
                .start();
    }

    /**
     * Starts the stdio server from an installation laid out as the Docker image is
     * ({@code bin/jmcp}, {@code lib/*.jar}, {@code plugins/}), with neither {@code JMCP_HOME} nor
     * {@code JMCP_PLUGINS} set: the launcher finds everything from its own location. Nor with the
     * test's {@code JAVA_OPTS} or {@code JMCP_CLASS_ARCHIVE}: it starts as the image does, with the
     * installation's own class-data archive.
     */
    static StdioServer installed(Path home, String... args) {
        return StdioServer.command(home.resolve("bin/jmcp").toString(), stdioArguments(args))
                .withoutEnvironment("JMCP_HOME")
                .withoutEnvironment("JMCP_PLUGINS")
                .withoutEnvironment("JAVA_OPTS")
                .withoutEnvironment("JMCP_CLASS_ARCHIVE")
                .environment("JAVA", Repository.javaExecutable().toString())
                .start();
    }

    private static String[] stdioArguments(String... args) {
        List<String> commandLine = new ArrayList<>(List.of("-t", "stdio"));
        commandLine.addAll(List.of(args));
        return commandLine.toArray(String[]::new);
    }
}
