package io.jmcp.server.http;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --help} of the HTTP server. */
class HttpServerHelpTest {

    @Test
    void listsTheSharedOptionsBesideTheHttpOnes() {
        String help = HttpServerMain.commandLine(new HttpServerMain(System.err, Map.of(), ListenerWarmUp.start()))
                .getUsageMessage(CommandLine.Help.Ansi.OFF);

        assertThat(help).contains("--device-mapping=FILE", "--demo=N", "--log-level=LEVEL", "--no-session-pool",
                "--transport=TRANSPORT", "--host=HOST", "--port=PORT", "--tokens=FILE", "--tls-keystore=FILE");
    }

    @Test
    void listsStatelessModeWithItsEnvironmentVariable() {
        String help = HttpServerMain.commandLine(new HttpServerMain(System.err, Map.of(), ListenerWarmUp.start()))
                .getUsageMessage(CommandLine.Help.Ansi.OFF);

        assertThat(help).contains("--stateless[=true|false]", "JMCP_STATELESS");
    }
}
