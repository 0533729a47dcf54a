package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Fuller configurations written as {@code show configuration} prints them (an MX edge router, an
 * SRX branch): they read back to the same text, and every format carries the same tree.
 */
class SampleConfigurationTest {

    private static final String[] SAMPLES = {"mx-edge.conf", "srx-branch.conf"};

    @TestFactory
    Stream<DynamicTest> printsTheSampleExactlyAsWritten() {
        return each(text -> assertThat(Configuration.parse(text, ConfigFormat.TEXT).toText()).isEqualTo(text));
    }

    @TestFactory
    Stream<DynamicTest> everyFormatCarriesTheSameTree() {
        return each(text -> {
            Configuration config = Configuration.parse(text, ConfigFormat.TEXT);
            for (ConfigFormat format : ConfigFormat.values()) {
                assertThat(Configuration.parse(config.render(format), format)).as(format.name()).isEqualTo(config);
            }
        });
    }

    @Test
    void writesTheXmlJunosUsesForTheTrickyStatements() {
        Configuration mx = Configuration.parse(sample("mx-edge.conf"), ConfigFormat.TEXT);

        assertThat(XmlOutline.of(mx.toXml()))
                .contains("<tacplus-server><name>192.0.2.10</name><secret>$9$xyz</secret>")
                .contains("<gigether-options><ieee-802.3ad><bundle>ae0</bundle></ieee-802.3ad></gigether-options>")
                .contains("<autonomous-system><as-number>64500</as-number></autonomous-system>")
                .contains("<prefix-list><name>BOGONS</name><prefix-list-item><name>10.0.0.0/8</name></prefix-list-item>")
                .contains("<route-filter><address>198.51.100.0/24</address><exact></exact></route-filter>")
                .contains("<source-address><name>203.0.113.99/32</name><except></except></source-address>")
                .contains("<family><inet><unicast></unicast></inet><inet-vpn><unicast></unicast></inet-vpn></family>")
                .contains("<instance><name>CUST-A</name><instance-type>vrf</instance-type><protocols>")
                .contains("</protocols><interface><name>xe-0/0/2.100</name></interface>"
                        + "<route-distinguisher><rd-type>64500:1</rd-type></route-distinguisher>"
                        + "<vrf-target><community>target:64500:1</community></vrf-target>");
    }

    @Test
    void writesTheXmlJunosUsesForSecurityStatements() {
        Configuration srx = Configuration.parse(sample("srx-branch.conf"), ConfigFormat.TEXT);

        assertThat(XmlOutline.of(srx.toXml()))
                .contains("<rule-set><name>lan-to-internet</name><from><zone>trust</zone></from><to><zone>untrust</zone></to>")
                .contains("<host-inbound-traffic><system-services><name>all</name></system-services>"
                        + "<protocols><name>all</name></protocols></host-inbound-traffic>"
                        + "<interfaces><name>irb.0</name></interfaces>")
                .contains("<system-services><name>ssh</name><except></except></system-services>");
    }

    private static Stream<DynamicTest> each(ThrowingCheck check) {
        return Stream.of(SAMPLES).map(name -> DynamicTest.dynamicTest(name, () -> check.accept(sample(name))));
    }

    private static String sample(String name) {
        try (InputStream in = SampleConfigurationTest.class.getResourceAsStream("/config/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource config/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface ThrowingCheck {
        void accept(String text) throws Exception;
    }
}
