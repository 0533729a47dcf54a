package io.jmcp.server.demo;

import static io.jmcp.server.common.AnyServer.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.core.app.DemoDevices;
import io.jmcp.core.app.ServerOptions;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.server.common.DemoFleet;
import io.jmcp.server.common.DemoFleetFactory;
import io.jmcp.server.common.ToolServerOptions;
import io.jmcp.simulator.SimulatorFleet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The servers' {@code --demo} with jmcp-demo on the class path: found by ServiceLoader, and real simulated devices. */
class SimulatorDemoFleetFactoryTest {

    @Test
    void isTheFactoryTheServersFind() {
        assertThat(DemoFleetFactory.installed()).get().isInstanceOf(SimulatorDemoFleetFactory.class);
        assertThat(parse("--demo", "2").problem()).isNull();
    }

    @Test
    void refusesLargeRouterSettingsBeyondWhatTheSimulatorServes() {
        assertThat(parse("--demo", "1", "--demo-routes", "-1").problem())
                .isEqualTo("--demo-routes takes 0 to 13000000 routes, got -1");
        assertThat(parse("--demo", "1", "--demo-interface-units", "2000001").problem())
                .isEqualTo("--demo-interface-units takes 0 to 2000000 units, got 2000001");
    }

    @Test
    void servesTheDemoDevicesFromMemory() {
        ToolServerOptions tools = parse("--demo", "2");
        try (DemoFleet demo = tools.startDemo()) {
            ServerOptions options = tools.serverOptions(demo, Map.of());

            assertThat(options.devicesFile()).isNull();
            assertThat(options.inventory().names()).hasSize(2)
                    .containsExactlyInAnyOrderElementsOf(demo.endpoints().stream().map(DemoDevices.Endpoint::name).toList());
        }
    }

    @Test
    void makesTheFirstDemoDeviceALargeRouter() {
        ToolServerOptions tools = parse("--demo", "2", "--demo-routes", "1000", "--demo-interface-units", "10");
        try (DemoFleet demo = tools.startDemo()) {
            SimulatorFleet fleet = ((SimulatorDemoFleetFactory.SimulatedFleet) demo).fleet();

            assertThat(fleet.devices().get(0).spec().routes()).isEqualTo(1000);
            assertThat(fleet.devices().get(0).spec().interfaceUnits()).isEqualTo(10);
            assertThat(fleet.devices().get(1).spec().routes()).isZero();
        }
    }

    @Test
    void givesEndpointsAClientLogsInto() {
        try (DemoFleet demo = parse("--demo", "1").startDemo()) {
            DemoDevices.Endpoint endpoint = demo.endpoints().get(0);
            try (JunosDevice device = JunosDevice.connect(DeviceOptions.builder(endpoint.host()).port(endpoint.port())
                    .username(endpoint.username()).password(endpoint.password()).hostKeyPolicy(HostKeyPolicy.OFF)
                    .build())) {
                assertThat(device.facts().hostname()).isEqualTo(endpoint.name());
            }
        }
    }
}
