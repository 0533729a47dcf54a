package io.jmcp.netconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ScriptedJunosDevice.Exchange;
import io.jmcp.netconf.config.ConfigSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client reads configuration sections once junos-config is beside it: the request carries the
 * subtree filter Juniper's schema gives the path (found through the client's ServiceLoader seam).
 */
class ConfigSectionReadTest {
    @RegisterExtension
    final ScriptedJunosDevice junos = new ScriptedJunosDevice();

    @Test
    void readsASectionOfTheCommittedConfigurationAsSetLines() throws Exception {
        Exchange<String> exchange = junos.exchange(
                () -> junos.device().getConfiguration(ConfigFormat.SET, ConfigDatabase.COMMITTED, "protocols bgp"),
                "<configuration-set>\nset protocols bgp group ebgp type external\n</configuration-set>");

        assertThat(exchange.request()).contains("<get-configuration database=\"committed\" format=\"set\">"
                + "<configuration><protocols><bgp/></protocols></configuration></get-configuration>");
        assertThat(exchange.result()).isEqualTo("set protocols bgp group ebgp type external");
    }

    @Test
    void filtersASectionPathNamingAListEntryWithTheElementsJunosExpects() throws Exception {
        Exchange<String> exchange = junos.exchange(
                () -> junos.device().getConfiguration(ConfigFormat.TEXT, ConfigDatabase.COMMITTED, "interfaces ge-0/0/0"),
                "<configuration-text>\ninterfaces {\n    ge-0/0/0 {\n        mtu 9192;\n    }\n}\n</configuration-text>");

        assertThat(exchange.request()).contains("<get-configuration database=\"committed\" format=\"text\">"
                + "<configuration><interfaces><interface><name>ge-0/0/0</name></interface></interfaces>"
                + "</configuration></get-configuration>");
        assertThat(exchange.result()).startsWith("interfaces {");
    }

    @Test
    void refusesAMalformedSectionPathBeforeSendingAnything() {
        assertThatThrownBy(() -> junos.device().getConfiguration(ConfigFormat.TEXT, ConfigDatabase.COMMITTED,
                "security policies from-zone trust"))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessageContaining("to-zone");
    }
}
