package io.jmcp.examples.embedded;

import io.jmcp.netconf.ConfigDatabase;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.jmcp.examples.embedded.EmbeddedClientExample.CONFIRM_MINUTES;
import static io.jmcp.examples.embedded.EmbeddedClientExample.EXIT_DEVICE_FAILURE;
import static io.jmcp.examples.embedded.EmbeddedClientExample.EXIT_OK;
import static io.jmcp.examples.embedded.EmbeddedClientExample.EXIT_USAGE;
import static org.assertj.core.api.Assertions.assertThat;

/** The example program against a simulated device, as a user would run it against a router. */
class EmbeddedClientExampleTest {
    private static final String USER = "jmcp";
    private static final String PASSWORD = "jmcp";
    private static final Map<String, String> NO_HOST_KEY_CHECK = Map.of("JUNOS_HOST_KEY_POLICY", "off");

    private SimulatorFleet fleet;
    private SimulatedDevice device;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startDevice() {
        fleet = SimulatorFleet.start(1);
        device = fleet.devices().get(0);
    }

    @AfterEach
    void stopDevice() {
        fleet.close();
    }

    @Test
    void printsTheDeviceFactsAndTheCommandOutput() {
        assertThat(run(NO_HOST_KEY_CHECK, PASSWORD)).isEqualTo(EXIT_OK);

        assertThat(out()).contains("hostname:        " + device.hostname())
                .containsIgnoringCase("model:           " + device.spec().model())
                .contains("version:         " + device.spec().version())
                .contains("serial number:   " + device.spec().serialNumber())
                .contains("> show system uptime")
                .contains("Current time:");
    }

    @Test
    void showsTheCandidateDiffBeforeCommitting() {
        run(NO_HOST_KEY_CHECK, PASSWORD);

        assertThat(out()).contains("[edit]").contains("+  groups {").contains("jmcp-embedded-example")
                .contains("commit check: ok");
    }

    @Test
    void commitsTheChangeConfirmedThenConfirmsIt() {
        run(NO_HOST_KEY_CHECK, PASSWORD);

        List<CommitRecord> history = device.rollbackHistory();
        assertThat(history.get(1).confirmMinutes()).isEqualTo(CONFIRM_MINUTES);
        assertThat(history.get(1).comment()).isEqualTo(EmbeddedClientExample.COMMIT_COMMENT);
        assertThat(history.get(0).isConfirmed()).isFalse();
        assertThat(device.awaitingCommitConfirmation()).isFalse();
        assertThat(device.committedConfiguration().subtree("groups jmcp-embedded-example")).isPresent();
    }

    @Test
    void leavesTheConfigurationUnlocked() {
        run(NO_HOST_KEY_CHECK, PASSWORD);

        try (JunosDevice other = connectDirectly()) {
            other.lock();
            other.unlock();
        }
    }

    @Test
    void reportsNoDifferenceOnASecondRun() {
        run(NO_HOST_KEY_CHECK, PASSWORD);
        out.reset();

        assertThat(run(NO_HOST_KEY_CHECK, PASSWORD)).isEqualTo(EXIT_OK);
        assertThat(out()).contains("(no difference: the device already has this change)");
    }

    @Test
    void discardsItsChangeAndUnlocksWhenTheCommitCheckFails() {
        device.faults().failCommitCheck("example policy violated");

        assertThat(run(NO_HOST_KEY_CHECK, PASSWORD)).isEqualTo(EXIT_DEVICE_FAILURE);

        assertThat(err()).contains("CommitException").contains("example policy violated");
        assertThat(device.committedConfiguration().subtree("groups jmcp-embedded-example")).isEmpty();
        try (JunosDevice other = connectDirectly()) {
            other.lock();
            assertThat(other.getConfiguration(ConfigFormat.TEXT, ConfigDatabase.CANDIDATE, "groups")).isBlank();
            other.unlock();
        }
    }

