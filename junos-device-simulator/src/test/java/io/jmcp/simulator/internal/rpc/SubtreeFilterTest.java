package io.jmcp.simulator.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.simulator.internal.xml.SafeXml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** RFC 6241 subtree filtering over a configuration document. */
class SubtreeFilterTest {
    private static final String DATA = "<configuration c=\"1\"><system><host-name>r1</host-name>"
            + "<domain-name>example.net</domain-name></system><interfaces>"
            + "<interface><name>ge-0/0/0</name><mtu>9000</mtu></interface>"
            + "<interface><name>ge-0/0/1</name><mtu>1500</mtu></interface></interfaces></configuration>";

    @Test
    void anEmptyElementSelectsItsWholeSubtree() {
        assertThat(filter("<configuration><system/></configuration>"))
                .isEqualTo("<configuration c=\"1\"><system><host-name>r1</host-name>"
                        + "<domain-name>example.net</domain-name></system></configuration>");
    }

    @Test
    void containmentNarrowsDownToTheSelectedLeaf() {
        assertThat(filter("<configuration><system><domain-name/></system></configuration>"))
                .isEqualTo("<configuration c=\"1\"><system><domain-name>example.net</domain-name></system>"
                        + "</configuration>");
    }

    @Test
    void contentMatchSelectsListEntries() {
        assertThat(filter("<configuration><interfaces><interface><name>ge-0/0/1</name></interface></interfaces>"
                + "</configuration>"))
                .contains("<name>ge-0/0/1</name><mtu>1500</mtu>").doesNotContain("ge-0/0/0");
    }

    @Test
    void contentMatchWithASelectionKeepsTheKeyAndTheSelection() {
        assertThat(filter("<configuration><interfaces><interface><name>ge-0/0/0</name><mtu/></interface>"
                + "</interfaces></configuration>"))
                .contains("<interface><name>ge-0/0/0</name><mtu>9000</mtu></interface>");
    }

    @Test
    void nothingMatchingLeavesAnEmptyRoot() {
        assertThat(filter("<configuration><snmp/></configuration>")).isEqualTo("<configuration c=\"1\"/>");
    }

    private static String filter(String filter) {
        return SafeXml.serialize(SubtreeFilter.apply(parse(DATA), parse(filter)));
    }

    private static Element parse(String xml) {
        return SafeXml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }
}
