package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.JunosReplies;
import io.jmcp.netconf.LoadAction;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Junos prints a level's statements in schema order, whatever order they were configured in. */
class StatementOrderTest {

    /** Configured backwards: unit before mtu before description, ospf before bgp. */
    private static final String OUT_OF_ORDER = """
            set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24
            set interfaces ge-0/0/0 mtu 9192
            set interfaces ge-0/0/0 description uplink
            set protocols ospf area 0.0.0.0 interface ge-0/0/0.0
            set protocols bgp group ibgp type internal
            """;

    @Test
    void statementsConfiguredOutOfOrderPrintInSchemaOrderAsText() {
        assertThat(set(OUT_OF_ORDER).toText()).isEqualTo("""
                interfaces {
                    ge-0/0/0 {
                        description uplink;
                        mtu 9192;
                        unit 0 {
                            family inet {
                                address 10.0.0.1/24;
                            }
                        }
                    }
                }
                protocols {
                    bgp {
                        group ibgp {
                            type internal;
                        }
                    }
                    ospf {
                        area 0.0.0.0 {
                            interface ge-0/0/0.0;
                        }
                    }
                }
                """);
    }

    @Test
    void statementsConfiguredOutOfOrderPrintInSchemaOrderAsSetLines() {
        assertThat(set(OUT_OF_ORDER).toSet()).isEqualTo("""
                set interfaces ge-0/0/0 description uplink
                set interfaces ge-0/0/0 mtu 9192
                set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24
                set protocols bgp group ibgp type internal
                set protocols ospf area 0.0.0.0 interface ge-0/0/0.0
                """);
    }

    @Test
    void statementsConfiguredOutOfOrderPrintInSchemaOrderAsXml() {
        assertThat(XmlOutline.of(set(OUT_OF_ORDER).toXml())).isEqualTo("<configuration><interfaces><interface>"
                + "<name>ge-0/0/0</name><description>uplink</description><mtu>9192</mtu><unit><name>0</name>"
                + "<family><inet><address><name>10.0.0.1/24</name></address></inet></family></unit></interface>"
                + "</interfaces><protocols><bgp><group><name>ibgp</name><type>internal</type></group></bgp>"
                + "<ospf><area><name>0.0.0.0</name><interface><name>ge-0/0/0.0</name></interface></area></ospf>"
                + "</protocols></configuration>");
    }

    @Test
    void statementsConfiguredOutOfOrderPrintInSchemaOrderAsJson() {
        String json = set(OUT_OF_ORDER).toJson();

        assertThat(json.indexOf("\"description\"")).isLessThan(json.indexOf("\"mtu\""));
        assertThat(json.indexOf("\"mtu\"")).isLessThan(json.indexOf("\"unit\""));
        assertThat(json.indexOf("\"bgp\"")).isLessThan(json.indexOf("\"ospf\""));
        assertThat(Configuration.parse(json, ConfigFormat.JSON).toText()).isEqualTo(set(OUT_OF_ORDER).toText());
    }

    @Test
    void everyLevelPrintsItsKnownChildrenInTheOrderOfJuniperSchema() {
        Configuration config = set(OUT_OF_ORDER + """
                set system syslog file messages any notice
                set system services ssh
                set system host-name r1
                set system services netconf ssh
                set policy-options policy-statement p then accept
                set policy-options policy-statement p from protocol bgp
                """);

        assertSchemaOrder(config.root());
        assertThat(config.toSet()).contains("set system host-name r1");
    }

    /** 23.4R1's junos-es YANG puts a routing instance's interface before its instance-type; junos the other way. */
    @Test
    void aLevelWhoseOrderDiffersBetweenFamiliesPrintsInTheOrderOfTheFamilyAsked() {
        Configuration config = set("""
                set routing-instances R interface ge-0/0/1.0
                set routing-instances R instance-type virtual-router
                """);

        assertThat(config.inFamilyOrder(PlatformFamily.JUNOS).toSet()).isEqualTo("""
                set routing-instances R instance-type virtual-router
                set routing-instances R interface ge-0/0/1.0
                """);
        assertThat(config.inFamilyOrder(PlatformFamily.JUNOS_ES).toSet()).isEqualTo("""
                set routing-instances R interface ge-0/0/1.0
                set routing-instances R instance-type virtual-router
                """);
        assertThat(config.inFamilyOrder(PlatformFamily.JUNOS_EX)).isSameAs(config);
        assertThat(config.toSet()).startsWith("set routing-instances R instance-type");
    }

