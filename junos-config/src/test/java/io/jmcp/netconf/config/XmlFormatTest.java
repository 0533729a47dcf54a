package io.jmcp.netconf.config;

import io.jmcp.netconf.JunosReplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ConfigFormat;
import org.junit.jupiter.api.Test;

/** Junos XML configuration, as devices send it and as they accept it. */
class XmlFormatTest {

    @Test
    void readsTheConfigurationInsideAnRpcReplyWhateverTheNamespaces() {
        Configuration config = xml("""
                <nc:rpc-reply xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:junos="http://xml.juniper.net/junos/21.4R1/junos">
                  <configuration xmlns="http://xml.juniper.net/xnm/1.1/xnm" junos:commit-seconds="1" junos:commit-user="rick">
                    <system><host-name>r1</host-name></system>
                  </configuration>
                </nc:rpc-reply>""");

        assertThat(config.toSet()).isEqualTo("set system host-name r1\n");
    }

    @Test
    void readsBareStatementsWithoutConfigurationElement() {
        Configuration config = xml("<?xml version=\"1.0\"?>\n<system><host-name>r1</host-name></system><snmp><location>lab</location></snmp>");

        assertThat(config.toSet()).isEqualTo("set system host-name r1\nset snmp location lab\n");
    }

    @Test
    void doesNotMistakeANestedConfigurationStatementForTheRoot() {
        Configuration config = xml("<system><archival><configuration><transfer-on-commit/></configuration></archival></system>");

        assertThat(config.toSet()).isEqualTo("set system archival configuration transfer-on-commit\n");
    }

    @Test
    void readsAReplyWithoutConfigurationAsEmpty() {
        assertThat(Configuration.parse(JunosReplies.read("facts/domain_file_get-configuration.xml"), ConfigFormat.XML).isEmpty())
                .isTrue();
    }

    @Test
    void ignoresJunosMetadataAttributesAndUndocumentedWrappers() {
        Configuration config = Configuration.parse(JunosReplies.read("factory/get-configuration-user.xml"), ConfigFormat.XML);

        // shell is not a login user statement in 23.4R1: unknown statements print after the known ones
        assertThat(config.toSet()).isEqualTo("""
                set system login user test full-name "Test User"
                set system login user test uid 928
                set system login user test class superuser
                set system login user test authentication encrypted-password "$encryptedpass."
                set system login user test shell csh
                """);
    }

    @Test
    void keepsJunosCommentsAsAnnotations() {
        Configuration config = xml("""
                <configuration xmlns:junos="http://xml.juniper.net/junos/*/junos">
                  <interfaces>
                    <junos:comment>/* to core */</junos:comment>
                    <interface><name>ge-0/0/0</name></interface>
                  </interfaces>
                </configuration>""");

        assertThat(config.toText()).isEqualTo("""
                interfaces {
                    /* to core */
                    ge-0/0/0;
                }
                """);
    }

    @Test
    void readsInactiveAttributesAsState() {
        Configuration config = xml("<configuration><interfaces><interface inactive=\"inactive\"><name>ge-0/0/0</name>"
                + "<mtu inactive=\"inactive\">9000</mtu></interface></interfaces></configuration>");

        assertThat(config.toText()).isEqualTo("""
                interfaces {
                    inactive: ge-0/0/0 {
                        inactive: mtu 9000;
                    }
                }
                """);
    }

    @Test
    void writesEmptyValuesAndSpecialCharactersSafely() {
        Configuration config = Configuration.parse("system { login { message \"<b>&\\\"x\\\"\"; } } snmp { description \"\"; }",
                ConfigFormat.TEXT);

        assertThat(config.toXml()).contains("<message>&lt;b&gt;&amp;&quot;x&quot;</message>")
                .contains("<description></description>");
        assertThat(xml(config.toXml())).isEqualTo(config);
    }

    @Test
    void writesAnEmptyConfigurationAsAnEmptyElement() {
        assertThat(Configuration.empty().toXml()).isEqualTo("<configuration/>\n");
    }

    @Test
    void refusesDoctypesAndEntities() {
        String attack = """
                <?xml version="1.0"?>
                <!DOCTYPE configuration [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <configuration><system><host-name>&secret;</host-name></system></configuration>""";

        assertThatThrownBy(() -> xml(attack)).isInstanceOf(ConfigSyntaxException.class)
                .hasMessageContaining("XML syntax error");
    }

