package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ConfigFormat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Starting, finding and stopping devices. */
class SimulatorFleetTest {

    @Test
    void namesNumberedDevicesAndCyclesThroughThePlatforms() {
        List<DeviceSpec> specs = SimulatorFleet.numberedSpecs(5);

        assertThat(specs).extracting(DeviceSpec::name).containsExactly("vsim-01", "vsim-02", "vsim-03", "vsim-04",
                "vsim-05");
        assertThat(specs).extracting(DeviceSpec::platform).containsExactly(Platform.MX, Platform.EX, Platform.SRX,
                Platform.VSRX, Platform.MX);
    }

    @Test
    void givesEachDeviceItsOwnPort() {
        try (SimulatorFleet fleet = SimulatorFleet.start(3)) {
            assertThat(fleet.devices()).extracting(SimulatedDevice::port).doesNotHaveDuplicates()
                    .allMatch(port -> port > 0);
            assertThat(fleet.port("vsim-02")).isEqualTo(fleet.device("vsim-02").port());
        }
    }

    @Test
    void derivesDefaultsFromThePlatform() {
        DeviceSpec spec = DeviceSpec.of("edge", Platform.SRX);

        assertThat(spec.hostname()).isEqualTo("edge");
        assertThat(spec.model()).isEqualTo("srx345");
        assertThat(spec.serialNumber()).startsWith("CW").isEqualTo(DeviceSpec.of("edge", Platform.SRX).serialNumber());
        assertThat(spec.users()).extracting(UserAccount::name).containsExactly(DeviceSpec.DEFAULT_USER);
        assertThat(spec.initialConfiguration()).contains("host-name edge;");
    }

    @Test
    void namesTheDevicesItHasWhenAskedForAnother() {
        try (SimulatorFleet fleet = SimulatorFleet.start(1)) {
            assertThatThrownBy(() -> fleet.device("core-9")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("core-9").hasMessageContaining("vsim-01");
        }
    }

    @Test
    void refusesTwoDevicesWithOneName() {
        assertThatThrownBy(() -> SimulatorFleet.start(List.of(DeviceSpec.of("twin", Platform.MX),
                DeviceSpec.of("twin", Platform.EX))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twin");
    }

    @Test
    void explainsAnInitialConfigurationThatDoesNotLoad() {
        DeviceSpec broken = DeviceSpec.builder("broken").initialConfiguration("system {\n  host-name ;\n",
                ConfigFormat.TEXT).build();

        assertThatThrownBy(() -> SimulatorFleet.start(List.of(broken))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("device broken").hasMessageContaining("line 2");
    }

    @Test
    void stoppingTwiceIsHarmless() {
        SimulatorFleet fleet = SimulatorFleet.start(1);
        SimulatedDevice device = fleet.device("vsim-01");

        fleet.stop();
        fleet.stop();

        assertThat(device.isRunning()).isFalse();
    }

    @Test
    void exposesACopyOfTheActiveConfiguration() {
        try (SimulatorFleet fleet = SimulatorFleet.start(1)) {
            SimulatedDevice device = fleet.device("vsim-01");

            device.committedConfiguration().applySet("set system host-name mutated");

            assertThat(device.hostname()).isEqualTo("vsim-01");
        }
    }
}