    @Test
    void orderedByUserListsKeepTheGivenOrder() {
        Configuration config = set("""
                set policy-options policy-statement p term z then accept
                set policy-options policy-statement p term a then reject
                set policy-options policy-statement p term m then accept
                """);

        assertThat(config.toSet()).isEqualTo("""
                set policy-options policy-statement p term z then accept
                set policy-options policy-statement p term a then reject
                set policy-options policy-statement p term m then accept
                """);
    }

    /**
     * Junos does not sort the entries of other lists either: a real SRX prints syslog file
     * messages before interactive-commands (junos-replies core/show-configuration.xml).
     */
    @Test
    void entriesOfOtherListsKeepTheGivenOrder() {
        Configuration config = set("""
                set system syslog file messages any notice
                set system syslog file interactive-commands interactive-commands any
                set system syslog file auth authorization info
                """);

        assertThat(config.toSet()).isEqualTo("""
                set system syslog file messages any notice
                set system syslog file interactive-commands interactive-commands any
                set system syslog file auth authorization info
                """);
    }

    @Test
    void unknownStatementsPrintAfterTheirKnownSiblingsInTheOrderWritten() {
        Configuration config = Configuration.parse("""
                interfaces {
                    ge-0/0/0 {
                        future-knob 2;
                        unit 0;
                        other-knob;
                        description uplink;
                    }
                }
                """, ConfigFormat.TEXT);
        Configuration later = config.load(LoadAction.SET, "set interfaces ge-0/0/0 mtu 1500", ConfigFormat.SET);

        assertThat(later.toText()).isEqualTo("""
                interfaces {
                    ge-0/0/0 {
                        description uplink;
                        mtu 1500;
                        unit 0;
                        future-knob 2;
                        other-knob;
                    }
                }
                """);
    }

    /**
     * XML of an older release writes {@code auth-user-agent} as a value where 23.4R1 has a list:
     * the model keeps that shape, but its text and set lines are the list entry's and re-read as
     * one, so it prints where {@code auth-user-agent} does, not after its known siblings.
     */
    @Test
    void aStatementWrittenInAnotherShapeThanTheSchemasPrintsWhereItsKeywordDoes() {
        Configuration config = Configuration.parse("""
                <configuration><security><policies><policy>
                  <from-zone-name>one</from-zone-name><to-zone-name>two</to-zone-name>
                  <policy><name>p</name><then><permit><firewall-authentication><user-firewall>
                    <client-match>test-client</client-match>
                    <auth-user-agent>Opera1</auth-user-agent>
                    <domain>test</domain>
                    <access-profile>WEBAUTH</access-profile>
                  </user-firewall></firewall-authentication></permit></then></policy>
                </policy></policies></security></configuration>
                """, ConfigFormat.XML);

        assertThat(config.toSet()).isEqualTo("""
                set security policies from-zone one to-zone two policy p then permit firewall-authentication \
                user-firewall access-profile WEBAUTH
                set security policies from-zone one to-zone two policy p then permit firewall-authentication \
                user-firewall auth-user-agent Opera1
                set security policies from-zone one to-zone two policy p then permit firewall-authentication \
                user-firewall domain test
                set security policies from-zone one to-zone two policy p then permit firewall-authentication \
                user-firewall client-match test-client
                """);
        for (ConfigFormat format : List.of(ConfigFormat.TEXT, ConfigFormat.SET)) {
            String printed = config.render(format);
            Configuration reread = Configuration.parse(printed, format);
            assertThat(reread).as(format.name()).isEqualTo(config);
            assertThat(reread.render(format)).as(format.name()).isEqualTo(printed);
        }
    }

