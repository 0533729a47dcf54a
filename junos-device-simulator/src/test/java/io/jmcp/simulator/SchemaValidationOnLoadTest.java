package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ConfigDatabase;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.RpcErrorException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator refuses what Juniper's schema for its platform family refuses, as Junos does. */
class SchemaValidationOnLoadTest {

    private SimulatorFleet fleet;
    private JunosDevice mx;
    private JunosDevice vsrx;

    @BeforeEach
    void start() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.of("mx1", Platform.MX), DeviceSpec.of("fw1", Platform.VSRX)));
        mx = connect("mx1");
        vsrx = connect("fw1");
    }

    @AfterEach
    void stop() {
        mx.close();
        vsrx.close();
        fleet.close();
    }

    @Test
    void refusesAnUnknownStatementWithJunosSyntaxError() {
        String before = mx.getConfiguration(ConfigFormat.SET, ConfigDatabase.CANDIDATE, null);

        assertThatThrownBy(() -> mx.loadConfiguration("set interfaces ge-0/0/1 bogus-statement 1",
                ConfigFormat.SET, LoadAction.SET))
                .isInstanceOfSatisfying(RpcErrorException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.severity()).isEqualTo(RpcError.Severity.ERROR);
                            assertThat(error.message()).isEqualTo("syntax error");
                            assertThat(error.info()).isEqualTo("bogus-statement");
                            assertThat(error.path()).isEqualTo("[edit interfaces ge-0/0/1]");
                        }));
        assertThat(mx.getConfiguration(ConfigFormat.SET, ConfigDatabase.CANDIDATE, null)).isEqualTo(before);
    }

    @Test
    void refusesUnknownStatementsInTextAndXmlToo() {
        assertThatThrownBy(() -> mx.loadConfiguration("system { bogus-option 5; }", ConfigFormat.TEXT,
                LoadAction.MERGE))
                .isInstanceOfSatisfying(RpcErrorException.class, e -> assertThat(e.errors())
                        .extracting(RpcError::message, RpcError::info, RpcError::path)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("syntax error", "bogus-option", "[edit system]")));
        assertThatThrownBy(() -> mx.loadConfiguration("<configuration><system><bogus-option>5</bogus-option>"
                + "</system></configuration>", ConfigFormat.XML, LoadAction.MERGE))
                .isInstanceOf(RpcErrorException.class).hasMessageContaining("syntax error");
    }

    @Test
    void securityPoliciesLoadOnTheSrxOnly() {
        String policy = "set security policies from-zone trust to-zone untrust policy p1 match application any";

        vsrx.loadConfiguration(policy, ConfigFormat.SET, LoadAction.SET);
        assertThat(vsrx.getConfiguration(ConfigFormat.SET, ConfigDatabase.CANDIDATE, "security policies"))
                .contains("policy p1 match application any");
        assertThatThrownBy(() -> mx.loadConfiguration(policy, ConfigFormat.SET, LoadAction.SET))
                .isInstanceOf(RpcErrorException.class)
                .hasMessageContaining("syntax error").hasMessageContaining("policies");
    }

    @Test
    void refusesABadValueWithTheYangPatternMessage() {
        assertThatThrownBy(() -> mx.loadConfiguration("set system host-name \"bad name!\"", ConfigFormat.SET,
                LoadAction.SET))
                .isInstanceOfSatisfying(RpcErrorException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.message())
                                    .isEqualTo("Must be a string of alphanumericals, dashes or underscores");
                            assertThat(error.info()).isEqualTo("host-name");
                            assertThat(error.path()).isEqualTo("[edit system]");
                        }));
    }

    @Test
    void acceptsValidStatementsOfEveryShape() {
        mx.loadConfiguration("""
                set routing-options static route 0.0.0.0/0 next-hop 10.0.0.1
                set protocols bgp group ebgp neighbor 10.1.1.1 local-as 64611 private no-prepend-global-as
                set policy-options policy-statement p term t from route-filter 10.0.0.0/8 longer
                set class-of-service schedulers be transmit-rate percent 30
                set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24
                """, ConfigFormat.SET, LoadAction.SET);
        assertThat(mx.getConfiguration(ConfigFormat.SET, ConfigDatabase.CANDIDATE, "interfaces"))
                .contains("set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24");
    }

    private JunosDevice connect(String name) {
        SimulatedDevice device = fleet.device(name);
        return JunosDevice.connect(DeviceOptions.builder(SimulatedDevice.HOST).port(device.port())
                .username("jmcp").password("jmcp").hostKeyPolicy(HostKeyPolicy.OFF)
                .connectTimeout(Duration.ofSeconds(10)).rpcTimeout(Duration.ofSeconds(10)).build());
    }
}
