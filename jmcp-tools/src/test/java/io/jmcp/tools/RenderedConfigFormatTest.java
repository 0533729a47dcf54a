package io.jmcp.tools;

import io.jmcp.netconf.ConfigFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedConfigFormatTest {

    @Test
    void readsSetDeleteActivateAndDeactivateLinesAsSetCommands() {
        assertThat(RenderedConfigFormat.detect("""
                set system host-name r1
                delete interfaces ge-0/0/1 disable
                deactivate protocols bgp
                activate protocols ospf
                """)).isEqualTo(ConfigFormat.SET);
    }

    @Test
    void ignoresBlankLinesAndCommentsAsTheSeedDid() {
        assertThat(RenderedConfigFormat.detect("\n# generated\n  set system host-name r1  \n\n"))
                .isEqualTo(ConfigFormat.SET);
    }

    @Test
    void readsAnythingElseAsCurlyBraceText() {
        assertThat(RenderedConfigFormat.detect("set system host-name r1\nsystem { location { building 1; } }"))
                .isEqualTo(ConfigFormat.TEXT);
    }

    @Test
    void readsAKeywordWithoutArgumentsAsText() {
        assertThat(RenderedConfigFormat.detect("set")).isEqualTo(ConfigFormat.TEXT);
    }

    @Test
    void readsADocumentStartingWithAnElementAsXml() {
        assertThat(RenderedConfigFormat.detect("\n  <configuration><system/></configuration>"))
                .isEqualTo(ConfigFormat.XML);
    }
}