    /** The YANG orders no top-level statements: each is another module's augment. */
    @Test
    void topLevelStatementsKeepTheOrderWrittenInEveryFormat() throws Exception {
        Configuration config = set("set protocols ospf area 0.0.0.0 interface lo0.0\nset system host-name r1\n");

        assertThat(config.toSet()).isEqualTo("set protocols ospf area 0.0.0.0 interface lo0.0\nset system host-name r1\n");
        for (ConfigFormat format : ConfigFormat.values()) {
            assertThat(topLevelOrder(config.render(format), format)).as(format.name()).containsExactly("protocols", "system");
        }
    }

    /**
     * Real routers print their top level in their own release's order, and the captures disagree:
     * an SRX of 12.1X46 (PyEZ) and a vSRX of 12.1X47 (NAPALM) print {@code interfaces} before
     * {@code security}, a vSRX of 18.4R1 (Ansible's security_policies fixture, a get-configuration
     * reply with its database-status-information) prints {@code security} first. Kept as
     * written, each prints back in its own router's order, in every format; any single order
     * would break one of them.
     */
    @TestFactory
    Stream<DynamicTest> eachRoutersCapturePrintsBackInThatRoutersTopLevelOrder() {
        return Stream.of(
                new Capture(JunosReplies.root().resolve("core/show-configuration.xml"), ConfigFormat.TEXT,
                        List.of("version", "system", "interfaces", "routing-options", "security")),
                new Capture(realConfigs().resolve("napalm__test_junos_junos_initial.conf"), ConfigFormat.TEXT,
                        List.of("version", "system", "interfaces", "protocols", "security")),
                new Capture(realConfigs().resolve("ansible__ansible_collections_junipernetworks_junos_tests_integration_"
                        + "targets_junos_security_policies_tests_netconf_fixtures_parsed.xml"), ConfigFormat.XML,
                        List.of("version", "services", "security", "interfaces", "class-of-service", "access")))
                .map(capture -> DynamicTest.dynamicTest(capture.file().getFileName().toString(), () -> {
                    String printedByJunos = capture.payload();
                    assertThat(topLevelOrder(printedByJunos, capture.format())).isEqualTo(capture.topLevel());
                    Configuration config = Configuration.parse(printedByJunos, capture.format());

                    for (ConfigFormat format : ConfigFormat.values()) {
                        assertThat(topLevelOrder(config.render(format), format)).as(format.name())
                                .isEqualTo(capture.topLevel());
                    }
                }));
    }

    /**
     * The order kept at the top level (and in a group) is the one written, not Junos's: it is not
     * part of the configuration. Configurations that differ only in it are equal and have no diff;
     * the entries of one list there (groups, apply-groups: ordered-by user) still count in order.
     */
    @Test
    void configurationsThatDifferOnlyInTheOrderOfTheirTopLevelStatementsAreEqualWithNoDiff() {
        String lines = """
                set version 23.4R1
                set groups G1 system host-name r1
                set groups G1 interfaces ge-0/0/0 mtu 1500
                set groups G2 snmp location lab
                set apply-groups G1
                set apply-groups G2
                set system services ssh
                set interfaces ge-0/0/0 description uplink
                set protocols ospf area 0.0.0.0 interface lo0.0
                """;
        Configuration forwards = set(lines);
        Configuration backwards = set("""
                set protocols ospf area 0.0.0.0 interface lo0.0
                set interfaces ge-0/0/0 description uplink
                set system services ssh
                set apply-groups G1
                set apply-groups G2
                set groups G1 interfaces ge-0/0/0 mtu 1500
                set groups G1 system host-name r1
                set groups G2 snmp location lab
                set version 23.4R1
                """);

        assertThat(backwards.toSet()).isNotEqualTo(forwards.toSet());
        assertThat(backwards).isEqualTo(forwards).hasSameHashCodeAs(forwards);
        assertThat(ConfigDiff.compare(forwards, backwards)).isEmpty();
        assertThat(set(lines.replace("set apply-groups G1\nset apply-groups G2", "set apply-groups G2\nset apply-groups G1")))
                .isNotEqualTo(forwards);
        assertThat(set("set groups G2 snmp location lab\n" + lines.replace("set groups G2 snmp location lab\n", "")))
                .isNotEqualTo(forwards);
        assertThat(set(lines.replace("location lab", "location attic"))).isNotEqualTo(forwards);
    }

