package io.jmcp.simulator;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigDatabase;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.config.ConfigSyntaxException;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.netconf.config.PlatformFamily;
import io.jmcp.netconf.config.SchemaViolation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The issue's proof over every configuration of ../shared/real-configs (SOURCES.txt gives each
 * origin): parsed, printed in every format and re-parsed without loss; a .set file's own lines
 * equal to the model's set conversion (its {@code delete} lines applied, as {@code load set} does);
 * loaded into the simulator through {@link JunosDevice} and read back identically. Each file goes
 * to the simulated platform whose family's 23.4R1 schema knows most of its statements (an MX, a
 * vSRX for SRX configurations with {@code security}, an EX), as it would to the router it was
 * written for. An empty configuration ({@code <configuration/>}) is exact when it reads as empty.
 * A fragment (Ansible's unit fixtures printed below the top) is read at its level, wrapped in its
 * parents, as an engineer loads it ({@code load merge relative} from that level): see
 * {@link #FRAGMENT_LEVELS}.
 *
 * <p>The files that still fail are listed with their reason: the test fails when another file
 * breaks and when a listed one starts passing, so the list only ever shrinks.
 */
class RealConfigurationFidelityTest {

    private static final List<ConfigFormat> FORMATS =
            List.of(ConfigFormat.TEXT, ConfigFormat.SET, ConfigFormat.XML, ConfigFormat.JSON);

    /** File, tab, why it is not exact today ("changed: ..." or "refused: ..."), one a line. */
    private static final String KNOWN_FAILURES = "real-configs-known-failures.txt";

    /**
     * The reason of a file the model reads, prints and re-reads exactly but a 23.4R1 router (the
     * simulator) refuses: statements of other releases, deliberate typos.
     */
    private static final String SIMULATOR_REFUSES = "model exact, simulator refuses as 23.4R1 does: ";

    private static final String ANSIBLE_FIXTURES =
            "ansible__ansible_collections_junipernetworks_junos_tests_unit_modules_network_junos_fixtures_";

    /**
     * The files of real-configs printed below the top, with the level each belongs to; their
     * statements exist only there, so they are read wrapped in that level's parents.
     */
    private static final Map<String, List<String>> FRAGMENT_LEVELS = Map.of(
            // "description ...; preference 2; hold-time 5; advertise-inactive;": bgp's own statements
            // (test_junos_bgp_address_family.py / test_junos_bgp_global.py emit <protocols><bgp>)
            ANSIBLE_FIXTURES + "junos_bgp_address_family.cfg.conf", List.of("protocols", "bgp"),
            ANSIBLE_FIXTURES + "junos_bgp_global.cfg.conf", List.of("protocols", "bgp"),
            // "ge-0/0/0 { description ...; } fxp0 { unit 0 ...": interface entries (junos_*interfaces)
            ANSIBLE_FIXTURES + "junos_interfaces.cfg.conf", List.of("interfaces"),
            ANSIBLE_FIXTURES + "junos_l2_interfaces.cfg.conf", List.of("interfaces"),
            ANSIBLE_FIXTURES + "junos_l3_interfaces.cfg.conf", List.of("interfaces"),
            // "area 0.0.0.2 { interface ge-0/0/2.0 { metric 5; priority 3; } }": the afi ipv4 area
            // test_junos_ospf_interfaces.py merges as <protocols><ospf><area>0.0.0.2 (not ospf3)
            ANSIBLE_FIXTURES + "junos_ospf_interfaces.cfg.conf", List.of("protocols", "ospf"));

    private static SimulatorFleet fleet;
    private static JunosDevice mx;
    private static JunosDevice srx;
    private static JunosDevice ex;

    @BeforeAll
    static void start() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.of("mx", Platform.MX), DeviceSpec.of("srx", Platform.VSRX),
                DeviceSpec.of("ex", Platform.EX)));
        mx = connect("mx");
        srx = connect("srx");
        ex = connect("ex");
    }

    @AfterAll
    static void stop() {
        mx.close();
        srx.close();
        ex.close();
        fleet.close();
    }

    @Test
    void everyRealConfigurationIsReadPrintedAndLoadedExactly() throws IOException {
        Map<Path, ConfigFormat> files = realConfigurations();
        Map<String, String> failures = new TreeMap<>();
        for (Map.Entry<Path, ConfigFormat> file : files.entrySet()) {
            String failure = check(file.getKey(), file.getValue());
            if (failure != null) {
                failures.put(file.getKey().getFileName().toString(), failure);
            }
        }
        long refused = failures.values().stream().filter(reason -> reason.startsWith("refused")).count();
        long changed = failures.values().stream().filter(reason -> reason.startsWith("changed")).count();
        System.out.printf("real-configs fidelity: files %d, exact %d, changed %d, refused %d"
                + " (model exact, refused by the simulator as by 23.4R1: %d)%n", files.size(),
                files.size() - failures.size(), changed, refused, failures.size() - refused - changed);
        failures.forEach((file, reason) -> System.out.println(file + "\t" + reason));
        assertThat(failures).containsExactlyEntriesOf(knownFailures());
    }

    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> known = new TreeMap<>();
        try (var in = RealConfigurationFidelityTest.class.getResourceAsStream(KNOWN_FAILURES)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> known.put(line.substring(0, line.indexOf('\t')),
                            line.substring(line.indexOf('\t') + 1)));
        }
        return known;
    }

    /**
     * Every real configuration of ../shared/real-configs is valid on at least one family, except
     * the files below (file -> the words refused), each for a reason Junos 23.4R1 would share:
     * NAPALM's deliberately malformed inputs ({@code *_typo.conf}: {@code unt} for {@code unit});
     * and fixtures of older releases whose statements are absent from Juniper's 23.4R1 YANG in
     * every family (prefix-list dynamic-db, GPRS renamed GTP, bgp no-validate, login user shell,
     * web-management http, user-firewall client-match). The map is exact: the test fails when
     * another file is refused and when one of these is accepted. Fragments are read at their
     * level ({@link #FRAGMENT_LEVELS}), where each of their statements exists.
     */
    @Test
    void theSchemaRefusesOnlyTyposAndStatementsOfOlderReleases() throws IOException {
        Map<String, String> refused = new TreeMap<>();
        for (Map.Entry<Path, ConfigFormat> file : realConfigurations().entrySet()) {
            Configuration configuration;
            try {
                configuration = Configuration.parse(readAtItsLevel(file.getKey()), file.getValue());
            } catch (ConfigSyntaxException e) {
                continue; // the fidelity test accounts for files the model cannot read
            }
            List<SchemaViolation> found = configuration.schemaViolations(null);
            if (!found.isEmpty()) {
                refused.put(file.getKey().getFileName().toString(), found.stream()
                        .map(violation -> violation.path() + " " + violation.badElement())
                        .distinct().collect(Collectors.joining("; ")));
            }
        }
        assertThat(refused).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                entry("ansible__ansible_collections_junipernetworks_junos_tests_integration_targets_junos_prefix_"
                        + "lists_tests_netconf_fixtures_parsed.cfg.xml",
                        "[edit policy-options prefix-list 64500] dynamic-db"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_integration_targets_junos_securit"
                        + "y_policies_tests_netconf_fixtures_parsed.xml",
                        "[edit security policies from-zone one to-zone three policy test_policy_3 then permit"
                        + " application-services] gprs-gtp-profile; [edit security] gprs"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_unit_modules_network_junos_fixtur"
                        + "es_junos_prefix_lists_config.cfg.xml",
                        "[edit policy-options prefix-list customer_64500] dynamic-db"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_unit_modules_network_junos_fixtur"
                        + "es_junos_security_policies_config.cfg.xml",
                        "[edit security policies from-zone one to-zone three policy test_policy_3 then permit"
                        + " firewall-authentication user-firewall] client-match; [edit security policies from-zone"
                        + " one to-zone three policy test_policy_3 then permit application-services]"
                        + " gprs-gtp-profile; [edit security policies from-zone one to-zone three policy"
                        + " test_policy_3 then permit application-services] gprs-sctp-profile"),
                entry("napalm__test_junos_junos_merge_typo.conf",
                        "[edit interfaces ge-0/0/1] unt"),
                entry("napalm__test_junos_junos_mock_data__configuration__protocols__bgp__group____bgp___protocol"
                        + "s___configuration_.txt.xml",
                        "[edit protocols bgp group PEERS-GROUP-NAME neighbor 172.17.17.1 family inet unicast]"
                        + " no-validate"),
                entry("napalm__test_junos_junos_mock_data__configuration__protocols__bgp__group__neighbor____grou"
                        + "p___bgp___protocols___configuration_.txt.xml",
                        "[edit protocols bgp group PEERS-GROUP-NAME neighbor 172.17.17.1 family inet unicast]"
                        + " no-validate"),
                entry("napalm__test_junos_junos_new_typo.conf",
                        "[edit interfaces ge-0/0/1] unt"),
                entry("napalm__test_junos_mocked_data_test_get_bgp_config_normal__configuration__protocols__bgp__"
                        + "group____bgp___protocols___configuration_.xml",
                        "[edit protocols bgp group PEERS-GROUP-NAME neighbor 172.17.17.1 family inet unicast]"
                        + " no-validate"),
                entry("pyez__tests_unit_factory_rpc-reply_get-configuration-user.xml",
                        "[edit system login user test] shell"),
                entry("pyez__tests_unit_ofacts_rpc-reply_chassis_get-configuration.xml",
                        "[edit system services web-management] http"),
                entry("pyez__tests_unit_rpc-reply_get-configuration.xml",
                        "[edit system services web-management] http"),
                entry("pyez__tests_unit_utils_rpc-reply_get-configuration.xml",
                        "[edit system services web-management] http"))));
    }

    /** @return null when exact, else why not */
    private static String check(Path file, ConfigFormat format) throws IOException {
        String payload = readAtItsLevel(file);
        Configuration parsed;
        try {
            parsed = Configuration.parse(payload, format);
        } catch (ConfigSyntaxException e) {
            return "refused: " + e.getMessage().replace('\n', ' ');
        }
        if (parsed.isEmpty() && !holdsNoStatement(payload, format)) {
            return "changed: reads as an empty configuration";
        }
        for (ConfigFormat printed : FORMATS) {
            String text = parsed.render(printed);
            Configuration reparsed;
            try {
                reparsed = Configuration.parse(text, printed);
            } catch (ConfigSyntaxException e) {
                return "changed: its " + printed + " print is not re-read: " + e.getMessage().replace('\n', ' ');
            }
            if (!reparsed.equals(parsed) || !reparsed.render(printed).equals(text)) {
                return "changed: " + printed + " round trip differs";
            }
        }
        if (format == ConfigFormat.SET && !sortedLines(parsed.toSet()).equals(setLinesAfterDeletes(payload))) {
            return "changed: set conversion differs from the file's own set lines";
        }
        return throughTheSimulator(parsed);
    }

    /**
     * The file's text, a fragment wrapped in the parents of its level (text files only: every
     * fragment of real-configs is curly-brace text).
     */
    private static String readAtItsLevel(Path file) throws IOException {
        String payload = Files.readString(file);
        List<String> level = FRAGMENT_LEVELS.getOrDefault(file.getFileName().toString(), List.of());
        return String.join(" {\n", level) + (level.isEmpty() ? "" : " {\n") + payload + "}\n".repeat(level.size());
    }

    /** Whether the file itself holds no statement: an empty {@code <configuration/>}, or blank text. */
    private static boolean holdsNoStatement(String payload, ConfigFormat format) {
        return format == ConfigFormat.XML ? IndependentSetFlattening.ofXml(payload).isEmpty() : payload.isBlank();
    }

    /**
     * The file's own lines as {@code load set} leaves them: a {@code delete} line removes the
     * {@code set} lines before it at or below its path, and is not itself a statement.
     */
    private static List<String> setLinesAfterDeletes(String payload) {
        List<String> lines = new ArrayList<>();
        for (String line : nonBlankLines(payload)) {
            if (line.startsWith("delete ")) {
                String path = "set " + line.substring("delete ".length());
                lines.removeIf(set -> set.equals(path) || set.startsWith(path + " "));
            } else {
                lines.add(line);
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String throughTheSimulator(Configuration parsed) {
        JunosDevice device = switch (familyKnowingMost(parsed)) {
            case JUNOS_ES -> srx;
            case JUNOS_EX -> ex;
            case JUNOS -> mx;
        };
        try {
            // an empty configuration has no text to load; its XML is an empty <configuration/>
            ConfigFormat loaded = parsed.isEmpty() ? ConfigFormat.XML : ConfigFormat.TEXT;
            device.loadConfiguration(parsed.render(loaded), loaded, LoadAction.OVERRIDE);
            String readBack = device.getConfiguration(ConfigFormat.XML, ConfigDatabase.CANDIDATE, null);
            if (!Configuration.parse(readBack, ConfigFormat.XML).equals(parsed)) {
                return "changed: the simulator reads it back differently";
            }
            return null;
        } catch (NetconfException e) {
            return SIMULATOR_REFUSES + e.getMessage().replace('\n', ' ');
        } finally {
            device.discardChanges();
        }
    }

    /**
     * The family whose schema leaves the fewest of the file's set lines unknown (a whole unknown
     * {@code security policies} counts every line below it); MX on a tie, then SRX.
     */
    private static PlatformFamily familyKnowingMost(Configuration parsed) {
        List<String> lines = nonBlankLines(parsed.toSet());
        PlatformFamily best = PlatformFamily.JUNOS;
        long fewest = unknownLines(parsed, lines, best);
        for (PlatformFamily family : List.of(PlatformFamily.JUNOS_ES, PlatformFamily.JUNOS_EX)) {
            long unknown = unknownLines(parsed, lines, family);
            if (unknown < fewest) {
                best = family;
                fewest = unknown;
            }
        }
        return best;
    }

    private static long unknownLines(Configuration parsed, List<String> lines, PlatformFamily family) {
        List<String> unknownPaths = parsed.schemaViolations(family).stream()
                .map(violation -> "set " + (violation.path().substring("[edit".length(), violation.path().length() - 1)
                        + " " + violation.badElement()).strip())
                .toList();
        return lines.stream().filter(line -> unknownPaths.stream()
                .anyMatch(path -> line.equals(path) || line.startsWith(path + " "))).count();
    }

    private static List<String> sortedLines(String text) {
        List<String> lines = new ArrayList<>(nonBlankLines(text));
        lines.sort(null);
        return lines;
    }

    private static List<String> nonBlankLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The configuration files of ../shared/real-configs, sorted, with the format of each. */
    private static Map<Path, ConfigFormat> realConfigurations() throws IOException {
        Path dir = Path.of(System.getProperty("jmcp.shared.dir", "../../shared"), "real-configs");
        Map<Path, ConfigFormat> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(dir)) {
            listing.forEach(file -> {
                String name = file.getFileName().toString();
                if (name.endsWith(".conf")) {
                    files.put(file, ConfigFormat.TEXT);
                } else if (name.endsWith(".set")) {
                    files.put(file, ConfigFormat.SET);
                } else if (name.endsWith(".xml")) {
                    files.put(file, ConfigFormat.XML);
                }
            });
        }
        return files;
    }

    private static JunosDevice connect(String name) {
        SimulatedDevice device = fleet.device(name);
        return JunosDevice.connect(DeviceOptions.builder(SimulatedDevice.HOST).port(device.port())
                .username("jmcp").password("jmcp").hostKeyPolicy(HostKeyPolicy.OFF)
                .connectTimeout(Duration.ofSeconds(10)).rpcTimeout(Duration.ofSeconds(30)).build());
    }
}
