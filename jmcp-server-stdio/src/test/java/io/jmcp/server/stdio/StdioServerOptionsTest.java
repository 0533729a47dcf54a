package io.jmcp.server.stdio;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Options the stdio server refuses before it starts anything, each with exit code 2 and a clear message. */
class StdioServerOptionsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        StdioServerMain main = new StdioServerMain(InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheSharedOptionsBesideTheTransport() {
        String help = new CommandLine(new StdioServerMain(InputStream.nullInputStream(), System.out, System.err))
                .getUsageMessage(CommandLine.Help.Ansi.OFF);

        assertThat(help).contains("--device-mapping=FILE", "--demo=N", "--log-level=LEVEL", "--no-session-pool",
                "--transport=TRANSPORT", "Must be stdio");
    }

    @Test
    void refusesAnotherTransportAndPointsToTheHttpJar() {
        assertThat(run("-t", "streamable-http", "--demo", "1")).isEqualTo(2);
        assertThat(err()).contains("serves the stdio transport only, not 'streamable-http'")
                .contains("java -jar jmcp-server-http/target/jmcp-server-http.jar");
        assertThat(out.size()).isZero();
    }

    @Test
    void explainsThatHostAndPortBelongToTheHttpServer() {
        assertThat(run("--demo", "1", "-H", "0.0.0.0")).isEqualTo(2);
        assertThat(err()).contains("-H/--host and -p/--port configure the streamable-http server");
    }

    @Test
    void asksForADevicesFileOrTheDemo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("Give the device mapping with -f/--device-mapping FILE, or --demo N");
    }

    @Test
    void refusesADevicesFileAndTheDemoTogether() {
        assertThat(run("-f", "devices.json", "--demo", "2")).isEqualTo(2);
        assertThat(err()).contains("either -f/--device-mapping or --demo, not both");
    }

    @Test
    void refusesAnEmptyDemo() {
        assertThat(run("--demo", "0")).isEqualTo(2);
        assertThat(err()).contains("--demo takes 1 to 500 devices, got 0");
    }

    @Test
    void refusesABatchConcurrencyBelowOne() {
        assertThat(run("--demo", "1", "--batch-concurrency", "0")).isEqualTo(2);
        assertThat(err()).contains("--batch-concurrency must be at least 1, got 0");
    }

    @Test
    void refusesToPersistDevicesWithoutADevicesFile() {
        assertThat(run("--demo", "1", "--persist-devices")).isEqualTo(2);
        assertThat(err()).contains("--persist-devices writes added devices to the devices file: give it with "
                + "-f/--device-mapping.");
    }

    @Test
    void refusesAConfigDirectoryThatDoesNotExist() {
        assertThat(run("--demo", "1", "--config-dir", "/nonexistent/jmcp")).isEqualTo(2);
        assertThat(err()).contains("--config-dir must name an existing directory, got /nonexistent/jmcp");
    }
}