    /** A group's place among the top-level statements is no move of the group: only its order among the groups is. */
    @Test
    void aDiffMarksNoGroupMovedWhenOnlyOtherTopLevelStatementsMovedAroundIt() {
        Configuration before = set("set version 23.4R1\nset groups G1 system host-name r1\nset system host-name r2\n");
        Configuration after = set("set system host-name r2\nset groups G1 system host-name r1\nset version 23.4R1\n");
        Configuration swapped = set("set groups G2 system host-name r3\n")
                .load(LoadAction.MERGE, "set groups G1 system host-name r1\n", ConfigFormat.SET);
        Configuration original = set("set groups G1 system host-name r1\nset groups G2 system host-name r3\n");

        assertThat(ConfigDiff.compare(before, after)).isEmpty();
        assertThat(ConfigDiff.compare(original, swapped)).isEqualTo("""
                [edit groups]
                !   G2 { ... }
                """);
    }

    @Test
    void annotationsStayWithTheirStatementWhenItMoves() {
        Configuration config = Configuration.parse("""
                system {
                    services {
                        ssh;
                    }
                    /* the router's name */
                    host-name r1;
                }
                """, ConfigFormat.TEXT);

        assertThat(config.toText()).isEqualTo("""
                system {
                    /* the router's name */
                    host-name r1;
                    services {
                        ssh;
                    }
                }
                """);
    }

    @Test
    void theSameStatementsInAnotherOrderAreTheSameConfigurationWithNoDiff() {
        String interfaces = OUT_OF_ORDER.lines().filter(line -> line.startsWith("set interfaces"))
                .reduce("", (all, line) -> all + line + "\n");
        Configuration forwards = set(interfaces);
        List<String> lines = new ArrayList<>(interfaces.lines().toList());
        Collections.reverse(lines);
        Configuration backwards = set(String.join("\n", lines));

        assertThat(backwards).isEqualTo(forwards);
        assertThat(ConfigDiff.compare(forwards, backwards)).isEmpty();
    }

