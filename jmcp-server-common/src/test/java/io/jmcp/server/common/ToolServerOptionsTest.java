package io.jmcp.server.common;

import io.jmcp.core.app.ServerOptions;
import io.jmcp.core.app.StartupException;
import io.jmcp.core.guard.ApprovalOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.jmcp.server.common.AnyServer.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The options every jmcp server shares: what they refuse, and the server options they make. */
class ToolServerOptionsTest {
    @TempDir
    Path directory;

    @Test
    void helpListsEveryOptionWithItsDescription() {
        CommandLine commandLine = AnyServer.commandLine();
        String help = commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF);

        assertThat(commandLine.getCommandSpec().options()).extracting(OptionSpec::longestName)
                .containsExactly("--device-mapping", "--demo", "--demo-routes", "--demo-interface-units",
                        "--max-output-bytes", "--output-dir", "--read-only", "--audit-log", "--log-level",
                        "--batch-concurrency", "--persist-devices", "--config-dir", "--no-session-pool",
                        "--allow-lockout-changes", "--template-time-limit", "--allow-link-local-devices",
                        "--approve-changes", "--approval-timeout", "--change-queue-wait", "--safe-commit-minutes");
        for (OptionSpec option : commandLine.getCommandSpec().options()) {
            String descriptionStart = String.join(" ", List.of(option.description()[0].split(" ")).subList(0, 3));
            assertThat(help).contains(option.longestName(), descriptionStart);
        }
    }

    @Test
    void asksForADevicesFileOrTheDemo() {
        assertThat(parse().problem())
                .isEqualTo("Give the device mapping with -f/--device-mapping FILE, or --demo N to try simulated devices.");
    }

    @Test
    void refusesADevicesFileAndTheDemoTogether() {
        assertThat(parse("-f", "devices.json", "--demo", "2").problem())
                .isEqualTo("Give either -f/--device-mapping or --demo, not both.");
    }

    @Test
    void refusesMoreDemoDevicesThanItCanServe() {
        assertThat(parse("--demo", "501").problem()).isEqualTo("--demo takes 1 to 500 devices, got 501");
    }

    @Test
    void refusesABatchConcurrencyBelowOne() {
        assertThat(parse("--demo", "1", "--batch-concurrency", "0").problem())
                .isEqualTo("--batch-concurrency must be at least 1, got 0");
    }

    @Test
    void refusesToPersistDevicesWithoutADevicesFile() {
        assertThat(parse("--demo", "1", "--persist-devices").problem())
                .startsWith("--persist-devices writes added devices to the devices file");
    }

    @Test
    void refusesAConfigDirectoryThatDoesNotExist() {
        Path missing = directory.resolve("missing");
        assertThat(parse("-f", "devices.json", "--config-dir", missing.toString()).problem())
                .isEqualTo("--config-dir must name an existing directory, got " + missing);
    }

    @Test
    void refusesAResultBudgetTooSmallForItsNote() {
        assertThat(parse("--demo", "1", "--max-output-bytes", "2047").problem())
                .isEqualTo("--max-output-bytes must be at least 2048, got 2047");
    }

    @Test
    void refusesLargeRouterSettingsWithoutTheDemo() {
        assertThat(parse("-f", "devices.json", "--demo-routes", "10").problem())
                .isEqualTo("--demo-routes and --demo-interface-units shape the --demo devices: give --demo N too.");
    }

    /** This module's test class path, like a deployment's, has no simulator (jmcp-demo is a runtime dependency of the servers). */
    @Test
    void refusesTheDemoWithoutTheSimulatorAndSaysWhy() {
        ToolServerOptions tools = parse("--demo", "2", "--demo-routes", "10");

        assertThat(DemoFleetFactory.installed()).isEmpty();
        assertThat(tools.problem()).isEqualTo("--demo needs the Junos device simulator, which this installation leaves"
                + " out (jmcp-demo and junos-device-simulator are not on the class path): serve real devices with"
                + " -f/--device-mapping FILE, or use a jmcp build that includes the simulator.");
        assertThatThrownBy(tools::startDemo).isInstanceOf(IllegalStateException.class)
                .hasMessage(ToolServerOptions.NO_SIMULATOR);
    }

    @Test
    void setsTheResultBudgetAndTheOutputFolder() {
        ServerOptions options = parse("-f", "devices.json", "--max-output-bytes", "4096", "--output-dir",
                directory.toString()).serverOptions(null, Map.of());

        assertThat(options.outputs().resultBudgetBytes()).isEqualTo(4096);
        assertThat(options.outputs().folder()).isEqualTo(directory);
        assertThat(parse("-f", "devices.json").serverOptions(null, Map.of()).outputs().resultBudgetBytes())
                .isEqualTo(100 * 1024);
    }

    @Test
    void acceptsADevicesFileAlone() {
        assertThat(parse("--device-mapping", "devices.json").problem()).isNull();
    }

    @Test
    void defaultsToPooledSessionsThirtyTwoRoutersAtOnceAndInfoLogs() {
        ToolServerOptions tools = parse("-f", "devices.json");
        ServerOptions options = tools.serverOptions(null, Map.of());

        assertThat(options.pool().pooling()).isTrue();
        assertThat(options.batchConcurrency()).isEqualTo(32);
        assertThat(options.readOnly()).isFalse();
        assertThat(options.defaultRpcTimeout()).isEqualTo(Duration.ofSeconds(360));
        assertThat(tools.logLevel()).isEqualTo(LogLevel.INFO);
    }

    @Test
    void passesEveryOptionToTheServer() {
        Path audit = directory.resolve("audit.jsonl");
        ServerOptions options = parse("-f", "devices.json", "--read-only", "--audit-log", audit.toString(),
                "--batch-concurrency", "4", "--persist-devices", "--config-dir", directory.toString(),
                "--no-session-pool").serverOptions(null, Map.of());

        assertThat(options.devicesFile()).isEqualTo(Path.of("devices.json"));
        assertThat(options.readOnly()).isTrue();
        assertThat(options.auditLog()).isEqualTo(audit);
        assertThat(options.batchConcurrency()).isEqualTo(4);
        assertThat(options.persistDevices()).isTrue();
        assertThat(options.configDirectory()).isEqualTo(directory);
        assertThat(options.pool().pooling()).isFalse();
    }

    @Test
    void commitsWithoutAskingUnlessTold() {
        ApprovalOptions approval = parse("-f", "devices.json").serverOptions(null, Map.of()).guard().approval();

        assertThat(approval.required()).isFalse();
    }

    @Test
    void asksForApprovalWithinTheGivenTime() {
        ApprovalOptions approval = parse("-f", "devices.json", "--approve-changes", "--approval-timeout", "90")
                .serverOptions(null, Map.of()).guard().approval();

        assertThat(approval).isEqualTo(ApprovalOptions.required(Duration.ofSeconds(90)));
    }

    @Test
    void waitsFiveMinutesForAnApprovalByDefault() {
        assertThat(parse("-f", "devices.json", "--approve-changes").serverOptions(null, Map.of()).guard().approval()
                .timeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void refusesAnApprovalTimeoutOutsideOneSecondToAnHour() {
        assertThat(parse("-f", "devices.json", "--approval-timeout", "0").problem())
                .isEqualTo("--approval-timeout takes 1 to 3600 seconds, got 0");
        assertThat(parse("-f", "devices.json", "--approval-timeout", "3601").problem())
                .isEqualTo("--approval-timeout takes 1 to 3600 seconds, got 3601");
    }

    @Test
    void readsTheLogLevelInAnyCase() {
        assertThat(parse("-f", "devices.json", "--log-level", "TRACE").logLevel()).isEqualTo(LogLevel.TRACE);
    }

    @Test
    void takesTheDefaultRpcTimeoutFromJunosTimeout() {
        ServerOptions options = parse("-f", "devices.json").serverOptions(null, Map.of("JUNOS_TIMEOUT", "45"));

        assertThat(options.defaultRpcTimeout()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void refusesAnInvalidJunosTimeout() {
        ToolServerOptions tools = parse("-f", "devices.json");

        assertThatThrownBy(() -> tools.serverOptions(null, Map.of("JUNOS_TIMEOUT", "soon")))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("JUNOS_TIMEOUT");
    }

    @Test
    void startsNoDevicesWithoutTheDemo() {
        assertThat(parse("-f", "devices.json").startDemo()).isNull();
    }
}
