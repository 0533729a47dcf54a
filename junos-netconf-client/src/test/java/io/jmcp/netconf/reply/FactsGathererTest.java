package io.jmcp.netconf.reply;

import io.jmcp.netconf.JunosReplies;
import static io.jmcp.netconf.reply.FactsGatherer.GET_CHASSIS_INVENTORY;
import static io.jmcp.netconf.reply.FactsGatherer.GET_DOMAIN_NAME;
import static io.jmcp.netconf.reply.FactsGatherer.GET_ROUTE_ENGINE_INFORMATION;
import static io.jmcp.netconf.reply.FactsGatherer.GET_SOFTWARE_INFORMATION;
import static io.jmcp.netconf.reply.FactsGatherer.GET_SYSTEM_UPTIME_INFORMATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jmcp.netconf.error.TransportException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts gathered from the replies of real devices, one platform at a time. */
class FactsGathererTest {

    @Test
    void dualRoutingEngineMx() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "facts/sw_info_dual_command.xml")
                .answer(GET_ROUTE_ENGINE_INFORMATION, "facts/re_info_dual_get-route-engine-information.xml")
                .answer(GET_CHASSIS_INVENTORY, "facts/chassis_serialnumber_get-chassis-inventory.xml"));

        assertThat(facts.hostname()).isEqualTo("baku");
        assertThat(facts.model()).isEqualTo("MX480");
        assertThat(facts.version()).isEqualTo("15.1F5.15-C1.12");
        assertThat(facts.serialNumber()).isEqualTo("JN1249018AFB");
        assertThat(facts.personality()).isEqualTo(Personality.MX);
        assertThat(facts.virtual()).isFalse();
        assertThat(facts.routingEngines()).containsExactly(
                new RoutingEngine(null, 0, "RE-S-1800x4", "OK", "master", Duration.ofSeconds(858432),
                        "9 days, 22 hours, 27 minutes, 12 seconds", "Router rebooted after a normal shutdown."),
                new RoutingEngine(null, 1, "RE-S-1800x4", "OK", "backup", Duration.ofSeconds(858408),
                        "9 days, 22 hours, 26 minutes, 48 seconds", "Router rebooted after a normal shutdown."));
        assertThat(facts.masterRoutingEngine()).isEqualTo("RE0");
    }

    @Test
    void uptimeFallsBackToTheMasterRoutingEngineWhenTheUptimeRpcIsRefused() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_ROUTE_ENGINE_INFORMATION, "facts/re_info_dual_get-route-engine-information.xml"));

        assertThat(facts.uptime()).isEqualTo(Duration.ofSeconds(858432));
    }

    @Test
    void softwareComesFromTheMasterRoutingEngine() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "facts/sw_info_dual_command.xml")
                .answerWith(GET_ROUTE_ENGINE_INFORMATION, """
                        <rpc-reply><route-engine-information>
                          <route-engine><slot>0</slot><mastership-state>backup</mastership-state></route-engine>
                          <route-engine><slot>1</slot><mastership-state>master</mastership-state></route-engine>
                        </route-engine-information></rpc-reply>"""));

        assertThat(facts.masterRoutingEngine()).isEqualTo("RE1");
        assertThat(facts.hostname()).isEqualTo("baku1");
        assertThat(facts.version()).isEqualTo("15.1F5.15");
    }

    @Test
    void uptimeComesFromTheMasterPartOfAMultiRoutingEngineReply() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answerWith(GET_ROUTE_ENGINE_INFORMATION, """
                        <rpc-reply><route-engine-information>
                          <route-engine><slot>0</slot><mastership-state>backup</mastership-state></route-engine>
                          <route-engine><slot>1</slot><mastership-state>master</mastership-state></route-engine>
                        </route-engine-information></rpc-reply>""")
                .answerWith(GET_SYSTEM_UPTIME_INFORMATION, """
                        <rpc-reply xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos">
                        <multi-routing-engine-results>
                          <multi-routing-engine-item><re-name>re0</re-name><system-uptime-information>
                            <system-booted-time><date-time junos:seconds="1498766553">2017-06-29 13:02:33 PDT</date-time>
                            <time-length junos:seconds="14234">03:57:14</time-length></system-booted-time>
                          </system-uptime-information></multi-routing-engine-item>
                          <multi-routing-engine-item><re-name>re1</re-name><system-uptime-information>
                            <system-booted-time><date-time junos:seconds="1498000000">2017-06-20 16:06:40 PDT</date-time>
                            <time-length junos:seconds="780787">9d 00:53:07</time-length></system-booted-time>
                          </system-uptime-information></multi-routing-engine-item>
                        </multi-routing-engine-results></rpc-reply>"""));

        assertThat(facts.uptime()).isEqualTo(Duration.ofSeconds(780787));
    }

    @Test
    void virtualMx() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "facts/personality_vmx_command.xml")
                .answer(GET_ROUTE_ENGINE_INFORMATION, "facts/personality_vmx_get-route-engine-information.xml"));

        assertThat(facts.hostname()).isEqualTo("r0");
        assertThat(facts.model()).isEqualTo("MX960");
        assertThat(facts.version()).isEqualTo("16.1R1.11");
        assertThat(facts.personality()).isEqualTo(Personality.MX);
        assertThat(facts.virtual()).isTrue();
    }

    @Test
    void srxCluster() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "facts/sw_info_srx_cluster_get-software-information.xml")
                .answer(GET_ROUTE_ENGINE_INFORMATION, "ofacts/get-route-engine-information.xml")
                .answer(GET_CHASSIS_INVENTORY, "facts/chassis_backplane_serialnumber_get-chassis-inventory.xml"));

        assertThat(facts.hostname()).isEqualTo("frogbert");
        assertThat(facts.model()).isEqualTo("SRX5800");
        assertThat(facts.version()).isEqualTo("17.3-2017-07-02.0_RELEASE_173_THROTTLE");
        assertThat(facts.serialNumber()).isEqualTo("123456789");
        assertThat(facts.personality()).isEqualTo(Personality.SRX_HIGHEND);
        assertThat(facts.routingEngines())
                .extracting(RoutingEngine::node, RoutingEngine::name, RoutingEngine::mastershipState)
                .containsExactly(
                        tuple("node0", "RE0", "master"),
                        tuple("node1", "RE0", "master"));
        assertThat(facts.masterRoutingEngine()).isEqualTo("RE0");
    }

    @Test
    void txMatrixUsesTheSwitchCardChassisMaster() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "ofacts/get-software-information_RE0-RE0.xml")
                .answer(GET_ROUTE_ENGINE_INFORMATION, "ofacts/get-route-engine-information_multi.xml"));

        assertThat(facts.hostname()).isEqualTo("pyez");
        assertThat(facts.model()).isEqualTo("TXP");
        assertThat(facts.version()).isEqualTo("14.2R4");
        assertThat(facts.personality()).isEqualTo(Personality.T);
        assertThat(facts.routingEngines()).extracting(RoutingEngine::node)
                .containsExactly("scc-re0", "scc-re0", "lcc0-re0", "lcc0-re0", "lcc1-re0", "lcc1-re0");
        assertThat(facts.masterRoutingEngine()).isEqualTo("RE0");
    }

    @Test
    void virtualChassisWhoseFirstMemberHasItsSecondRoutingEngineAsMaster() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "facts/sw_info_vc_command.xml")
                .answer(GET_ROUTE_ENGINE_INFORMATION, "facts/re_info_mx_vc_get-route-engine-information.xml"));

        assertThat(facts.masterRoutingEngine()).isEqualTo("RE1");
        assertThat(facts.hostname()).isEqualTo("reefbreak1");
        assertThat(facts.model()).isEqualTo("MX240");
        assertThat(facts.routingEngines()).hasSize(4);
    }

    @Test
    void fireflyAnsweringEveryRpc() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "core/get-software-information.xml")
                .answer(GET_ROUTE_ENGINE_INFORMATION, "core/get-route-engine-information.xml")
                .answer(GET_CHASSIS_INVENTORY, "core/get-chassis-inventory.xml")
                .answer(GET_SYSTEM_UPTIME_INFORMATION, "core/get-system-uptime-information.xml")
                .answer(GET_DOMAIN_NAME, "facts/domain_config_get-configuration.xml"));

        assertThat(facts).isEqualTo(new Facts("firefly", "FIREFLY-PERIMETER", "12.1X46-D15.3", "aaf5fe5f9b88",
                Personality.SRX_BRANCH, true,
                List.of(new RoutingEngine(null, 0, "FIREFLY-PERIMETER RE", "Testing", "master",
                        Duration.ofSeconds(23370), "6 hours, 29 minutes, 30 seconds",
                        "Router rebooted after a normal shutdown.")),
                "RE0", Duration.ofSeconds(14234), "juniper.net"));
        assertThat(facts.fqdn()).contains("firefly.juniper.net");
    }

    @Test
    void switchAnsweringOnlyTheSoftwareRpc() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "facts/ifd_style_switch_get-software-information.xml"));

        assertThat(facts).isEqualTo(new Facts("sw1", "EX2200-C-12T-2G", "11.4R1.6", null,
                Personality.SWITCH, false, List.of(), null, null, null));
    }

    @Test
    void deviceAnsweringNothingYieldsEmptyFacts() {
        Facts facts = FactsGatherer.gather(new RecordedDevice());

        assertThat(facts).isEqualTo(new Facts(null, null, null, null, null, null, List.of(), null, null, null));
    }

    @Test
    void oliveThatRefusesRouteEngineInformationWithAnXnmError() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "facts/personality_olive_command.xml")
                .answer(GET_ROUTE_ENGINE_INFORMATION, "facts/personality_olive_get-route-engine-information.xml"));

        assertThat(facts.personality()).isEqualTo(Personality.OLIVE);
        assertThat(facts.virtual()).isTrue();
        assertThat(facts.routingEngines()).isEmpty();
    }

    @Test
    void backupRoutingEngineRefusingChassisInventoryLeavesTheSerialNumberUnknown() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "facts/sw_info_simple_get-software-information.xml")
                .answer(GET_CHASSIS_INVENTORY, "facts/chassis_connect_not_master_get-chassis-inventory.xml"));

        assertThat(facts.hostname()).isEqualTo("lsys500");
        assertThat(facts.serialNumber()).isNull();
    }

    @Test
    void userWithoutConfigurationAccessGetsNoDomain() {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "facts/sw_info_simple_get-software-information.xml")
                .answer(GET_DOMAIN_NAME, "facts/domain_file_get-configuration.xml"));

        assertThat(facts.domain()).isNull();
        assertThat(facts.fqdn()).isEmpty();
    }

    @Test
    void lostConnectionIsNotMistakenForAMissingRpc() {
        ReplySource dropsOnInventory = request -> {
            if (request.equals(GET_CHASSIS_INVENTORY)) {
                throw new TransportException("connection closed by the device");
            }
            return JunosReplies.open("core/get-software-information.xml");
        };

        assertThatThrownBy(() -> FactsGatherer.gather(dropsOnInventory))
                .isInstanceOf(TransportException.class)
                .hasMessage("connection closed by the device");
    }

    @Test
    void malformedReplyIsNotMistakenForAMissingRpc() {
        RecordedDevice device = new RecordedDevice()
                .answerWith(GET_SOFTWARE_INFORMATION, "<rpc-reply><software-information><host-name>");

        assertThatThrownBy(() -> FactsGatherer.gather(device)).isInstanceOf(InvalidReplyException.class);
    }

    @Test
    void asksOnlyReadOnlyRpcsAndClosesEveryReply() {
        RecordedDevice device = new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "core/get-software-information.xml")
                .answer(GET_ROUTE_ENGINE_INFORMATION, "core/get-route-engine-information.xml")
                .answer(GET_CHASSIS_INVENTORY, "core/get-chassis-inventory.xml")
                .answer(GET_SYSTEM_UPTIME_INFORMATION, "core/get-system-uptime-information.xml")
                .answer(GET_DOMAIN_NAME, "facts/domain_config_get-configuration.xml");

        FactsGatherer.gather(device);

        assertThat(device.requests()).containsExactlyInAnyOrder(GET_SOFTWARE_INFORMATION, GET_ROUTE_ENGINE_INFORMATION,
                GET_CHASSIS_INVENTORY, GET_SYSTEM_UPTIME_INFORMATION, GET_DOMAIN_NAME);
        assertThat(device.openReplies()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            ex,               SWITCH,       false
            m,                M,            false
            mx,               MX,           false
            olive,            OLIVE,        true
            ptx,              PTX,          false
            srx_branch,       SRX_BRANCH,   false
            srx_mid_range,    SRX_MIDRANGE, false
            srx_high_end,     SRX_HIGHEND,  false
            t,                T,            false
            vmx,              MX,           true
            vptx,             PTX,          true
            """)
    void personalityOfEachCapturedPlatform(String platform, Personality personality, boolean virtual) {
        Facts facts = FactsGatherer.gather(new RecordedDevice()
                .answer(GET_SOFTWARE_INFORMATION, "facts/personality_" + platform + "_command.xml")
                .answer(GET_ROUTE_ENGINE_INFORMATION,
                        "facts/personality_" + platform + "_get-route-engine-information.xml"));

        assertThat(facts.personality()).isEqualTo(personality);
        assertThat(facts.virtual()).isEqualTo(virtual);
    }
}