    /**
     * Files Junos printed (NAPALM's and PyEZ's captures of real devices, whose order agrees with
     * 23.4R1's schema) read back to the same elements in the same order even when every level's
     * statements arrive in reverse order (each list's entries kept in theirs).
     */
    @TestFactory
    Stream<DynamicTest> aConfigurationJunosPrintedIsReproducedFromStatementsInReverse() {
        return Stream.of(
                "napalm__test_junos_mocked_data_test_get_bgp_config_nhs__configuration__policy_options__policy_statement"
                        + "____policy_options___configuration_.xml",
                "napalm__test_junos_mocked_data_test_get_ntp_peers_normal__configuration__system__ntp__peer____ntp___"
                        + "system___configuration_.xml",
                "napalm__test_junos_mocked_data_test_get_probes_config_normal__configuration__services__rpm__probe__test"
                        + "____probe___rpm___services___configuration_.xml",
                "pyez__tests_unit_factory_rpc-reply_get-configuration.xml")
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    String printedByJunos = Files.readString(realConfigs().resolve(name));
                    Configuration reversed = Configuration.parse(reverseStatements(printedByJunos), ConfigFormat.XML);

                    assertThat(XmlOutline.of(reversed.toXml())).isEqualTo(XmlOutline.of(printedByJunos));
                    assertThat(reversed.toText()).isEqualTo(Configuration.parse(printedByJunos, ConfigFormat.XML).toText());
                }));
    }

    private static void assertSchemaOrder(Node node) {
        SchemaStatement level = node.spec.statement;
        int previous = -1;
        for (Node child : node.children()) {
            if (level != null && level.childrenOrdered() && child.spec.statement != null) {
                int position = level.childPosition(child.spec.statement.name());
                assertThat(position).as("%s after position %d under %s", child, previous, level).isGreaterThanOrEqualTo(previous);
                previous = position;
            }
            assertSchemaOrder(child);
        }
    }

    /** The XML with each element's children in reverse order, runs of one list's entries kept in order. */
    private static String reverseStatements(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element configuration = (Element) document.getElementsByTagName("configuration").item(0);
        reverse(configuration);
        StringWriter out = new StringWriter();
        TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(configuration), new StreamResult(out));
        return out.toString();
    }

    private static void reverse(Element element) {
        List<List<Element>> runs = new ArrayList<>();
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                reverse(childElement);
                boolean sameRun = !runs.isEmpty() && runs.get(runs.size() - 1).get(0).getTagName().equals(childElement.getTagName());
                if (sameRun) {
                    runs.get(runs.size() - 1).add(childElement);
                } else {
                    runs.add(new ArrayList<>(List.of(childElement)));
                }
            }
        }
        boolean keyFirst = !runs.isEmpty() && runs.get(0).get(0).getTagName().equals("name");
        List<List<Element>> body = runs.subList(keyFirst ? 1 : 0, runs.size());
        List<List<Element>> reversed = new ArrayList<>(body);
        Collections.reverse(reversed);
        reversed.forEach(run -> run.forEach(element::appendChild));
    }

    private record Capture(Path file, ConfigFormat format, List<String> topLevel) {
        String payload() {
            return format == ConfigFormat.TEXT && file.toString().endsWith(".xml")
                    ? RealConfigurations.configurationOutput(file)
                    : JunosReplies.read(file);
        }
    }

    /** The top-level statements of a printed configuration, in the order printed, each once. */
    private static List<String> topLevelOrder(String printed, ConfigFormat format) throws Exception {
        List<String> order = new ArrayList<>();
        switch (format) {
            case TEXT -> textTopLevel(printed, order);
            case SET -> printed.lines().map(line -> line.split(" ")).filter(words -> words.length > 1)
                    .forEach(words -> addOnce(order, words[1]));
            case XML -> xmlTopLevel(printed, order);
            case JSON -> jsonTopLevel(printed, order);
        }
        return order;
    }

    private static void textTopLevel(String printed, List<String> order) {
        int depth = 0;
        for (String line : printed.lines().toList()) {
            String words = line.strip().replaceFirst("^(inactive|protect): ", "");
            if (depth == 0 && !words.isEmpty() && !words.startsWith("#") && !words.startsWith("}") && !words.startsWith("/*")) {
                addOnce(order, words.split("[ ;{]")[0]);
            }
            depth += words.chars().filter(c -> c == '{').count() - words.chars().filter(c -> c == '}').count();
        }
    }

    private static void xmlTopLevel(String printed, List<String> order) throws Exception {
        Document document = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(printed)));
        org.w3c.dom.Node configuration = document.getElementsByTagName("configuration").item(0);
        for (org.w3c.dom.Node child = configuration.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                addOnce(order, element.getTagName());
            }
        }
    }

    /** The member names of the object under "configuration" (depth 2), read past strings. */
    private static void jsonTopLevel(String printed, List<String> order) {
        int depth = 0;
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (printed.charAt(end) != '"') {
                    end += printed.charAt(end) == '\\' ? 2 : 1;
                }
                if (depth == 2 && printed.substring(end + 1).stripLeading().startsWith(":")) {
                    addOnce(order, printed.substring(i + 1, end));
                }
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }

    private static void addOnce(List<String> order, String name) {
        if (!order.contains(name)) {
            order.add(name);
        }
    }

    private static Path realConfigs() {
        return JunosReplies.root().resolveSibling("real-configs");
    }

    private static Configuration set(String lines) {
        return Configuration.parse(lines, ConfigFormat.SET);
    }
}
