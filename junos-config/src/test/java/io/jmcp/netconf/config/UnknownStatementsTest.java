package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import org.junit.jupiter.api.Test;

/**
 * Statements the 23.4R1 schema does not know (other releases, typos, fragments printed below the
 * top) keep their words exactly through every format, set lines included, by the rule written in
 * {@link PathWalker}'s class comment.
 */
class UnknownStatementsTest {

    private static Configuration set(String lines) {
        return Configuration.parse(lines, ConfigFormat.SET);
    }

    private static Configuration text(String text) {
        return Configuration.parse(text, ConfigFormat.TEXT);
    }

    private static void roundTripsInEveryFormat(Configuration config) {
        for (ConfigFormat format : ConfigFormat.values()) {
            String printed = config.render(format);
            Configuration reread = Configuration.parse(printed, format);
            assertThat(reread).as(format.name()).isEqualTo(config);
            assertThat(reread.render(format)).as(format.name()).isEqualTo(printed);
        }
    }

    @Test
    void wordsAfterAnUnknownWordAreBelowItEvenWhenOneIsAKeywordOfItsParent() {
        Configuration config = set("set bfd-liveness-detection version automatic\n");

        assertThat(config.toText()).isEqualTo("""
                bfd-liveness-detection {
                    version automatic;
                }
                """);
        assertThat(config.schemaViolations(null)).extracting(SchemaViolation::badElement)
                .containsExactly("bfd-liveness-detection");
    }

    @Test
    void anUnknownLeafGivenWordsBelowItBecomesABlockHoldingItsValue() {
        String lines = """
                set bfd-liveness-detection no-adaptation
                set bfd-liveness-detection transmit-interval minimum-interval 4
                """;

        Configuration config = set(lines);

        assertThat(config.toSet()).isEqualTo(lines);
        assertThat(config.toText()).isEqualTo("""
                bfd-liveness-detection {
                    no-adaptation;
                    transmit-interval {
                        minimum-interval 4;
                    }
                }
                """);
        roundTripsInEveryFormat(config);
    }

    @Test
    void anUnknownBlockIsTheSameConfigurationAsTheSetLinesItPrints() {
        Configuration fromText = text("fxp0 { unit 0 { family inet { dhcp; } } }");
        Configuration fromSet = set(fromText.toSet());

        assertThat(fromText.toSet()).isEqualTo("set fxp0 unit 0 family inet dhcp\n");
        assertThat(fromSet).isEqualTo(fromText).hasSameHashCodeAs(fromText);
        assertThat(fromText.toText()).isEqualTo("""
                fxp0 {
                    unit 0 {
                        family inet {
                            dhcp;
                        }
                    }
                }
                """);
        roundTripsInEveryFormat(fromText);
    }

    @Test
    void anUnknownStatementKeepsTheShapeItWasWrittenInOutsideSetLines() {
        Configuration flagInBlock = text("future { knob; }");
        Configuration leaf = text("future knob;");

        assertThat(flagInBlock.toText()).isEqualTo("future {\n    knob;\n}\n");
        assertThat(leaf.toText()).isEqualTo("future knob;\n");
        assertThat(flagInBlock.toXml()).isNotEqualTo(leaf.toXml());
        assertThat(flagInBlock).isEqualTo(leaf);
    }

    @Test
    void aValueWrittenWhereTheSchemaHasAListIsTheSameStatementAsTheListEntry() {
        Configuration fromXml = Configuration.parse("<configuration><security><policies><policy><from-zone-name>a"
                + "</from-zone-name><to-zone-name>b</to-zone-name><policy><name>p</name><then><permit>"
                + "<firewall-authentication><pass-through><auth-user-agent>Opera1</auth-user-agent></pass-through>"
                + "</firewall-authentication></permit></then></policy></policy></policies></security></configuration>",
                ConfigFormat.XML);

        Configuration fromText = text(fromXml.toText());

        assertThat(fromText).isEqualTo(fromXml);
        assertThat(fromXml.toXml()).contains("<auth-user-agent>Opera1</auth-user-agent>");
        roundTripsInEveryFormat(fromXml);
    }

    @Test
    void anEmptyConfigurationRoundTripsAsEmpty() {
        Configuration empty = Configuration.parse("<configuration>\n</configuration>", ConfigFormat.XML);

        assertThat(empty.isEmpty()).isTrue();
        assertThat(Configuration.parse(empty.toXml(), ConfigFormat.XML).isEmpty()).isTrue();
        assertThat(empty.toText()).isEmpty();
        assertThat(empty.toSet()).isEmpty();
    }
}
