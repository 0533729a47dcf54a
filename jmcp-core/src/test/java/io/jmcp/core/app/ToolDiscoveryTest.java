package io.jmcp.core.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolDiscoveryTest {

    /** A plugin that cannot start, as one whose licence file or setting is missing. */
    public static final class PluginThatCannotStart implements ToolHandler {
        public PluginThatCannotStart() {
            throw new IllegalStateException("the setting JMCP_EXAMPLE_KEY is not set");
        }

        @Override
        public ToolDefinition definition() {
            throw new AssertionError("never built");
        }

        @Override
        public ToolResult call(ToolContext context, Map<String, Object> arguments) {
            throw new AssertionError("never built");
        }
    }

    @Test
    void aPluginThatCannotStartIsNamedWithItsOwnReason(@TempDir Path plugins) throws IOException {
        Path services = Files.createDirectories(plugins.resolve("META-INF/services"));
        Files.writeString(services.resolve(ToolHandler.class.getName()), PluginThatCannotStart.class.getName() + "\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {plugins.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> ToolDiscovery.discover(loader))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("a plugin could not be loaded")
                    .hasMessageContaining(PluginThatCannotStart.class.getName())
                    .hasMessageEndingWith("(the setting JMCP_EXAMPLE_KEY is not set)");
        }
    }
}
