package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.reply.Facts;
import io.jmcp.netconf.reply.FactsGatherer;
import io.jmcp.netconf.reply.ReplySource;
import io.jmcp.netconf.reply.RpcErrors;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** This project's own facts gathering reads from every simulated platform what the simulator says it is. */
class JmcpFactsTest {
    private static SimulatorFleet fleet;

    @BeforeAll
    static void startOneDevicePerPlatform() {
        List<DeviceSpec> specs = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            specs.add(DeviceSpec.of("facts-" + platform.name().toLowerCase(), platform));
        }
        fleet = SimulatorFleet.start(specs);
    }

    @AfterAll
    static void stopDevices() {
        fleet.close();
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void gathersWhatTheSimulatorDescribes(Platform platform) {
        SimulatedDevice device = fleet.device("facts-" + platform.name().toLowerCase());
        try (RawNetconfSession netconf = RawNetconfSession.open(device)) {
            Facts facts = FactsGatherer.gather(source(netconf));

            assertThat(facts.hostname()).isEqualTo(device.hostname());
            assertThat(facts.model()).isEqualTo(device.spec().model().toUpperCase());
            assertThat(facts.version()).isEqualTo(device.spec().version());
            assertThat(facts.serialNumber()).isEqualTo(device.spec().serialNumber());
            assertThat(facts.personality()).isEqualTo(device.personality().orElseThrow());
            assertThat(facts.masterRoutingEngine()).isEqualTo("RE0");
            assertThat(facts.routingEngines()).singleElement()
                    .satisfies(engine -> assertThat(engine.model()).isEqualTo(platform.routingEngineModel()));
            assertThat(facts.uptime()).isNotNull();
        }
    }

    /** Replies as the gatherer expects them: rpc-errors become exceptions. */
    private static ReplySource source(RawNetconfSession netconf) {
        return request -> {
            byte[] reply = netconf.rpc(request).getBytes(StandardCharsets.UTF_8);
            RpcErrors.failIfErrors(RpcErrors.parse(new ByteArrayInputStream(reply)), false);
            return new ByteArrayInputStream(reply);
        };
    }
}
