package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.JunosReplies;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The simulator invents no reply structure: every element path it answers with (e.g.
 * {@code route-engine-information/route-engine/up-time}) occurs in a reply captured from a real
 * Junos device, so clients that parse real devices parse the simulator.
 */
class RealReplyShapeTest {
    private static final Set<String> REAL_PATHS = new TreeSet<>();
    private static SimulatorFleet fleet;

    @BeforeAll
    static void readRealRepliesAndStartDevices() {
        for (String reply : JunosReplies.named(name -> name.endsWith(".xml"))) {
            try {
                collectPaths(ReplyXml.of(JunosReplies.read(reply)).document().getDocumentElement(), "", REAL_PATHS);
            } catch (AssertionError notWellFormed) {
                // a few captures are deliberately broken; they describe no structure
            }
        }
        fleet = SimulatorFleet.start(List.of(DeviceSpec.of("shape-mx", Platform.MX), DeviceSpec.of("shape-ex", Platform.EX),
                DeviceSpec.of("shape-srx", Platform.SRX)));
    }

    @AfterAll
    static void stopDevices() {
        fleet.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "shape-mx  | <get-software-information/>",
            "shape-mx  | <command format='xml'>show version invoke-on all-routing-engines</command>",
            "shape-ex  | <command format='xml'>show version invoke-on all-routing-engines</command>",
            "shape-mx  | <get-route-engine-information/>",
            "shape-ex  | <get-route-engine-information/>",
            "shape-srx | <get-route-engine-information/>",
            "shape-mx  | <get-chassis-inventory/>",
            "shape-mx  | <get-system-uptime-information/>",
            "shape-mx  | <get-interface-information><terse/></get-interface-information>",
            "shape-mx  | <get-interface-information><terse/><routing-instance>__juniper_private1__</routing-instance></get-interface-information>",
            "shape-ex  | <get-virtual-chassis-information/>",
            "shape-ex  | <get-ethernet-switching-table-information><summary/></get-ethernet-switching-table-information>",
            "shape-srx | <get-chassis-cluster-status/>",
            "shape-mx  | <get-route-summary-information/>",
            // ge-0/0/1: no captured reply has a port with a description (the RPC model and PyEZ's PhyPortView do)
            "shape-mx  | <get-interface-information><interface-name>ge-0/0/1</interface-name></get-interface-information>",
            "shape-mx  | <get-lldp-neighbors-information/>",
            "shape-mx  | <get-lldp-interface-neighbors><interface-device>ge-0/0/0</interface-device></get-lldp-interface-neighbors>",
            "shape-mx  | <get-system-storage/>",
            "shape-mx  | <file-show><filename>/etc/hosts.junos</filename></file-show>",
            "shape-mx  | <file-list><path>~</path></file-list>",
            "shape-mx  | <command format='xml'>show bridge mac-table count</command>",
            "shape-mx  | <get-configuration database='committed'><configuration><system><host-name/></system></configuration></get-configuration>",
            "shape-mx  | <load-configuration format='text'><configuration-text>system {</configuration-text></load-configuration>",
            "shape-mx  | <get-foo/>",
    })
    void answersOnlyWithElementsRealDevicesSend(String device, String request) {
        try (RawNetconfSession netconf = RawNetconfSession.open(fleet.device(device))) {
            Set<String> paths = new TreeSet<>();
            collectPaths(ReplyXml.of(netconf.rpc(request)).document().getDocumentElement(), "", paths);

            assertThat(paths).isNotEmpty();
            assertThat(REAL_PATHS).containsAll(paths);
        }
    }

    /** Element paths below the root ({@code rpc-reply}), by local name. */
    private static void collectPaths(Element element, String prefix, Set<String> paths) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                String name = childElement.getTagName();
                String path = prefix + name.substring(name.indexOf(':') + 1);
                paths.add(path);
                collectPaths(childElement, path + "/", paths);
            }
        }
    }
}
