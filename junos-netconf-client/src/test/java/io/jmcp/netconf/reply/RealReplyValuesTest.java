package io.jmcp.netconf.reply;

import io.jmcp.netconf.JunosReplies;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The values bound from real replies are the ones the devices sent. */
class RealReplyValuesTest {

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            core/get-software-information.xml                     | -         | firefly             | firefly-perimeter  | 12.1X46-D15.3
            factory/get-software-information.xml                  | -         | firefly             | firefly-perimeter  | 12.1X46-D15.3
            facts/ifd_style_switch_get-software-information.xml   | -         | sw1                 | ex2200-c-12t-2g    | 11.4R1.6
            facts/sw_info_simple_get-software-information.xml     | -         | lsys500             | srx3600            | 12.3X48-D40.5
            facts/sw_info_txp_get-software-information.xml        | -         | dj                  | t1600              | 13.3R9-S2.1
            facts/current_re_jdm_get-software-information.xml     | -         | jdm                 | junos_node_slicing | 17.4-20170718_dev_common.1-secure
            facts/sw_info_nfx_get-software-information.xml        | -         | jdm                 | nfx250_s2_10_t     | 15.1X53-D45.3
            facts/sw_info_jdm_get-software-information.xml        | server1   | jdm1                | junos_node_slicing | 17.4-20170718_dev_common.1-secure
            facts/sw_info_srx_cluster_get-software-information.xml| node0     | frogbert            | srx5800            | 17.3-2017-07-02.0_RELEASE_173_THROTTLE
            facts/sw_info_srx_cluster_get-software-information.xml| node1     | sheepbert           | srx5800            | 17.3-2017-07-02.0_RELEASE_173_THROTTLE
            ofacts/get-software-information.xml                   | re1       | wf-kiwi             | mx960              | 12.3R6.6
            ofacts/get-software-information_RE0-RE0.xml           | lcc2-re0  | pyez-ldd2-re0       | t100               | 14.2R4
            facts/sw_info_bsys_get-software-information.xml       | gnf4-re1  | gnf-d1              | mx2020             | 17.4-20170706_dev_common.0
            facts/sw_info_gnf_get-software-information.xml        | bsys-re0  | mgb-dvaita-mx960-a  | mx960              | 18.4-20180723_dev_common.0
            facts/personality_ex_command.xml                      | fpc0      | rppdt-ex4200a       | ex4200-48t         | 13.3R2.2
            facts/sw_info_dual_command.xml                        | re1       | baku1               | mx480              | 15.1F5.15
            """)
    void softwareInformationNamesHostModelAndVersion(String file, String routingEngine, String hostName,
                                                     String productModel, String version) throws Exception {
        SoftwareInformation software = itemOf(file, routingEngine, SoftwareInformation.class);

        assertThat(software.hostName()).isEqualTo(hostName);
        assertThat(software.productModel()).isEqualTo(productModel);
        assertThat(software.version()).contains(version);
    }

    @Test
    void junosPackageWithoutCommentYieldsNoVersion() throws Exception {
        SoftwareInformation software = itemOf(
                "facts/sw_info_no_version_get-software-information.xml", null, SoftwareInformation.class);

        assertThat(software.hostName()).isEqualTo("lsys500");
        assertThat(software.version()).isEmpty();
    }

    @Test
    void multiRoutingEngineReplyKeepsEveryItemInOrder() throws Exception {
        try (InputStream reply = JunosReplies.open("facts/sw_info_bsys_get-software-information.xml")) {
            List<RoutingEngineItem<SoftwareInformation>> items = JunosXml.unmarshalEach(reply, SoftwareInformation.class);

            assertThat(items).extracting(RoutingEngineItem::routingEngineName).containsExactly(
                    "bsys-re0", "bsys-re1", "gnf1-re0", "gnf1-re1", "gnf2-re0",
                    "gnf2-re1", "gnf3-re0", "gnf3-re1", "gnf4-re0", "gnf4-re1");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            core/get-chassis-inventory.xml                              | aaf5fe5f9b88
            facts/chassis_serialnumber_get-chassis-inventory.xml        | JN1249018AFB
            facts/chassis_backplane_serialnumber_get-chassis-inventory.xml | 123456789
            ofacts/chassis_get-chassis-inventory.xml                    | 123456789
            """)
    void chassisInventoryNamesTheSerialNumber(String file, String serialNumber) throws Exception {
        try (InputStream reply = JunosReplies.open(file)) {
            assertThat(JunosXml.unmarshal(reply, ChassisInventory.class).serialNumber()).contains(serialNumber);
        }
    }

    @Test
    void chassisInventoryKeepsTheHardwareTree() throws Exception {
        try (InputStream reply = JunosReplies.open("facts/chassis_serialnumber_get-chassis-inventory.xml")) {
            ChassisComponent chassis = JunosXml.unmarshal(reply, ChassisInventory.class).chassis().get(0);

            assertThat(chassis.description()).isEqualTo("MX480");
            ChassisComponent routingEngine = chassis.children().stream()
                    .filter(module -> "Routing Engine 0".equals(module.name())).findFirst().orElseThrow();
            assertThat(routingEngine.serialNumber()).isEqualTo("9013088309");
            assertThat(routingEngine.modelNumber()).isEqualTo("RE-S-1800X4-32G-S");
            assertThat(allComponents(chassis)).hasSize(1 + 11 + 12 + 20);
        }
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            core/get-route-engine-information.xml                      | -         | -/-/FIREFLY-PERIMETER RE/Testing
            facts/re_info_dual_get-route-engine-information.xml        | -         | 0/master/RE-S-1800x4/OK, 1/backup/RE-S-1800x4/OK
            facts/re_info_mx_vc_get-route-engine-information.xml       | member0   | 0/backup/RE-S-1800x4/OK, 1/master/RE-S-1800x4/OK
            facts/re_info_mx_vc_get-route-engine-information.xml       | member1   | 0/master/RE-S-1800x4/OK, 1/backup/RE-S-1800x4/OK
            ofacts/get-route-engine-information_multi.xml              | lcc1-re0  | 0/master/RE-A-2000/OK, 1/backup/RE-A-2000/OK
            ofacts/get-route-engine-information.xml                    | node1     | -/-/RE-SRX210H/OK
            facts/personality_srx_high_end_get-route-engine-information.xml | -    | 0/master/RE-PPC-1200-A/-
            """)
    void routeEngineInformationListsEachRoutingEngine(String file, String routingEngine, String expected)
            throws Exception {
        RouteEngineInformation engines = itemOf(file, routingEngine, RouteEngineInformation.class);

        assertThat(engines.routeEngines())
                .extracting(RealReplyValuesTest::describe)
                .containsExactlyElementsOf(Arrays.asList(expected.split(", ")));
    }

    @Test
    void routeEngineTimesCarryTheirSeconds() throws Exception {
        RouteEngineInformation engines = itemOf(
                "facts/re_info_dual_get-route-engine-information.xml", null, RouteEngineInformation.class);
        RouteEngineInformation.RouteEngineEntry master = engines.routeEngines().get(0);

        assertThat(master.upTime().text()).isEqualTo("9 days, 22 hours, 27 minutes, 12 seconds");
        assertThat(master.upTime().asDuration()).contains(Duration.ofSeconds(858432));
        assertThat(master.startTime().asInstant().orElseThrow().getEpochSecond()).isEqualTo(1482338877L);
        assertThat(master.lastRebootReason()).isEqualTo("Router rebooted after a normal shutdown.");
    }

    @Test
    void systemUptimeInformationGivesTheTimeSinceBoot() throws Exception {
        SystemUptimeInformation uptime = itemOf(
                "core/get-system-uptime-information.xml", null, SystemUptimeInformation.class);

        assertThat(uptime.uptime()).contains(Duration.ofSeconds(14234));
        assertThat(uptime.timeSource()).isEqualTo("NTP CLOCK");
        assertThat(uptime.lastConfiguredTime().user()).isEqualTo("root");
        assertThat(uptime.uptimeInformation().activeUserCount()).isEqualTo(1);
        assertThat(uptime.uptimeInformation().loadAverage1()).isEqualTo("4.29");
    }

    private static <T> T itemOf(String file, String routingEngine, Class<T> type) throws Exception {
        try (InputStream reply = JunosReplies.open(file)) {
            return JunosXml.unmarshalEach(reply, type).stream()
                    .filter(item -> Objects.equals(item.routingEngineName(), routingEngine))
                    .map(RoutingEngineItem::content)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(file + " has no item for " + routingEngine));
        }
    }

    private static String describe(RouteEngineInformation.RouteEngineEntry engine) {
        return dash(engine.slot()) + "/" + dash(engine.mastershipState()) + "/" + dash(engine.model()) + "/"
                + dash(engine.status());
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static List<ChassisComponent> allComponents(ChassisComponent component) {
        List<ChassisComponent> all = new java.util.ArrayList<>(List.of(component));
        component.children().forEach(child -> all.addAll(allComponents(child)));
        return all;
    }
}
