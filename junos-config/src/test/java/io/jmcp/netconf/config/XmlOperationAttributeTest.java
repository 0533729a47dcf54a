package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import org.junit.jupiter.api.Test;

/** NETCONF's operation attribute deletes whether or not it carries the NETCONF prefix. */
class XmlOperationAttributeTest {

    private static final Configuration RUNNING = Configuration.parse("""
            set system host-name r1
            set interfaces ge-0/0/0 description uplink
            """, ConfigFormat.SET);

    private static String afterLoading(String xml) {
        return RUNNING.load(LoadAction.MERGE, xml, ConfigFormat.XML).toSet();
    }

    @Test
    void deletesWithANamespacedNetconfOperation() {
        assertThat(afterLoading("""
                <configuration xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0">
                  <interfaces nc:operation="delete"/>
                </configuration>"""))
                .isEqualTo("set system host-name r1\n");
    }

    @Test
    void deletesWithAnUnprefixedOperation() {
        assertThat(afterLoading("<configuration><interfaces operation=\"delete\"/></configuration>"))
                .isEqualTo("set system host-name r1\n");
    }

    @Test
    void ignoresAnOperationAttributeOfAnotherNamespace() {
        assertThat(afterLoading("""
                <configuration xmlns:x="urn:example:other">
                  <interfaces x:operation="delete"/>
                </configuration>"""))
                .isEqualTo(RUNNING.toSet());
    }
}
