package io.jmcp.core.app;

import io.jmcp.core.spi.ToolHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds the {@link ToolHandler}s on a class path: the built-in tools and any plugin jars. */
public final class ToolDiscovery {
    private static final Logger log = LoggerFactory.getLogger(ToolDiscovery.class);

    private ToolDiscovery() {
    }

    /**
     * @throws StartupException when a registered handler cannot be loaded or instantiated
     */
    public static List<ToolHandler> discover(ClassLoader classLoader) {
        List<ToolHandler> handlers = new ArrayList<>();
        try {
            for (ToolHandler handler : ServiceLoader.load(ToolHandler.class, classLoader)) {
                log.debug("Found tool handler {}", handler.getClass().getName());
                handlers.add(handler);
            }
        } catch (ServiceConfigurationError broken) {
            throw new StartupException("a tool plugin could not be loaded: " + broken.getMessage(), broken);
        }
        return List.copyOf(handlers);
    }
}
