package io.jmcp.server.common;

import org.slf4j.Logger;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The INFO lines a server logs once it is ready: which routers it serves and, for stdio, how to
 * talk to it, since a stdio server started by hand otherwise just sits there reading stdin.
 */
public final class StartupReport {
    /** Routers named in the line; a large inventory is summarised after them. */
    static final int NAMED_ROUTERS = 10;
    private static final String INSPECTOR = "npx @modelcontextprotocol/inspector --cli ";

    private StartupReport() {
    }

    /** e.g. "Serving 3 routers with 13 tools: vsim-01, vsim-02, vsim-03". */
    public static String routers(List<String> names, int tools) {
        String named = names.stream().limit(NAMED_ROUTERS).collect(Collectors.joining(", "));
        String more = names.size() > NAMED_ROUTERS ? " and " + (names.size() - NAMED_ROUTERS) + " more" : "";
        return names.isEmpty() ? "Serving no routers yet (" + tools + " tools): add one with add_device, or give a "
                + "devices file with -f" : "Serving " + names.size() + (names.size() == 1 ? " router" : " routers")
                + " with " + tools + " tools: " + named + more;
    }

    /** Logs the stdio server's ready lines: routers, listener and authentication, what to do next. */
    public static void stdioReady(Logger log, List<String> routers, int tools, List<String> arguments) {
        log.info(routers(routers, tools));
        log.info("Listening on stdio: MCP JSON-RPC on stdin and stdout, for the user who started it (no tokens).");
        log.info("An MCP client starts this command itself (Claude Desktop, VS Code: see the README). To try it: {}",
                INSPECTOR + launchCommand(arguments) + " --method tools/list");
    }

    /** How this server was started, as a command line to give an MCP client. */
    static String launchCommand(List<String> arguments) {
        String launcher = System.getenv("JMCP_LAUNCHER");
        String program = launcher != null ? launcher : "java -jar " + jarOfThisServer();
        return arguments.isEmpty() ? program : program + " " + String.join(" ", arguments);
    }

    private static String jarOfThisServer() {
        try {
            Path jar = Path.of(StartupReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path here = Path.of("").toAbsolutePath();
            return jar.startsWith(here) ? here.relativize(jar).toString() : jar.toString();
        } catch (java.net.URISyntaxException | RuntimeException unknown) {
            return "jmcp-server-stdio/target/jmcp-server-stdio.jar";
        }
    }
}
