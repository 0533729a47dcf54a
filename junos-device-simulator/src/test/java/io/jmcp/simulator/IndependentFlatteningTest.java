package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.config.ConfigSyntaxException;
import io.jmcp.netconf.config.Configuration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The configuration model's {@code display set} conversion of every .conf and .xml file of
 * ../shared/real-configs equals {@link IndependentSetFlattening}'s, which shares no code with the
 * model. The files where they differ are listed with the first difference
 * ({@value #KNOWN_DIFFERENCES}: file, tab, reason); the test fails when another file differs and
 * when a listed one starts matching or differs otherwise. Run with
 * {@code -D}{@value #REWRITE}{@code =true} to rewrite the list from what the model does now (after
 * a change of the model, once the new differences have been read).
 */
class IndependentFlatteningTest {

    static final String KNOWN_DIFFERENCES = "independent-flattening-known-differences.txt";
    static final String REWRITE = "jmcp.rewriteKnownDifferences";
    private static final Path SOURCE = Path.of("src/test/resources/io/jmcp/simulator", KNOWN_DIFFERENCES);
    private static final String HEADER = """
            # Files of ../shared/real-configs whose set conversion by the configuration model differs from
            # IndependentSetFlattening (no schema, no model code), with the first difference: file, tab, reason.
            # Kept exact by IndependentFlatteningTest; rewrite with -Djmcp.rewriteKnownDifferences=true.
            # Every entry was checked line by line: the flattening is the one that is wrong. XML needs the
            # schema (nokeyword leaves in Juniper's YANG) for a value written without its keyword
            # (<as-number>, <ip-prefix>, <rd-type>, <bundle>, <value>, <timeout>, <limit-threshold>,
            # <address>, <filename>, <profile>, <loops>, <range-high>, <source-end-user-profile-name>),
            # a list whose keyword the CLI hides (<contents>, <prefix-list-item>, <client-address-list>),
            # a list of several keys (<from-zone-name> <to-zone-name>) and a renamed element
            # (<ieee-802.3ad> is 802.3ad). The model also quotes a value holding '^' (match "^set*"),
            # which the flattening leaves bare: no capture in ../shared shows how Junos prints it.
            # "model refuses" lines are files that are malformed as their projects wrote them.
            """;

    @Test
    void theModelsSetConversionEqualsAnIndependentFlatteningOfEveryRealConfiguration() throws IOException {
        Map<Path, ConfigFormat> files = textAndXmlConfigurations();
        Map<String, String> differences = new TreeMap<>();
        for (Map.Entry<Path, ConfigFormat> file : files.entrySet()) {
            String difference = difference(Files.readString(file.getKey(), StandardCharsets.UTF_8), file.getValue());
            if (difference != null) {
                differences.put(file.getKey().getFileName().toString(), difference);
            }
        }
        System.out.printf("independent flattening: files %d, equal %d, different %d%n",
                files.size(), files.size() - differences.size(), differences.size());
        if (Boolean.getBoolean(REWRITE)) {
            StringBuilder list = new StringBuilder(HEADER);
            differences.forEach((file, reason) -> list.append(file).append('\t').append(reason).append('\n'));
            Files.writeString(SOURCE, list, StandardCharsets.UTF_8);
            System.out.println("rewrote " + SOURCE.toAbsolutePath());
            return;
        }
        assertThat(differences).containsExactlyEntriesOf(knownDifferences());
    }

    /** @return null when the model's set lines are the flattening's (in any order), else the first difference each way */
    private static String difference(String payload, ConfigFormat format) {
        List<String> independent;
        try {
            independent = format == ConfigFormat.XML ? IndependentSetFlattening.ofXml(payload)
                    : IndependentSetFlattening.ofText(payload);
        } catch (IllegalArgumentException e) {
            return "not flattened: " + e.getMessage();
        }
        List<String> model;
        try {
            model = Configuration.parse(payload, format).toSet().lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (ConfigSyntaxException e) {
            return "model refuses: " + e.getMessage().replace('\n', ' ').replace('\t', ' ');
        }
        List<String> modelOnly = without(model, independent);
        List<String> independentOnly = without(independent, model);
        if (modelOnly.isEmpty() && independentOnly.isEmpty()) {
            return null;
        }
        return "model only: " + firstOf(modelOnly) + "; flattening only: " + firstOf(independentOnly);
    }

    /** The lines of {@code lines} left when each line of {@code others} takes away one equal line (a multiset difference). */
    private static List<String> without(List<String> lines, List<String> others) {
        List<String> left = new ArrayList<>(lines);
        others.forEach(left::remove);
        left.sort(null);
        return left;
    }

    private static String firstOf(List<String> lines) {
        if (lines.isEmpty()) {
            return "none";
        }
        String first = lines.get(0).replace('\t', ' ');
        return lines.size() == 1 ? first : first + " (and " + (lines.size() - 1) + " more)";
    }

    private static Map<String, String> knownDifferences() throws IOException {
        Map<String, String> known = new TreeMap<>();
        try (var in = IndependentFlatteningTest.class.getResourceAsStream(KNOWN_DIFFERENCES)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> known.put(line.substring(0, line.indexOf('\t')),
                            line.substring(line.indexOf('\t') + 1)));
        }
        return known;
    }

    private static Map<Path, ConfigFormat> textAndXmlConfigurations() throws IOException {
        Path dir = Path.of(System.getProperty("jmcp.shared.dir", "../../shared"), "real-configs");
        Map<Path, ConfigFormat> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(dir)) {
            listing.forEach(file -> {
                String name = file.getFileName().toString();
                if (name.endsWith(".conf")) {
                    files.put(file, ConfigFormat.TEXT);
                } else if (name.endsWith(".xml")) {
                    files.put(file, ConfigFormat.XML);
                }
            });
        }
        return files;
    }
}
