package io.jmcp.server.common;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * A server command holding only the options every jmcp server shares, parsed as the servers' mains
 * parse them (enum values in any case). For the tests of this module and of jmcp-demo (test jar).
 */
@Command(name = "any-server")
public final class AnyServer {
    @Mixin
    ToolServerOptions tools;

    /** The shared options {@code args} give. */
    public static ToolServerOptions parse(String... args) {
        AnyServer server = new AnyServer();
        commandLine(server).parseArgs(args);
        return server.tools;
    }

    /** The command line of a server with the shared options only, as --help shows it. */
    public static CommandLine commandLine() {
        return commandLine(new AnyServer());
    }

    private static CommandLine commandLine(AnyServer server) {
        return new CommandLine(server).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
