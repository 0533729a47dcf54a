package io.jmcp.netconf;

import static io.jmcp.netconf.FakePeer.BASE_1_0;
import static io.jmcp.netconf.FakePeer.BASE_1_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.config.ConfigSyntaxException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client reads configuration sections once junos-config is beside it: the request carries the
 * subtree filter Juniper's schema gives the path (found through the client's ServiceLoader seam).
 */
class ConfigSectionReadTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final PipeTransport transport = new PipeTransport();
    private final ExecutorService callers = Executors.newSingleThreadExecutor();
    private FakePeer peer;
    private JunosDevice device;

    @BeforeEach
    void connect() {
        peer = FakePeer.started(transport, 7, BASE_1_0, BASE_1_1);
        device = JunosDevice.on(NetconfSession.open(transport, WAIT, WAIT));
    }

    @AfterEach
    void disconnect() {
        peer.close();
        device.close();
        callers.shutdownNow();
    }

    @Test
    void readsASectionOfTheCommittedConfigurationAsSetLines() throws Exception {
        Future<String> result = callers.submit(
                () -> device.getConfiguration(ConfigFormat.SET, ConfigDatabase.COMMITTED, "protocols bgp"));
        String request = peer.nextRequest();
        peer.replyTo(request, "<configuration-set>\nset protocols bgp group ebgp type external\n</configuration-set>");

        assertThat(request).contains("<get-configuration database=\"committed\" format=\"set\">"
                + "<configuration><protocols><bgp/></protocols></configuration></get-configuration>");
        assertThat(result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .isEqualTo("set protocols bgp group ebgp type external");
    }

    @Test
    void filtersASectionPathNamingAListEntryWithTheElementsJunosExpects() throws Exception {
        Future<String> result = callers.submit(
                () -> device.getConfiguration(ConfigFormat.TEXT, ConfigDatabase.COMMITTED, "interfaces ge-0/0/0"));
        String request = peer.nextRequest();
        peer.replyTo(request, "<configuration-text>\ninterfaces {\n    ge-0/0/0 {\n        mtu 9192;\n    }\n}\n"
                + "</configuration-text>");

        assertThat(request).contains("<get-configuration database=\"committed\" format=\"text\">"
                + "<configuration><interfaces><interface><name>ge-0/0/0</name></interface></interfaces>"
                + "</configuration></get-configuration>");
        assertThat(result.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).startsWith("interfaces {");
    }

    @Test
    void refusesAMalformedSectionPathBeforeSendingAnything() {
        assertThatThrownBy(() -> device.getConfiguration(ConfigFormat.TEXT, ConfigDatabase.COMMITTED,
                "security policies from-zone trust"))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessageContaining("to-zone");
    }
}
