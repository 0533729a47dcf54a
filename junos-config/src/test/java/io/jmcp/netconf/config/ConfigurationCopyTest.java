package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copies share structure yet never see each other's changes. */
class ConfigurationCopyTest {

    private static final String TEXT = "system { host-name r1; services { ssh; } } interfaces { ge-0/0/0 { mtu 9000; } }";

    @Test
    void aCopyDoesNotSeeChangesToTheOriginal() {
        Configuration original = Configuration.parse(TEXT, ConfigFormat.TEXT);
        Configuration copy = original.copy();

        original.applySet("set system host-name r2\ndelete interfaces ge-0/0/0 mtu");

        assertThat(copy).isEqualTo(Configuration.parse(TEXT, ConfigFormat.TEXT));
    }

    @Test
    void theOriginalDoesNotSeeChangesToACopy() {
        Configuration original = Configuration.parse(TEXT, ConfigFormat.TEXT);
        Configuration copy = original.copy();

        copy.applySet("set system services telnet");

        assertThat(original.toSet()).doesNotContain("telnet");
        assertThat(copy.toSet()).contains("set system services telnet");
    }

    @Test
    void aLoadLeavesItsSourceUnchanged() {
        Configuration original = Configuration.parse(TEXT, ConfigFormat.TEXT);

        Configuration loaded = original.load(LoadAction.MERGE, "system { host-name r9; }", ConfigFormat.TEXT);

        assertThat(original.textAt("system host-name")).hasValue("host-name r1;\n");
        assertThat(loaded.textAt("system host-name")).hasValue("host-name r9;\n");
    }

    @Test
    void aSubtreeDoesNotSeeLaterChanges() {
        Configuration original = Configuration.parse(TEXT, ConfigFormat.TEXT);
        Configuration system = original.subtree("system").orElseThrow();

        original.applySet("set system services netconf ssh");

        assertThat(system.toSet()).isEqualTo("set system host-name r1\nset system services ssh\n");
    }

    @Test
    void manyGenerationsOfChangesStayIndependent() {
        Configuration current = Configuration.parse(TEXT, ConfigFormat.TEXT);
        List<Configuration> history = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            history.add(current);
            current = current.load(LoadAction.SET, "set system host-name r" + i, ConfigFormat.SET);
        }

        for (int i = 1; i < 50; i++) {
            assertThat(history.get(i).textAt("system host-name")).hasValue("host-name r" + (i - 1) + ";\n");
        }
    }
}
