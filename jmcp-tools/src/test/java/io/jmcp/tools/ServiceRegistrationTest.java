package io.jmcp.tools;

import io.jmcp.core.app.ToolDiscovery;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.ResourceHandler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in resources and prompts are registered for the server's ServiceLoader discovery. */
class ServiceRegistrationTest {
    private static final ClassLoader CLASS_PATH = ServiceRegistrationTest.class.getClassLoader();

    @Test
    void registersTheInventoryAndEachDevicesConfigurationAndFacts() {
        assertThat(ToolDiscovery.discover(ResourceHandler.class, CLASS_PATH))
                .extracting(handler -> handler.definition().uri())
                .containsExactly("junos://devices", "junos://devices/{name}/config", "junos://devices/{name}/facts");
    }

    @Test
    void listsEachDevicesResourcesPerDevice() {
        assertThat(ToolDiscovery.discover(ResourceHandler.class, CLASS_PATH))
                .filteredOn(handler -> handler.definition().isTemplate())
                .allMatch(handler -> handler.definition().listedPerDevice());
    }

    @Test
    void registersTheGuidedChangeAndTheTroubleshootingPrompts() {
        assertThat(ToolDiscovery.discover(PromptHandler.class, CLASS_PATH))
                .extracting(handler -> handler.definition().name(), handler -> handler.definition().changesConfiguration())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("safe_config_change", true),
                        org.assertj.core.groups.Tuple.tuple("troubleshoot_interface", false),
                        org.assertj.core.groups.Tuple.tuple("troubleshoot_bgp_peer", false));
    }
}
