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
        List<String> commandLine = new ArrayList<>(List.of("-t", "stdio"));
        commandLine.addAll(List.of(args));
        return StdioServer.command(Repository.launcher().toString(), commandLine.toArray(String[]::new))
                .environment("JMCP_PLUGINS", plugins.toString())
                .environment("JMCP_HOME", Repository.root().toString())
                .environment("JAVA", Repository.javaExecutable().toString())
                .start();
    }
}
