package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigDatabase;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.DeviceOptions;
import io.jmcp.netconf.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.NetconfException;
import io.jmcp.netconf.config.ConfigSyntaxException;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.netconf.config.PlatformFamily;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The issue's proof over every configuration of ../shared/real-configs (SOURCES.txt gives each
 * origin): parsed, printed in every format and re-parsed without loss; a .set file's own lines
 * equal to the model's set conversion; loaded into the simulator through {@link JunosDevice}
 * (an MX, or a vSRX for SRX configurations) and read back identically.
 *
 * <p>The files that still fail are listed with their reason: the test fails when another file
 * breaks and when a listed one starts passing, so the list only ever shrinks.
 */
class RealConfigurationFidelityTest {

    private static final List<ConfigFormat> FORMATS =
            List.of(ConfigFormat.TEXT, ConfigFormat.SET, ConfigFormat.XML, ConfigFormat.JSON);

    /** File, tab, why it is not exact today ("changed: ..." or "refused: ..."), one a line. */
    private static final String KNOWN_FAILURES = "real-configs-known-failures.txt";

    private static SimulatorFleet fleet;
    private static JunosDevice mx;
    private static JunosDevice srx;

    @BeforeAll
    static void start() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.of("mx", Platform.MX), DeviceSpec.of("srx", Platform.VSRX)));
        mx = connect("mx");
        srx = connect("srx");
    }

    @AfterAll
    static void stop() {
        mx.close();
        srx.close();
        fleet.close();
    }

    @Test
    void everyRealConfigurationIsReadPrintedAndLoadedExactly() throws IOException {
        Path dir = Path.of(System.getProperty("jmcp.shared.dir", "../../shared"), "real-configs");
        Map<String, String> failures = new TreeMap<>();
        int files = 0;
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path file : listing.sorted().toList()) {
                ConfigFormat format = formatOf(file);
                if (format == null) {
                    continue;
                }
                files++;
                String failure = check(file, format);
                if (failure != null) {
                    failures.put(file.getFileName().toString(), failure);
                }
            }
        }
        long refused = failures.values().stream().filter(reason -> reason.startsWith("refused")).count();
        System.out.printf("real-configs fidelity: files %d, exact %d, changed %d, refused %d%n",
                files, files - failures.size(), failures.size() - refused, refused);
        failures.forEach((file, reason) -> System.out.println(file + "\t" + reason));
        assertThat(failures).containsExactlyEntriesOf(knownFailures());
    }

    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> known = new TreeMap<>();
        try (var in = RealConfigurationFidelityTest.class.getResourceAsStream(KNOWN_FAILURES)) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> known.put(line.substring(0, line.indexOf('\t')),
                            line.substring(line.indexOf('\t') + 1)));
        }
        return known;
    }

    /** @return null when exact, else why not */
    private static String check(Path file, ConfigFormat format) throws IOException {
        String payload = Files.readString(file);
        Configuration parsed;
        try {
            parsed = Configuration.parse(payload, format);
        } catch (ConfigSyntaxException e) {
            return "refused: " + e.getMessage().replace('\n', ' ');
        }
        if (parsed.isEmpty()) {
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
        if (format == ConfigFormat.SET && !sortedLines(parsed.toSet()).equals(sortedLines(payload))) {
            return "changed: set conversion differs from the file's own set lines";
        }
        return throughTheSimulator(parsed);
    }

    private static String throughTheSimulator(Configuration parsed) {
        boolean security = parsed.schemaViolations(PlatformFamily.JUNOS).size()
                > parsed.schemaViolations(PlatformFamily.JUNOS_ES).size();
        JunosDevice device = security ? srx : mx;
        try {
            device.loadConfiguration(parsed.toText(), ConfigFormat.TEXT, LoadAction.OVERRIDE);
            String readBack = device.getConfiguration(ConfigFormat.XML, ConfigDatabase.CANDIDATE, null);
            if (!Configuration.parse(readBack, ConfigFormat.XML).equals(parsed)) {
                return "changed: the simulator reads it back differently";
            }
            return null;
        } catch (NetconfException e) {
            return "refused: simulator: " + e.getMessage().replace('\n', ' ');
        } finally {
            device.discardChanges();
        }
    }

    private static List<String> sortedLines(String text) {
        List<String> lines = new ArrayList<>(text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        lines.sort(null);
        return lines;
    }

    private static ConfigFormat formatOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".conf")) {
            return ConfigFormat.TEXT;
        }
        if (name.endsWith(".set")) {
            return ConfigFormat.SET;
        }
        return name.endsWith(".xml") ? ConfigFormat.XML : null;
    }

    private static JunosDevice connect(String name) {
        SimulatedDevice device = fleet.device(name);
        return JunosDevice.connect(DeviceOptions.builder(SimulatedDevice.HOST).port(device.port())
                .username("jmcp").password("jmcp").hostKeyPolicy(HostKeyPolicy.OFF)
                .connectTimeout(Duration.ofSeconds(10)).rpcTimeout(Duration.ofSeconds(30)).build());
    }
}
