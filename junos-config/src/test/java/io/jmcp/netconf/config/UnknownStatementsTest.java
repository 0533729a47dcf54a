package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
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

    private static Configuration xml(String xml) {
        return Configuration.parse(xml, ConfigFormat.XML);
    }

    private static Configuration json(String json) {
        return Configuration.parse(json, ConfigFormat.JSON);
    }

    /** The text printed back after text -> XML -> JSON -> set -> text, each step printed and re-read. */
    private static String throughEveryFormat(String text) {
        Configuration config = text(text);
        for (ConfigFormat format : new ConfigFormat[] {ConfigFormat.XML, ConfigFormat.JSON, ConfigFormat.SET}) {
            config = Configuration.parse(config.render(format), format);
        }
        return config.toText();
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
    void anUnknownStatementWrittenTwiceWithValuesPrintsBothLinesAsWritten() {
        String written = """
                ethernet link-down;
                ethernet link-up;
                """;

        Configuration config = text(written);

        assertThat(config.toText()).isEqualTo(written);
        assertThat(config.toSet()).isEqualTo("set ethernet link-down\nset ethernet link-up\n");
        assertThat(config.toXml()).isEqualTo("""
                <configuration>
                    <ethernet>link-down</ethernet>
                    <ethernet>link-up</ethernet>
                </configuration>
                """);
        assertThat(config.toJson()).isEqualTo("""
                {
                    "configuration" : {
                        "ethernet" : ["link-down", "link-up"]
                    }
                }
                """);
        assertThat(throughEveryFormat(written)).isEqualTo(written);
        roundTripsInEveryFormat(config);
    }

    @Test
    void threeRepetitionsKeepTheOrderWrittenThroughEveryFormat() {
        String written = """
                future-knob 30;
                future-knob 10;
                future-knob 20;
                """;

        Configuration config = text(written);

        assertThat(config.toText()).isEqualTo(written);
        assertThat(config.toSet()).isEqualTo("set future-knob 30\nset future-knob 10\nset future-knob 20\n");
        assertThat(config.toJson()).contains("\"future-knob\" : [\"30\", \"10\", \"20\"]");
        assertThat(throughEveryFormat(written)).isEqualTo(written);
        roundTripsInEveryFormat(config);
    }

    @Test
    void repetitionsInsideAKnownListEntryFollowItsKnownStatementsInTheOrderWritten() {
        String written = """
                interfaces {
                    ge-0/0/0 {
                        ethernet link-down;
                        description uplink;
                        ethernet link-up;
                        mtu 9192;
                        ethernet link-degrade;
                    }
                }
                """;

        Configuration config = text(written);

        assertThat(config.toText()).isEqualTo("""
                interfaces {
                    ge-0/0/0 {
                        description uplink;
                        mtu 9192;
                        ethernet link-down;
                        ethernet link-up;
                        ethernet link-degrade;
                    }
                }
                """);
        assertThat(config.toXml()).contains("""
                            <mtu>9192</mtu>
                            <ethernet>link-down</ethernet>
                            <ethernet>link-up</ethernet>
                            <ethernet>link-degrade</ethernet>
                        </interface>
                """);
        assertThat(throughEveryFormat(written)).isEqualTo(config.toText());
        roundTripsInEveryFormat(config);
    }

    @Test
    void inactiveAndAnAnnotationOnOneRepetitionStayOnThatRepetitionInEveryFormat() {
        String written = """
                interfaces {
                    ge-0/0/0 {
                        ethernet link-down;
                        /* flapping */
                        inactive: ethernet link-up;
                        ethernet link-degrade;
                    }
                }
                """;

        Configuration config = text(written);

        assertThat(config.toText()).isEqualTo(written);
        assertThat(config.toSet()).isEqualTo("""
                set interfaces ge-0/0/0 ethernet link-down
                set interfaces ge-0/0/0 ethernet link-up
                deactivate interfaces ge-0/0/0 ethernet link-up
                set interfaces ge-0/0/0 ethernet link-degrade
                """);
        assertThat(config.toXml()).contains("""
                            <ethernet>link-down</ethernet>
                            <junos:comment>/* flapping */</junos:comment>
                            <ethernet inactive="inactive">link-up</ethernet>
                            <ethernet>link-degrade</ethernet>
                """);
        assertThat(config.toJson()).contains("""
                "ethernet" : ["link-down", "link-up", "link-degrade"],
                                "@ethernet" : [null, {"inactive" : true, "comment" : "/* flapping */"}, null]
                """);
        assertThat(throughEveryFormat(written)).isEqualTo(written.replace("        /* flapping */\n", ""));
        roundTripsInEveryFormat(config);
    }

    @Test
    void aProtectedRepetitionIsTheOnlyOneProtected() {
        Configuration config = set("""
                set future-knob a
                set future-knob b
                protect future-knob b
                """);

        assertThat(config.toText()).isEqualTo("future-knob a;\nprotect: future-knob b;\n");
        assertThat(config.toXml()).contains("<future-knob>a</future-knob>")
                .contains("<future-knob protect=\"protect\">b</future-knob>");
        roundTripsInEveryFormat(config);
    }

    @Test
    void repeatedValueElementsOfAnUnknownStatementReadAsRepetitions() {
        Configuration config = xml("<configuration><interfaces><interface><name>ge-0/0/0</name>"
                + "<ethernet>link-down</ethernet><ethernet inactive=\"inactive\">link-up</ethernet>"
                + "</interface></interfaces></configuration>");

        assertThat(config.toText()).isEqualTo("""
                interfaces {
                    ge-0/0/0 {
                        ethernet link-down;
                        inactive: ethernet link-up;
                    }
                }
                """);
        assertThat(config).isEqualTo(text(config.toText())).isEqualTo(set(config.toSet()));
        roundTripsInEveryFormat(config);
    }

    @Test
    void repetitionsInUndocumentedWrappersFromARouterKeepTheirWrappersAndLines() {
        String fromRouter = """
                <configuration>
                    <system>
                        <host-name>r1</host-name>
                        <undocumented><future-knob>a</future-knob></undocumented>
                        <undocumented><future-knob>b</future-knob></undocumented>
                    </system>
                </configuration>
                """;

        Configuration config = xml(fromRouter);

        assertThat(config.toXml()).isEqualTo(fromRouter);
        assertThat(config.toText()).isEqualTo("""
                system {
                    host-name r1;
                    future-knob a;
                    future-knob b;
                }
                """);
        assertThat(config.toJson()).isEqualTo("""
                {
                    "configuration" : {
                        "system" : {
                            "host-name" : "r1",
                            "undocumented" : {
                                "future-knob" : ["a", "b"]
                            }
                        }
                    }
                }
                """);
        assertThat(json(config.toJson()).toXml()).isEqualTo(fromRouter);
        roundTripsInEveryFormat(config);
    }

    @Test
    void statementsInSeveralUndocumentedWrappersAreAllKeptInJson() {
        Configuration config = xml("<configuration><system><undocumented><host-name>r1</host-name></undocumented>"
                + "<undocumented><domain-name>example.net</domain-name></undocumented></system></configuration>");

        Configuration reread = json(config.toJson());

        assertThat(reread.toSet()).isEqualTo("set system host-name r1\nset system domain-name example.net\n");
        assertThat(reread.toXml()).isEqualTo(config.toXml());
    }

    @Test
    void aJsonArrayOfAnUnknownStatementReadsAsRepetitionsWithTheirOwnAttributes() {
        Configuration config = json("""
                {"configuration": {"future-knob": ["a", "b", "c"],
                                   "@future-knob": [null, {"inactive": true}, {"comment": "/* why */"}]}}
                """);

        assertThat(config.toText()).isEqualTo("""
                future-knob a;
                inactive: future-knob b;
                /* why */
                future-knob c;
                """);
        roundTripsInEveryFormat(config);
    }

    @Test
    void aJsonAttributeObjectForAnUnknownStatementAppliesToEveryRepetition() {
        Configuration config = json("""
                {"configuration": {"future-knob": ["a", "b"], "@future-knob": {"inactive": true}}}
                """);

        assertThat(config.toText()).isEqualTo("inactive: future-knob a;\ninactive: future-knob b;\n");
    }

    @Test
    void jsonAttributeItemsThatDoNotMatchTheValuesAreRefusedNamingTheStatement() {
        assertThatThrownBy(() -> json("""
                {"configuration": {"future-knob": ["a", "b"], "@future-knob": [{"inactive": true}]}}
                """))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessageContaining("1 attribute items for 2 values")
                .hasMessageContaining("@future-knob");
    }

    @Test
    void aValueListInBracketsAfterARepetitionIsALeafListBesideItAsWritten() {
        Configuration config = text("future a;\nfuture [ b c ];\n");

        assertThat(config.toText()).isEqualTo("future a;\nfuture [ b c ];\n");
        assertThat(config.toSet()).isEqualTo("set future a\nset future b\nset future c\n");
        assertThat(config).isEqualTo(set(config.toSet()));
    }

    @Test
    void jsonAttributeItemsThatAreNotObjectsAreRefusedNamingTheStatement() {
        assertThatThrownBy(() -> json("""
                {"configuration": {"future-knob": ["a", "b"], "@future-knob": [null, true]}}
                """))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessageContaining("attributes must be an object")
                .hasMessageContaining("future-knob");
        assertThatThrownBy(() -> json("""
                {"configuration": {"future-knob": "a", "@future-knob": []}}
                """))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessageContaining("0 attribute items for 1 values");
    }

    @Test
    void setLinesGivingAnUnknownStatementSeveralValuesPrintOneRepetitionPerLine() {
        String lines = """
                set interfaces ge-0/0/0 ethernet link-down
                set interfaces ge-0/0/0 ethernet link-up
                """;

        Configuration config = set(lines);

        assertThat(config.toSet()).isEqualTo(lines);
        assertThat(config.toText()).isEqualTo("""
                interfaces {
                    ge-0/0/0 {
                        ethernet link-down;
                        ethernet link-up;
                    }
                }
                """);
        assertThat(config).isEqualTo(text(config.toText())).hasSameHashCodeAs(text(config.toText()));
    }

    @Test
    void theSameValueWrittenTwiceIsOneStatement() {
        assertThat(text("future-knob a;\nfuture-knob a;\n").toText()).isEqualTo("future-knob a;\n");
        assertThat(xml("<configuration><future-knob>a</future-knob><future-knob>a</future-knob></configuration>")
                .toText()).isEqualTo("future-knob a;\n");
    }

    @Test
    void aBlockWrittenAfterARepetitionHoldsTheRepeatedValues() {
        Configuration config = text("""
                future a;
                future b;
                future {
                    c;
                }
                """);

        assertThat(config.toText()).isEqualTo("""
                future {
                    a;
                    b;
                    c;
                }
                """);
        assertThat(config.toSet()).isEqualTo("set future a\nset future b\nset future c\n");
        roundTripsInEveryFormat(config);
    }

    @Test
    void aValueWrittenAfterABlockOfAnUnknownStatementGoesIntoThatBlock() {
        assertThat(text("future { c; }\nfuture a;\n").toText()).isEqualTo("future {\n    c;\n    a;\n}\n");
    }

    @Test
    void xmlReadsABlockAndAValueOfOneUnknownStatementAsTextDoesInEitherOrder() {
        Configuration valueFirst = xml("<configuration><future>a</future><future><c/></future></configuration>");
        Configuration blockFirst = xml("<configuration><future><c/></future><future>a</future></configuration>");

        assertThat(valueFirst.toText()).isEqualTo(text("future a; future { c; }").toText())
                .isEqualTo("future {\n    a;\n    c;\n}\n");
        assertThat(blockFirst.toText()).isEqualTo(text("future { c; } future a;").toText())
                .isEqualTo("future {\n    c;\n    a;\n}\n");
    }

    @Test
    void theKeywordAloneAfterARepetitionMakesItABlock() {
        Configuration config = text("future a;\ninactive: future;\n");

        assertThat(config.toText()).isEqualTo("inactive: future {\n    a;\n}\n");
        assertThat(config.toSet()).isEqualTo("set future a\ndeactivate future\n");
    }

    @Test
    void foldingRepetitionsIntoABlockKeepsEachOnesStateOnItsWord() {
        Configuration config = text("future a;\ninactive: future b;\nfuture c d;\n");

        assertThat(config.toText()).isEqualTo("""
                future {
                    a;
                    inactive: b;
                    c d;
                }
                """);
        assertThat(config.toSet()).isEqualTo("set future a\nset future b\ndeactivate future b\nset future c d\n");
    }

    @Test
    void aValueListInBracketsStaysALeafListBesideRepetitions() {
        Configuration config = text("future [ a b ];\n");

        assertThat(config.toText()).isEqualTo("future [ a b ];\n");
        assertThat(config.toXml()).contains("<future>a</future>\n    <future>b</future>");
        assertThat(xml(config.toXml()).toText()).isEqualTo("future a;\nfuture b;\n");
        assertThat(xml(config.toXml())).isEqualTo(config);
    }

    @Test
    void repetitionsMixedWithKnownSiblingsAndOtherUnknownStatementsStayGroupedByKeyword() {
        Configuration config = text("""
                system {
                    future-a 1;
                    host-name r1;
                    future-b x;
                    future-a 2;
                    domain-name example.net;
                }
                """);

        assertThat(config.toText()).isEqualTo("""
                system {
                    host-name r1;
                    domain-name example.net;
                    future-a 1;
                    future-a 2;
                    future-b x;
                }
                """);
        roundTripsInEveryFormat(config);
    }

    @Test
    void deletingOrDeactivatingOneRepetitionTouchesOnlyThatLine() {
        Configuration config = text("future a;\nfuture b;\nfuture c;\n");

        assertThat(config.applySet("delete future b\ndeactivate future c\n")).isEmpty();

        assertThat(config.toText()).isEqualTo("future a;\ninactive: future c;\n");
    }

    @Test
    void deletingTheKeywordDeletesEveryRepetition() {
        Configuration config = text("future a;\nfuture b;\nhost-name-like x;\n");

        config.applySet("delete future\n");

        assertThat(config.toText()).isEqualTo("host-name-like x;\n");
    }

    @Test
    void aDiffShowsAChangedRepetitionAsThatOneLine() {
        Configuration before = text("interfaces { ge-0/0/0 { ethernet a; ethernet b; ethernet c; } }");
        Configuration after = text("interfaces { ge-0/0/0 { ethernet a; ethernet x; ethernet c; } }");

        assertThat(ConfigDiff.compare(before, after)).isEqualTo("""
                [edit interfaces ge-0/0/0]
                -   ethernet b;
                +   ethernet x;
                """);
    }

    @Test
    void aDiffShowsAnAddedAndADeactivatedRepetitionAsTheirLinesOnly() {
        Configuration before = text("future a;\n");
        Configuration after = text("inactive: future a;\nfuture b;\n");

        assertThat(ConfigDiff.compare(before, after)).isEqualTo("""
                [edit]
                !  inactive: future a;
                +  future b;
                """);
    }

    @Test
    void loadingDeletesOneRepetitionInTextXmlAndJsonAndAddsAnother() {
        Configuration base = text("system { host-name r1; future a; future b; future c; }");
        String expected = """
                system {
                    host-name r1;
                    future a;
                    future c;
                    future d;
                }
                """;

        assertThat(base.load(LoadAction.MERGE, "system { delete: future b; future d; }", ConfigFormat.TEXT).toText())
                .isEqualTo(expected);
        assertThat(base.load(LoadAction.MERGE, "<configuration><system><future operation=\"delete\">b</future>"
                + "<future>d</future></system></configuration>", ConfigFormat.XML).toText()).isEqualTo(expected);
        assertThat(base.load(LoadAction.MERGE, """
                {"configuration": {"system": {"future": ["b", "d"], "@future": [{"operation": "delete"}, null]}}}
                """, ConfigFormat.JSON).toText()).isEqualTo(expected);
    }

    @Test
    void replaceOnARepetitionReplacesEveryValueOfTheStatementExceptThoseThePayloadGives() {
        Configuration base = text("system { host-name r1; future a; future b; future c; }");

        Configuration loaded = base.load(LoadAction.REPLACE, "system { replace: future x; replace: future c; }",
                ConfigFormat.TEXT);

        assertThat(loaded.toText()).isEqualTo("system {\n    host-name r1;\n    future c;\n    future x;\n}\n");
        assertThat(ConfigDiff.compare(base, loaded)).isEqualTo("""
                [edit system]
                -   future a;
                -   future b;
                +   future x;
                """);
    }

    @Test
    void loadingABlockIntoRepetitionsFoldsThemAndARepetitionIntoABlockJoinsIt() {
        Configuration repetitions = text("system { future a; future b; }");
        Configuration block = text("system { future { e; } }");

        assertThat(repetitions.load(LoadAction.MERGE, "system { future { e; } }", ConfigFormat.TEXT).toText())
                .isEqualTo("system {\n    future {\n        a;\n        b;\n        e;\n    }\n}\n");
        assertThat(block.load(LoadAction.MERGE, "system { inactive: future e; future a; }", ConfigFormat.TEXT).toText())
                .isEqualTo("system {\n    future {\n        inactive: e;\n        a;\n    }\n}\n");
    }

    @Test
    void aDiffShowsNothingForRepetitionsReadBackAsABlockWithTheSameSetLines() {
        Configuration before = text("system { host-name r1; future { b; c; } }");
        Configuration after = text("system { host-name r2; future b; future c; }");

        assertThat(ConfigDiff.compare(before, after)).isEqualTo("""
                [edit system]
                -   host-name r1;
                +   host-name r2;
                """);
        assertThat(ConfigDiff.compare(text("future { b; c; }"), text("future b; future c;"))).isEmpty();
    }

    @Test
    void showingARepetitionPrintsItsLineAndShowingTheStatementPrintsEveryRepetition() {
        Configuration config = text("system { host-name r1; future a; inactive: future b; }");

        assertThat(config.textAt("system future b")).hasValue("inactive: future b;\n");
        assertThat(config.textAt("system future")).hasValue("future a;\ninactive: future b;\n");
        assertThat(config.subtree("system future a").map(Configuration::toSet)).hasValue("set system future a\n");
    }

    @Test
    void aFilterForARepetitionSelectsTheWholeStatementAsForALeaf() {
        assertThat(ConfigPaths.toXmlFilter("system future b")).isEqualTo("<system><future/></system>");
        assertThat(ConfigPaths.toXmlFilter("system future b c")).isEqualTo("<system><future><b/></future></system>");
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
