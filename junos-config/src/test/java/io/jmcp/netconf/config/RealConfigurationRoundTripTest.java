package io.jmcp.netconf.config;

import io.jmcp.netconf.JunosReplies;
import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every configuration captured from real devices survives every conversion unchanged. */
class RealConfigurationRoundTripTest {

    @TestFactory
    Stream<DynamicTest> textToSetToTextKeepsTreeAndText() {
        return eachConfiguration(original -> {
            String text = original.toText();
            Configuration viaSet = Configuration.parse(Configuration.parse(text, ConfigFormat.TEXT).toSet(), ConfigFormat.SET);
            assertThat(viaSet).isEqualTo(original);
            assertThat(viaSet.toText()).isEqualTo(text);
        });
    }

    @TestFactory
    Stream<DynamicTest> setToXmlToSetKeepsTreeAndLines() {
        return eachConfiguration(original -> {
            String set = original.toSet();
            Configuration viaXml = Configuration.parse(Configuration.parse(set, ConfigFormat.SET).toXml(), ConfigFormat.XML);
            assertThat(viaXml).isEqualTo(original);
            assertThat(viaXml.toSet()).isEqualTo(set);
        });
    }

    @TestFactory
    Stream<DynamicTest> xmlToJsonToXmlKeepsTreeAndXml() {
        return eachConfiguration(original -> {
            String xml = original.toXml();
            Configuration viaJson = Configuration.parse(Configuration.parse(xml, ConfigFormat.XML).toJson(), ConfigFormat.JSON);
            assertThat(viaJson).isEqualTo(original);
            assertThat(viaJson.toXml()).isEqualTo(xml);
        });
    }

    /**
     * The captures come from Junos 10.x to 16.x, whose statement order differs in places from
     * 23.4R1's YANG that the model prints in (their {@code system services} print {@code ssh}
     * before {@code netconf}; 23.4R1 defines {@code netconf} first): the elements must be the
     * same, in any order of distinct statements (StatementOrderTest covers the order).
     */
    @TestFactory
    Stream<DynamicTest> renderedXmlHoldsTheSameElementsAsTheDevice() {
        return RealConfigurations.configurationFiles().stream()
                .filter(file -> !RealConfigurations.isText(file))
                .map(file -> DynamicTest.dynamicTest(name(file), () -> {
                    Configuration parsed = Configuration.parse(JunosReplies.read(file), ConfigFormat.XML);
                    assertThat(XmlOutline.ofAnySiblingOrder(parsed.toXml()))
                            .isEqualTo(XmlOutline.ofAnySiblingOrder(JunosReplies.read(file)));
                }));
    }

    @Test
    void showConfigurationTextAndGetConfigurationXmlOfOneDeviceAreTheSameTree() {
        Configuration fromText = parse(Path.of("core", "show-configuration.xml"));
        Configuration fromXml = parse(Path.of("core", "get-configuration.xml"));

        assertThat(fromText).isEqualTo(fromXml);
        // the same lines; their order is 12.1X46's, which differs from 23.4R1's (see above)
        assertThat(fromXml.toText().lines().sorted()).containsExactlyElementsOf(withoutComments(
                RealConfigurations.configurationOutput(JunosReplies.root().resolve("core/show-configuration.xml")))
                .lines().sorted().toList());
    }

    @Test
    void everyReplyWithAConfigurationYieldsStatements() {
        List<Path> files = RealConfigurations.configurationFiles();

        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        assertThat(files).allSatisfy(file -> assertThat(parse(file).isEmpty()).as(file.toString()).isFalse());
    }

    private static Stream<DynamicTest> eachConfiguration(ThrowingCheck check) {
        return RealConfigurations.configurationFiles().stream()
                .map(file -> DynamicTest.dynamicTest(name(file), () -> check.accept(parse(file))));
    }

    private static Configuration parse(Path file) {
        Path resolved = file.isAbsolute() ? file : JunosReplies.root().resolve(file);
        if (RealConfigurations.isText(resolved)) {
            return Configuration.parse(RealConfigurations.configurationOutput(resolved), ConfigFormat.TEXT);
        }
        return Configuration.parse(JunosReplies.read(resolved), ConfigFormat.XML);
    }

    /** {@code show configuration} prints commit banners and SECRET-DATA markers as {@code #} comments. */
    private static String withoutComments(String text) {
        Function<String, String> strip = line -> line.replaceAll("\\s*##.*$", "");
        return text.lines().map(strip).filter(line -> !line.isBlank()).reduce("", (all, line) -> all + line + "\n");
    }

    private static String name(Path file) {
        return JunosReplies.root().relativize(file).toString();
    }

    @FunctionalInterface
    private interface ThrowingCheck {
        void accept(Configuration configuration) throws Exception;
    }
}
