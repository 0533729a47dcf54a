package io.jmcp.server.demo;

import io.jmcp.core.app.DemoDevices;
import io.jmcp.server.common.DemoFleet;
import io.jmcp.server.common.DemoFleetFactory;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatorFleet;
import java.util.ArrayList;
import java.util.List;

/** {@code --demo} on junos-device-simulator: numbered devices, the first one shaped by the options. */
public final class SimulatorDemoFleetFactory implements DemoFleetFactory {

    @Override
    public int maxRoutes() {
        return DeviceSpec.MAX_ROUTES;
    }

    @Override
    public int maxInterfaceUnits() {
        return DeviceSpec.MAX_INTERFACE_UNITS;
    }

    @Override
    public DemoFleet start(int devices, int routes, int interfaceUnits) {
        List<DeviceSpec> specs = new ArrayList<>(SimulatorFleet.numberedSpecs(devices));
        specs.set(0, SimulatorFleet.numberedSpec(1).routes(routes).interfaceUnits(interfaceUnits).build());
        return new SimulatedFleet(SimulatorFleet.start(specs));
    }

    record SimulatedFleet(SimulatorFleet fleet) implements DemoFleet {

        @Override
        public List<DemoDevices.Endpoint> endpoints() {
            return fleet.devices().stream()
                    .map(device -> new DemoDevices.Endpoint(device.name(), device.host(), device.port(),
                            DeviceSpec.DEFAULT_USER, DeviceSpec.DEFAULT_PASSWORD))
                    .toList();
        }

        @Override
        public void close() {
            fleet.close();
        }
    }
}