    @Test
    void namesTheSessionHoldingTheLockAndChangesNothing() {
        try (JunosDevice holder = connectDirectly()) {
            holder.lock();

            assertThat(run(NO_HOST_KEY_CHECK, PASSWORD)).isEqualTo(EXIT_DEVICE_FAILURE);

            assertThat(err()).contains("LockDeniedException")
                    .contains("The configuration is locked by " + USER + " terminal p0 (pid "
                            + holder.session().sessionId() + ")");
            holder.unlock();
        }
        assertThat(device.committedConfiguration().subtree("groups jmcp-embedded-example")).isEmpty();
    }

    @Test
    void listsTheInterfaceNamesFoundByXpath() {
        run(NO_HOST_KEY_CHECK, PASSWORD);

        assertThat(out()).containsPattern("interfaces: +[1-9][0-9]* \\([a-z]+-?[0-9/.]*[^)]*\\)");
    }

    @Test
    void refusesAHostKeyMissingFromKnownHostsByDefault(@TempDir Path directory) throws IOException {
        Path emptyKnownHosts = Files.createFile(directory.resolve("known_hosts"));

        int exit = run(Map.of("JUNOS_KNOWN_HOSTS", emptyKnownHosts.toString()), PASSWORD);

        assertThat(exit).isEqualTo(EXIT_DEVICE_FAILURE);
        assertThat(err()).contains("HostKeyException").contains("JUNOS_HOST_KEY_POLICY=accept-new");
        assertThat(device.loginCount()).isZero();
    }

    @Test
    void reportsAWrongPasswordWithoutPrintingIt() {
        int exit = run(NO_HOST_KEY_CHECK, "not-the-password-42");

        assertThat(exit).isEqualTo(EXIT_DEVICE_FAILURE);
        assertThat(err()).contains("AuthenticationException").contains(USER + "@127.0.0.1:" + device.port())
                .doesNotContain("not-the-password-42");
        assertThat(out()).doesNotContain("not-the-password-42");
    }

    @Test
    void printsUsageForAMissingArgument() {
        int exit = EmbeddedClientExample.run(new String[] {"127.0.0.1", "830", USER}, NO_HOST_KEY_CHECK,
                stream(out), stream(err));

        assertThat(exit).isEqualTo(EXIT_USAGE);
        assertThat(err()).contains("expected 4 arguments, got 3").contains("usage: java -jar");
    }

    @Test
    void namesAPortThatIsNotANumber() {
        int exit = EmbeddedClientExample.run(new String[] {"127.0.0.1", "netconf", USER, PASSWORD},
                NO_HOST_KEY_CHECK, stream(out), stream(err));

        assertThat(exit).isEqualTo(EXIT_USAGE);
        assertThat(err()).contains("PORT must be a number, got 'netconf'");
    }

    @Test
    void namesAnUnknownHostKeyPolicy() {
        int exit = run(Map.of("JUNOS_HOST_KEY_POLICY", "trust-me"), PASSWORD);

        assertThat(exit).isEqualTo(EXIT_USAGE);
        assertThat(err()).contains("JUNOS_HOST_KEY_POLICY must be strict, accept-new or off, got 'trust-me'");
    }

    @Test
    void checksHostKeysStrictlyUnlessTold() {
        DeviceOptions options = EmbeddedClientExample.options(new String[] {"r1", "830", USER, PASSWORD}, Map.of());

        assertThat(options.hostKeyPolicy()).isEqualTo(HostKeyPolicy.STRICT);
    }

    private int run(Map<String, String> environment, String password) {
        String[] args = {device.host(), Integer.toString(device.port()), USER, password};
        return EmbeddedClientExample.run(args, environment, stream(out), stream(err));
    }

    private JunosDevice connectDirectly() {
        return JunosDevice.connect(DeviceOptions.builder(device.host()).port(device.port()).username(USER)
                .password(PASSWORD).hostKeyPolicy(HostKeyPolicy.OFF).build());
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
