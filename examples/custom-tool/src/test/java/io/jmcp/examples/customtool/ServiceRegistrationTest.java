package io.jmcp.examples.customtool;

import io.jmcp.core.app.ToolDiscovery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar registers its handler the way the server looks for tools. */
class ServiceRegistrationTest {

    @Test
    void isFoundByTheServersToolDiscovery() {
        assertThat(ToolDiscovery.discover(ShowBgpNeighbors.class.getClassLoader()))
                .hasAtLeastOneElementOfType(ShowBgpNeighbors.class);
    }
}
