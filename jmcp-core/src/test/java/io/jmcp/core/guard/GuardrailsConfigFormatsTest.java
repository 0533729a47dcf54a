package io.jmcp.core.guard;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.JunosReplies;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * block.cfg sees every configuration format: text, XML and JSON are checked as the set and
 * delete lines a load would apply. The seed checked set lines only, so a text or XML payload
 * walked past it.
 */
class GuardrailsConfigFormatsTest {
    private static final Guardrails DEFAULTS = Guardrails.defaults();

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The curly-brace configuration a real SRX printed for {@code show configuration}. */
    private static String realTextConfiguration() throws Exception {
        return parse(JunosReplies.path("core/show-configuration.xml"))
                .getElementsByTagName("configuration-output").item(0).getTextContent();
    }

    /** The {@code <configuration>} element a real SRX returned for get-configuration. */
    private static String realXmlConfiguration() throws Exception {
        Node configuration = parse(JunosReplies.path("core/get-configuration.xml"))
                .getElementsByTagName("configuration").item(0);
        StringWriter xml = new StringWriter();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.transform(new DOMSource(configuration), new StreamResult(xml));
        return xml.toString();
    }

    @Test
    void blocksARealTextConfigurationSettingRootAuthentication() throws Exception {
        assertThatThrownBy(() -> DEFAULTS.checkConfig(realTextConfiguration(), ConfigFormat.TEXT))
                .isInstanceOf(BlockedException.class)
                .hasMessageStartingWith("Blocked configuration rejected: line 'set system root-authentication"
                        + " encrypted-password")
                .hasMessageContaining("matches blocked pattern 'set system root-authentication'"
                        + " (built-in default block.cfg line 6)");
    }

    @Test
    void blocksARealXmlConfigurationSettingRootAuthentication() throws Exception {
        assertThatThrownBy(() -> DEFAULTS.checkConfig(realXmlConfiguration(), ConfigFormat.XML))
                .isInstanceOf(BlockedException.class)
                .hasMessageStartingWith("Blocked configuration rejected: line 'set system root-authentication"
                        + " encrypted-password");
    }

    @Test
    void blocksATextConfigurationSettingAUsersAuthentication() {
        assertThatThrownBy(() -> DEFAULTS.checkConfig("""
                system {
                    login {
                        user intruder {
                            class super-user;
                            authentication {
                                ssh-ed25519 "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 intruder@example";
                            }
                        }
                    }
                }
                """, ConfigFormat.TEXT))
                .isInstanceOf(BlockedException.class)
                .hasMessageContaining("matches blocked pattern 'set system login user ([^ ]+) authentication'");
    }

    @Test
    void blocksAnXmlConfigurationSettingAUsersAuthentication() {
        assertThatThrownBy(() -> DEFAULTS.checkConfig("""
                <configuration><system><login><user><name>intruder</name><class>super-user</class>
                <authentication><encrypted-password>$6$x$y</encrypted-password></authentication>
                </user></login></system></configuration>
                """, ConfigFormat.XML))
                .isInstanceOf(BlockedException.class)
                .hasMessageContaining("matches blocked pattern 'set system login user ([^ ]+) authentication'");
    }

    @Test
    void blocksAJsonConfigurationSettingRootAuthentication() {
        assertThatThrownBy(() -> DEFAULTS.checkConfig("""
                {"configuration": {"system": {"root-authentication": {"encrypted-password": "$6$x$y"}}}}
                """, ConfigFormat.JSON))
                .isInstanceOf(BlockedException.class)
                .hasMessageContaining("matches blocked pattern 'set system root-authentication'");
    }

    @Test
    void blocksRootAuthenticationSetInsideATextConfigurationGroup() {
        assertThatThrownBy(() -> DEFAULTS.checkConfig("""
                groups {
                    backdoor {
                        system {
                            root-authentication {
                                encrypted-password "$6$x$y";
                            }
                        }
                    }
                }
                apply-groups backdoor;
                """, ConfigFormat.TEXT))
                .isInstanceOf(BlockedException.class)
                .hasMessageStartingWith("Blocked configuration rejected: line 'set groups backdoor system"
                        + " root-authentication");
    }

    @Test
    void blocksATextDeleteOfRootAuthentication() {
        assertThatThrownBy(() -> DEFAULTS.checkConfig("""
                system {
                    delete: root-authentication;
                }
                """, ConfigFormat.TEXT))
                .isInstanceOf(BlockedException.class)
                .hasMessageStartingWith("Blocked configuration rejected: line 'delete system root-authentication'");
    }

    @Test
    void blocksAnXmlDeleteOfAUsersAuthentication() {
        assertThatThrownBy(() -> DEFAULTS.checkConfig("""
                <configuration><system><login><user><name>ops</name>
                <authentication operation="delete"/></user></login></system></configuration>
                """, ConfigFormat.XML))
                .isInstanceOf(BlockedException.class)
                .hasMessageStartingWith("Blocked configuration rejected: line 'delete system login user ops"
                        + " authentication'");
    }

    @Test
    void allowsATextConfigurationOfInterfacesOnly() {
        assertThatCode(() -> DEFAULTS.checkConfig("""
                interfaces {
                    ge-0/0/0 {
                        description "uplink to core; set system root-authentication is not set here";
                        unit 0 {
                            family inet {
                                address 192.0.2.1/24;
                            }
                        }
                    }
                }
                """, ConfigFormat.TEXT)).doesNotThrowAnyException();
    }

    @Test
    void allowsAnXmlDeleteOfAUserAccount() {
        assertThatCode(() -> DEFAULTS.checkConfig("""
                <configuration><system><login><user operation="delete"><name>ops</name></user></login></system>
                </configuration>
                """, ConfigFormat.XML)).doesNotThrowAnyException();
    }

    /** A login name with a space, quotes or Unicode is one Junos word, in every format. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ops admin", "say \"hi\"", "\u00fcn\u00ef c\u00f6d\u00e9",
        "\u043e\u043f\u0435\u0440 \u0430\u0442\u043e\u0440"})
    void blocksAUserAuthenticationWhateverTheUsersNameInEveryFormat(String name) {
        String quoted = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String xmlName = name.replace("&", "&amp;").replace("<", "&lt;");
        String jsonName = quoted;
        java.util.Map<ConfigFormat, String> payloads = java.util.Map.of(
                ConfigFormat.SET, "set system login user " + quoted + " authentication encrypted-password \"$6$x\"",
                ConfigFormat.TEXT, "system { login { user " + quoted + " { authentication { encrypted-password "
                        + "\"$6$x\"; } } } }",
                ConfigFormat.XML, "<configuration><system><login><user><name>" + xmlName + "</name><authentication>"
                        + "<encrypted-password>$6$x</encrypted-password></authentication></user></login></system>"
                        + "</configuration>",
                ConfigFormat.JSON, "{\"configuration\":{\"system\":{\"login\":{\"user\":[{\"name\":" + jsonName
                        + ",\"authentication\":{\"encrypted-password\":\"$6$x\"}}]}}}}");
        payloads.forEach((format, payload) -> assertThatThrownBy(() -> DEFAULTS.checkConfig(payload, format))
                .as("%s %s", format, payload)
                .isInstanceOf(BlockedException.class)
                .hasMessageContaining("set system login user ([^ ]+) authentication"));
    }
}
