package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.NetconfClient;
import io.jmcp.netconf.OutputFormat;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link NetconfClient}: what a client owns and what closing it ends, against the simulator. */
class NetconfClientTest {
    private SimulatorFleet fleet;
    private SimulatedDevice device;

    @BeforeEach
    void start() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.builder("nc").build()));
        device = fleet.device("nc");
    }

    @AfterEach
    void stop() {
        fleet.close();
    }

    @Test
    void closingOneClientLeavesAnotherClientsSessionsAlone() {
        try (NetconfClient tenantA = NetconfClient.create(); NetconfClient tenantB = NetconfClient.create()) {
            JunosDevice a = tenantA.connect(options());
            JunosDevice b = tenantB.connect(options());

            tenantA.close();

            assertThat(a.isAlive()).isFalse();
            assertThat(tenantA.isOpen()).isFalse();
            assertThat(b.isAlive()).isTrue();
            assertThat(b.command("show version", OutputFormat.TEXT)).contains("Hostname: nc");
            Eventually.assertThat(() -> device.openSessionCount() == 1, "only tenant B's session left on the device");
        }
        Eventually.assertThat(() -> device.openSessionCount() == 0, "every session ended on the device");
    }

    @Test
    void theConvenienceConnectUsesTheSharedDefaultWhichIsReplacedOnceClosed() {
        JunosDevice first = JunosDevice.connect(options());
        assertThat(NetconfClient.shared().isOpen()).isTrue();

        NetconfClient.shared().close();

        assertThat(first.isAlive()).isFalse();
        try (JunosDevice second = JunosDevice.connect(options())) {
            assertThat(second.isAlive()).isTrue();
            assertThat(NetconfClient.shared().isOpen()).isTrue();
        }
    }

    private DeviceOptions options() {
        return DeviceOptions.builder(SimulatedDevice.HOST).port(device.port()).username("jmcp").password("jmcp")
                .hostKeyPolicy(HostKeyPolicy.OFF).connectTimeout(Duration.ofSeconds(10))
                .rpcTimeout(Duration.ofSeconds(10)).build();
    }
}
