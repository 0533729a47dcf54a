package io.jmcp.simulator;

import io.jmcp.netconf.CommitOptions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.error.AuthenticationException;
import io.jmcp.netconf.ConfigDatabase;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.LoadResult;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.OutputFormat;
import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.error.TransportException;
import io.jmcp.netconf.reply.Facts;

import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** This project's client, {@link JunosDevice}, against the simulator: every operation, and the failures it maps. */
class JunosDeviceTest {
    private static final KeyPair KEY = TestKeys.newKeyPair();
    private SimulatorFleet fleet;
    private SimulatedDevice device;
    private JunosDevice junos;

    @BeforeEach
    void connect() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.builder("jd").timerMinute(Duration.ofMillis(200))
                .users(List.of(UserAccount.withPassword("jmcp", "jmcp"), UserAccount.withKeys("keyuser",
                        List.of(KEY.getPublic())))).build()));
        device = fleet.device("jd");
        junos = JunosDevice.connect(options().build());
    }

    @AfterEach
    void disconnect() {
        device.faults().clear();
        junos.close();
        fleet.close();
    }

    @Test
    void gathersFacts() {
        Facts facts = junos.facts();

        assertThat(facts.hostname()).isEqualTo("jd");
        assertThat(facts.model()).isEqualTo("MX960");
        assertThat(facts.serialNumber()).isEqualTo(device.spec().serialNumber());
        assertThat(facts.personality()).isEqualTo(device.personality().orElseThrow());
    }

    @Test
    void runsCommandsInEveryFormat() {
        assertThat(junos.command("show version", OutputFormat.TEXT)).contains("Hostname: jd");
        assertThat(junos.command("show version", OutputFormat.XML)).contains("<host-name>jd</host-name>");
        JsonNode json = JsonMapper.builder().build().readTree(junos.command("show version", OutputFormat.JSON));
        assertThat(json.at("/software-information/0/host-name/0/data").asString()).isEqualTo("jd");
    }

    @Test
    void reportsAnUnknownCommandAsAnRpcError() {
        assertThatThrownBy(() -> junos.command("show flux capacitor", OutputFormat.TEXT))
                .isInstanceOf(RpcErrorException.class)
                .hasMessageContaining("syntax error, expecting <command>").hasMessageContaining("flux");
    }

    @Test
    void runsPfeCommands() {
        assertThat(junos.pfeCommand("fpc0", "show version")).contains("SENT: Ukern command: show version");
    }

    @Test
    void readsTheConfigurationInEveryFormatAndSection() {
        assertThat(junos.getConfiguration(ConfigFormat.TEXT, ConfigDatabase.COMMITTED, null)).contains("host-name jd;");
        assertThat(junos.getConfiguration(ConfigFormat.SET, ConfigDatabase.CANDIDATE, null))
                .contains("set system host-name jd");
        assertThat(junos.getConfiguration(ConfigFormat.XML, ConfigDatabase.COMMITTED, "system host-name"))
                .contains("<host-name>jd</host-name>").doesNotContain("<interfaces");
        assertThat(junos.getConfiguration(ConfigFormat.JSON, ConfigDatabase.COMMITTED, "protocols bgp"))
                .contains("\"bgp\"").doesNotContain("\"system\"");
    }

    @Test
    void loadsComparesAndDiscards() {
        LoadResult result = junos.loadConfiguration("set system host-name changed", ConfigFormat.SET, LoadAction.SET);

        assertThat(result.warnings()).isEmpty();
        assertThat(junos.compareRollback(0)).contains("-   host-name jd;", "+   host-name changed;");
        junos.discardChanges();
        assertThat(junos.compareRollback(0)).isBlank();
    }

    @Test
    void loadsEveryFormatAndAction() {
        junos.loadConfiguration("system { location { building b1; } }", ConfigFormat.TEXT, LoadAction.MERGE);
        junos.loadConfiguration("<configuration><system><location><floor>3</floor></location></system></configuration>",
                ConfigFormat.XML, LoadAction.MERGE);
        junos.loadConfiguration("{\"configuration\":{\"system\":{\"location\":{\"rack\":\"r9\"}}}}",
                ConfigFormat.JSON, LoadAction.MERGE);

        assertThat(junos.getConfiguration(ConfigFormat.SET, ConfigDatabase.CANDIDATE, "system location"))
                .contains("building b1", "floor 3", "rack r9");

        junos.loadConfiguration("system { host-name only; }", ConfigFormat.TEXT, LoadAction.OVERRIDE);
        assertThat(junos.getConfiguration(ConfigFormat.SET, ConfigDatabase.CANDIDATE, null).strip())
                .isEqualTo("set system host-name only");
    }

    @Test
    void reportsAConfigurationSyntaxErrorWithItsLine() {
        assertThatThrownBy(() -> junos.loadConfiguration("system {\n    host-name;\n", ConfigFormat.TEXT,
                LoadAction.MERGE))
                .isInstanceOf(RpcErrorException.class).hasMessageContaining("line 2");
    }

    @Test
    void returnsLoadWarnings() {
        LoadResult result = junos.loadConfiguration("delete system location", ConfigFormat.SET, LoadAction.SET);

        assertThat(result.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.message()).isEqualTo("statement not found"));
    }

    @Test
    void commitsWithACommentAndRollsBack() {
        junos.lock();
        junos.loadConfiguration("set system host-name renamed", ConfigFormat.SET, LoadAction.SET);
        junos.commitCheck();
        junos.commit(CommitOptions.comment("rename"));
        junos.unlock();

        assertThat(device.hostname()).isEqualTo("renamed");
        assertThat(device.rollbackHistory().get(0).comment()).isEqualTo("rename");

        junos.loadRollback(1);
        junos.commit(CommitOptions.DEFAULT);
        assertThat(device.hostname()).isEqualTo("jd");
    }

    @Test
    void aConfirmedCommitRollsBackUnlessConfirmed() {
        junos.loadConfiguration("set system host-name confirmed", ConfigFormat.SET, LoadAction.SET);
        junos.commit(CommitOptions.builder().confirmedMinutes(1).build());
        junos.confirmCommit();
        assertThat(device.awaitingCommitConfirmation()).isFalse();

        junos.loadConfiguration("set system host-name unconfirmed", ConfigFormat.SET, LoadAction.SET);
        junos.commit(CommitOptions.builder().confirmedMinutes(1).build());
        assertThat(device.hostname()).isEqualTo("unconfirmed");
        Eventually.assertThat(() -> device.hostname().equals("confirmed"), "rollback of the unconfirmed commit");
    }

    @Test
    void aFailingCommitCheckBecomesAnRpcErrorException() {
        device.faults().failCommitCheck("Only unit 0 is valid for this encapsulation");

        assertThatThrownBy(() -> junos.commitCheck()).isInstanceOf(RpcErrorException.class)
                .hasMessageContaining("Only unit 0 is valid for this encapsulation");
    }

    @Test
    void keepsPrivateChangesFromOtherSessions() {
        junos.openPrivate();
        junos.loadConfiguration("set system host-name private", ConfigFormat.SET, LoadAction.SET);
        try (JunosDevice other = JunosDevice.connect(options().build())) {
            assertThat(other.compareRollback(0)).isBlank();
        }
        junos.closePrivate();
        assertThat(junos.compareRollback(0)).isBlank();
    }

    @Test
    void aSecondSessionIsDeniedTheLock() {
        junos.lock();
        try (JunosDevice other = JunosDevice.connect(options().build())) {
            assertThatThrownBy(other::lock).isInstanceOf(RpcErrorException.class)
                    .hasMessageContaining("configuration database locked by");
        }
    }

    @Test
    void sendsAnyRpc() {
        assertThat(junos.rpc("<get-route-engine-information/>").bodyXml()).contains("<mastership-state>master");
    }

    @Test
    void logsInWithAKey(@TempDir Path keys) {
        Path privateKey = TestKeys.writeOpenSsh(KEY, keys, "id_test");
        try (JunosDevice keyed = JunosDevice.connect(options().username("keyuser").password((String) null)
                .privateKey(privateKey).build())) {
            assertThat(keyed.facts().hostname()).isEqualTo("jd");
        }
    }

    @Test
    void failsToLogInWhenTheDeviceRefuses() {
        device.faults().refuseAuthentication(true);

        assertThatThrownBy(() -> JunosDevice.connect(options().build())).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void timesOutOnAStalledReply() {
        device.faults().stallRepliesAfter(30);

        assertThatThrownBy(() -> junos.withTimeout(Duration.ofMillis(500)).command("show version", OutputFormat.TEXT))
                .isInstanceOf(NetconfTimeoutException.class);
    }

    @Test
    void reportsADroppedConnection() {
        device.faults().dropConnectionAfter(20);

        assertThatThrownBy(() -> junos.command("show version", OutputFormat.TEXT)).isInstanceOf(TransportException.class);
        assertThat(junos.isAlive()).isFalse();
        Eventually.assertThat(() -> device.openSessionCount() == 0, "the dropped session released");
    }

    @Test
    void closingTheClientClosesTheSession() {
        assertThat(junos.isAlive()).isTrue();
        assertThat(device.openSessionCount()).isEqualTo(1);

        junos.close();

        assertThat(junos.isAlive()).isFalse();
        Eventually.assertThat(() -> device.openSessionCount() == 0, "session closed on the device");
    }

    private DeviceOptions.Builder options() {
        return DeviceOptions.builder(SimulatedDevice.HOST).port(device.port()).username("jmcp").password("jmcp")
                .hostKeyPolicy(HostKeyPolicy.OFF).connectTimeout(Duration.ofSeconds(10))
                .rpcTimeout(Duration.ofSeconds(10));
    }
}
