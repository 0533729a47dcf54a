package io.jmcp.core.app;

import io.jmcp.core.spi.ToolHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the handlers on a class path, the built-in ones and those of plugin jars: tools
 * ({@link ToolHandler}), resources ({@link io.jmcp.core.spi.ResourceHandler}) and prompts
 * ({@link io.jmcp.core.spi.PromptHandler}).
 */
public final class ToolDiscovery {
    private static final Logger log = LoggerFactory.getLogger(ToolDiscovery.class);

    private ToolDiscovery() {
    }

    /**
     * @throws StartupException when a registered tool handler cannot be loaded or instantiated
     */
    public static List<ToolHandler> discover(ClassLoader classLoader) {
        return discover(ToolHandler.class, classLoader);
    }

    /**
     * @throws StartupException when a registered handler cannot be loaded or instantiated
     */
    public static <T> List<T> discover(Class<T> handlerType, ClassLoader classLoader) {
        List<T> handlers = new ArrayList<>();
        try {
            for (T handler : ServiceLoader.load(handlerType, classLoader)) {
                log.debug("Found {} {}", handlerType.getSimpleName(), handler.getClass().getName());
                handlers.add(handler);
            }
        } catch (ServiceConfigurationError broken) {
            throw new StartupException("a plugin could not be loaded: " + broken.getMessage() + why(broken), broken);
        }
        return List.copyOf(handlers);
    }

    /** The plugin's own reason (its constructor's exception), which the loader's message leaves out. */
    private static String why(ServiceConfigurationError broken) {
        Throwable cause = broken.getCause();
        return cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
    }
}