    @Test
    void reportsTheLineOfMalformedXml() {
        assertThatThrownBy(() -> xml("<configuration>\n  <system>\n    <host-name>r1</host-name>\n</configuration>"))
                .isInstanceOfSatisfying(ConfigSyntaxException.class, error -> assertThat(error.line()).isEqualTo(4));
    }

    @Test
    void refusesAListEntryWithoutIdentifier() {
        assertThatThrownBy(() -> xml("<configuration><interfaces><interface><mtu>9000</mtu></interface></interfaces></configuration>"))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessage("line 1: missing <name> in <interface> (at 'interface')");
    }

    @Test
    void refusesAListEntryWithTwoIdentifiersOfTheSameName() {
        assertThatThrownBy(() -> xml("<configuration><interfaces><interface><name>a</name><name>b</name></interface></interfaces></configuration>"))
                .hasMessage("line 1: more than one <name> in <interface> (at 'interface')");
    }

    @Test
    void keepsValuesExactlyUnlessLaidOutOverLines() {
        Configuration config = xml("<configuration><system><login><message> hi </message></login>"
                + "<host-name>\n    r1\n  </host-name></system></configuration>");

        assertThat(config.toSet()).isEqualTo("set system host-name r1\nset system login message \" hi \"\n");
    }

    @Test
    void refusesLineBreaksInsideValues() {
        assertThatThrownBy(() -> xml("<configuration><system><host-name>r1\ndelete system</host-name></system></configuration>"))
                .hasMessage("line 1: syntax error, line break in the value of host-name (at 'host-name')");
    }

    @Test
    void writesAnEmptyListWithoutElementOfItsOwnAsOneEmptyElement() {
        Configuration config = Configuration.parse("system { name-server { } }", ConfigFormat.TEXT);

        assertThat(config.toXml()).contains("<name-server/>");
        assertThat(xml(config.toXml())).isEqualTo(config);
    }

    @Test
    void refusesAbsurdlyDeepNesting() {
        String deep = "<a>".repeat(300) + "</a>".repeat(300);

        assertThatThrownBy(() -> xml(deep)).isInstanceOf(ConfigSyntaxException.class).hasMessageContaining("deeper");
    }

    @Test
    void anUndocumentedStatementIsPrintedBackInsideItsWrapperAsJunosWritesIt() {
        Configuration config = xml("<configuration><system><login><user><name>test</name><class>superuser</class>"
                + "<undocumented><shell>csh</shell></undocumented></user></login></system></configuration>");

        assertThat(config.toSet()).isEqualTo("set system login user test class superuser\n"
                + "set system login user test shell csh\n");
        assertThat(config.toXml()).contains("<class>superuser</class>\n"
                + "                <undocumented><shell>csh</shell></undocumented>\n");
        assertThat(config.render(ConfigFormat.JSON)).contains("\"undocumented\" : {");
        assertThat(xml(config.toXml()).toXml()).isEqualTo(config.toXml());
        assertThat(Configuration.parse(config.render(ConfigFormat.JSON), ConfigFormat.JSON).toXml())
                .isEqualTo(config.toXml());
        assertThat(Configuration.parse(config.toText(), ConfigFormat.TEXT)).isEqualTo(config);
    }

    @Test
    void aListOfBareNamesWrittenAsTextKeepsEveryName() {
        Configuration config = xml("<configuration><firewall><family><inet><filter><name>f</name><term><name>t</name>"
                + "<from><destination-prefix-list>A</destination-prefix-list>"
                + "<destination-prefix-list>B</destination-prefix-list></from></term></filter></inet></family>"
                + "</firewall></configuration>");

        assertThat(config.toSet()).isEqualTo("""
                set firewall family inet filter f term t from destination-prefix-list A
                set firewall family inet filter f term t from destination-prefix-list B
                """);
        assertThat(Configuration.parse(config.toText(), ConfigFormat.TEXT)).isEqualTo(config);
    }

    private static Configuration xml(String xml) {
        return Configuration.parse(xml, ConfigFormat.XML);
    }
}
