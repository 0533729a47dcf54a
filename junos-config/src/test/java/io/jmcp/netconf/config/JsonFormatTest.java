package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ConfigFormat;
import org.junit.jupiter.api.Test;

/** Junos JSON ({@code | display json}): the shape Junos writes, read back strictly. */
class JsonFormatTest {

    @Test
    void writesJunosShapedJson() {
        Configuration config = Configuration.parse("""
                system {
                    host-name "r1 \\"lab\\"";
                    services {
                        ssh;
                    }
                    login {
                        inactive: user ops {
                            class read-only;
                        }
                    }
                }
                interfaces {
                    ge-0/0/0 {
                        unit 0 {
                            family inet;
                        }
                    }
                }
                """, ConfigFormat.TEXT);

        assertThat(config.toJson()).isEqualTo("""
                {
                    "configuration" : {
                        "system" : {
                            "host-name" : "r1 \\"lab\\"",
                            "login" : {
                                "user" : [
                                {
                                    "@" : {"inactive" : true},
                                    "name" : "ops",
                                    "class" : "read-only"
                                }
                                ]
                            },
                            "services" : {
                                "ssh" : [null]
                            }
                        },
                        "interfaces" : {
                            "interface" : [
                            {
                                "name" : "ge-0/0/0",
                                "unit" : [
                                {
                                    "name" : "0",
                                    "family" : {
                                        "inet" : [null]
                                    }
                                }
                                ]
                            }
                            ]
                        }
                    }
                }
                """);
    }

    @Test
    void writesLeafListsAsArraysAndLeafStateBesideTheLeaf() {
        Configuration config = Configuration.parse(
                "system { authentication-order [ radius password ]; inactive: domain-name example.net; }", ConfigFormat.TEXT);

        assertThat(config.toJson()).contains("\"authentication-order\" : [\"radius\", \"password\"]")
                .contains("\"domain-name\" : \"example.net\",\n            \"@domain-name\" : {\"inactive\" : true}");
    }

    @Test
    void readsWhatItWritesBack() {
        Configuration config = Configuration.parse(
                "system { authentication-order [ radius password ]; inactive: domain-name example.net; /* note */ ntp { server 10.0.0.1 prefer; } }",
                ConfigFormat.TEXT);

        assertThat(Configuration.parse(config.toJson(), ConfigFormat.JSON)).isEqualTo(config);
    }

    @Test
    void readsNumbersBooleansAndUnicodeEscapes() {
        Configuration config = Configuration.parse("""
                {"configuration": {"system": {"login": {"user": [{"name": "op\\u00e9", "uid": 2001}]}},
                 "snmp": {"location": "r\\u00fcck 1"}}}""", ConfigFormat.JSON);

        assertThat(config.toSet()).isEqualTo("""
                set system login user "opé" uid 2001
                set snmp location "rück 1"
                """);
    }

    @Test
    void rejectsMalformedJsonWithTheLine() {
        assertThatThrownBy(() -> Configuration.parse("{\n  \"configuration\": {\n    \"system\": {,}\n  }\n}", ConfigFormat.JSON))
                .isInstanceOfSatisfying(ConfigSyntaxException.class, error -> {
                    assertThat(error.line()).isEqualTo(3);
                    assertThat(error.getMessage()).isEqualTo("line 3: JSON syntax error, expecting a member name");
                });
    }

    @Test
    void rejectsTrailingContentAndBadLiterals() {
        assertThatThrownBy(() -> Configuration.parse("{} {}", ConfigFormat.JSON))
                .hasMessageContaining("unexpected content after the document");
        assertThatThrownBy(() -> Configuration.parse("{\"configuration\": {\"system\": tru}}", ConfigFormat.JSON))
                .hasMessageContaining("unexpected character 't'");
        assertThatThrownBy(() -> Configuration.parse("{\"a\": 01}", ConfigFormat.JSON))
                .hasMessageContaining("expecting '}'");
        assertThatThrownBy(() -> Configuration.parse("{\"a\": \"\\x\"}", ConfigFormat.JSON))
                .hasMessageContaining("invalid escape");
    }

    @Test
    void rejectsMemberNamesThatCannotBeStatements() {
        assertThatThrownBy(() -> Configuration.parse("{\"configuration\": {\"sys tem\": {}}}", ConfigFormat.JSON))
                .hasMessage("line 1: syntax error, invalid statement name (at 'sys tem')");
    }

    @Test
    void rejectsCommentsThatWouldEndEarly() {
        assertThatThrownBy(() -> Configuration.parse(
                "{\"configuration\": {\"system\": {\"@\": {\"comment\": \"/* a */ b */\"}}}}", ConfigFormat.JSON))
                .hasMessage("line 1: syntax error, a comment cannot contain '*/'");
    }

    @Test
    void rejectsLineBreaksInValuesThatSetLinesCouldNotCarry() {
        assertThatThrownBy(() -> Configuration.parse(
                "{\"configuration\": {\"system\": {\"host-name\": \"r1\\ndelete system\"}}}", ConfigFormat.JSON))
                .hasMessage("line 1: syntax error, line break in the value of host-name (at 'host-name')");
    }

    @Test
    void rejectsAbsurdlyDeepNesting() {
        String deep = "{\"a\":".repeat(300) + "1" + "}".repeat(300);

        assertThatThrownBy(() -> Configuration.parse(deep, ConfigFormat.JSON)).hasMessageContaining("deeper");
    }
}
