package io.jmcp.simulator.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** XML to Junos JSON, as {@code | display json} renders it. */
class JunosJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void wrapsEveryElementInAnArrayAndItsTextInData() {
        JsonNode json = convert("<software-information><host-name>r1</host-name></software-information>");

        assertThat(json.at("/software-information/0/host-name/0/data").asString()).isEqualTo("r1");
    }

    @Test
    void groupsRepeatedSiblingsUnderOneKey() {
        JsonNode json = convert("<list><item>a</item><other>x</other><item>b</item></list>");

        assertThat(json.at("/list/0/item")).hasSize(2);
        assertThat(json.at("/list/0/item/1/data").asString()).isEqualTo("b");
    }

    @Test
    void writesEmptyElementsAsNull() {
        assertThat(convert("<route-engine><ok/></route-engine>").at("/route-engine/0/ok/0/data/0").isNull()).isTrue();
    }

    @Test
    void keepsAttributesAndNamespaces() {
        JsonNode json = convert("<interface-information xmlns=\"urn:x\" junos:style=\"terse\">"
                + "<up-time junos:seconds=\"42\">42 seconds</up-time></interface-information>");

        assertThat(json.at("/interface-information/0/attributes/xmlns").asString()).isEqualTo("urn:x");
        assertThat(json.at("/interface-information/0/attributes/junos:style").asString()).isEqualTo("terse");
        assertThat(json.at("/interface-information/0/up-time/0/attributes/junos:seconds").asString()).isEqualTo("42");
    }

    private static JsonNode convert(String xml) {
        return JSON.readTree(JunosJson.fromXml(xml));
    }
}
