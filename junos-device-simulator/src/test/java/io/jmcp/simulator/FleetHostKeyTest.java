package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.error.HostKeyException;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host key of a fleet started without a key file: Ed25519, as Junos offers, and checked by
 * jmcp's client under the strict policy like any router's key.
 */
class FleetHostKeyTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void presentsAnEd25519KeyNewAtEveryStart() {
        try (SimulatorFleet first = SimulatorFleet.start(1); SimulatorFleet second = SimulatorFleet.start(1)) {
            assertThat(KeyUtils.getKeyType(first.hostKey())).isEqualTo(KeyPairProvider.SSH_ED25519);
            assertThat(KeyUtils.compareKeys(first.hostKey(), second.hostKey())).isFalse();
        }
    }

    @Test
    void logsInUnderStrictHostKeyCheckingWhenKnownHostsListsTheKey() throws IOException {
        try (SimulatorFleet fleet = SimulatorFleet.start(1)) {
            SimulatedDevice device = fleet.device("vsim-01");
            Path knownHosts = knownHosts(device, fleet.hostKey());

            try (JunosDevice session = JunosDevice.connect(strict(device, knownHosts))) {
                assertThat(session.rpc("<get-software-information/>").bodyText()).contains("vsim-01");
            }
        }
    }

    @Test
    void refusesTheKeyOfAnotherFleetOnTheSamePort() throws IOException {
        try (SimulatorFleet fleet = SimulatorFleet.start(1); SimulatorFleet impostor = SimulatorFleet.start(1)) {
            SimulatedDevice device = fleet.device("vsim-01");
            Path knownHosts = knownHosts(device, impostor.hostKey());

            assertThatThrownBy(() -> JunosDevice.connect(strict(device, knownHosts)).close())
                    .isInstanceOf(HostKeyException.class)
                    .hasMessageContaining("has CHANGED")
                    .hasMessageContaining("ssh-ed25519 key SHA256:");
        }
    }

    private Path knownHosts(SimulatedDevice device, PublicKey key) throws IOException {
        return Files.writeString(dir.resolve("known_hosts"), "[" + device.host() + "]:" + device.port() + " "
                + PublicKeyEntry.toString(key) + "\n");
    }

    private static DeviceOptions strict(SimulatedDevice device, Path knownHosts) {
        return DeviceOptions.builder(device.host()).port(device.port()).username(DeviceSpec.DEFAULT_USER)
                .password(DeviceSpec.DEFAULT_PASSWORD).hostKeyPolicy(HostKeyPolicy.STRICT).knownHosts(knownHosts)
                .connectTimeout(TIMEOUT).rpcTimeout(TIMEOUT).build();
    }
}
