package io.jmcp.core.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.jmcp.core.audit.AuditLog;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.inventory.Inventory;
import io.jmcp.core.mcp.CallerResolver;
import io.jmcp.core.mcp.McpToolServer;
import io.jmcp.core.mcp.ToolEnvironment;
import io.jmcp.core.mcp.ToolWorkers;
import io.jmcp.core.output.HeldOutputResource;
import io.jmcp.core.output.OutputStore;
import io.jmcp.core.output.ResultBudget;
import io.jmcp.core.pool.SessionPool;
import io.jmcp.core.spi.PromptHandler;
import io.jmcp.core.spi.ResourceHandler;
import io.jmcp.core.spi.ToolHandler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Wires a jmcp server from its {@link ServerOptions}: inventory, guardrails (block.cmd and block.cfg
 * from the working directory, else beside the devices file, else the shipped defaults), audit log, session
 * pool, tool workers, the tools, resources and prompts found on the class path and the MCP tool server. The transport
 * is the main's business; so is who the caller is ({@link CallerResolver}).
 */
public final class JmcpModule extends AbstractModule {
    private final ServerOptions options;
    private final CallerResolver callers;

    public JmcpModule(ServerOptions options, CallerResolver callers) {
        this.options = options;
        this.callers = callers;
    }

    @Override
    protected void configure() {
        bind(ServerOptions.class).toInstance(options);
        bind(CallerResolver.class).toInstance(callers);
        bind(JmcpApp.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    DeviceRegistry deviceRegistry() {
        StartupTrace.mark("deviceRegistry");
        return new DeviceRegistry(options.devicesFileIfAny().map(Inventory::load).orElseGet(options::inventory));
    }

    @Provides
    @Singleton
    Guardrails guardrails() {
        StartupTrace.mark("guardrails");
        List<Path> directories = new ArrayList<>(List.of(Path.of("").toAbsolutePath()));
        options.devicesFileIfAny().ifPresent(file -> directories.add(file.toAbsolutePath().getParent()));
        return Guardrails.load(directories).withOptions(options.guard());
    }

    @Provides
    @Singleton
    AuditLog auditLog() {
        if (options.auditLogFile().isEmpty()) {
            return AuditLog.disabled();
        }
        Path file = options.auditLogFile().get();
        try {
            return AuditLog.open(file);
        } catch (IOException unusable) {
            throw new StartupException("cannot open the audit log " + file + ": " + unusable.getMessage(), unusable);
        }
    }

    @Provides
    @Singleton
    SessionPool sessionPool(DeviceRegistry registry) {
        StartupTrace.mark("sessionPool");
        return SessionPool.create(registry, options.pool(), options.changes());
    }

    @Provides
    @Singleton
    ToolWorkers toolWorkers() {
        return new ToolWorkers(options.workerThreads(), options.workerQueue());
    }

    @Provides
    @Singleton
    List<ToolHandler> toolHandlers() {
        StartupTrace.mark("toolHandlers");
        return ToolDiscovery.discover(Thread.currentThread().getContextClassLoader());
    }

    @Provides
    @Singleton
    List<ResourceHandler> resourceHandlers(ResultBudget budget) {
        List<ResourceHandler> handlers = new ArrayList<>(HeldOutputResource.of(budget));
        handlers.addAll(ToolDiscovery.discover(ResourceHandler.class, Thread.currentThread().getContextClassLoader()));
        return handlers;
    }

    @Provides
    @Singleton
    OutputStore outputStore() {
        return new OutputStore(options.outputs());
    }

    @Provides
    @Singleton
    ResultBudget resultBudget(OutputStore store) {
        return new ResultBudget(store);
    }

    @Provides
    @Singleton
    List<PromptHandler> promptHandlers() {
        return ToolDiscovery.discover(PromptHandler.class, Thread.currentThread().getContextClassLoader());
    }

    @Provides
    @Singleton
    ToolEnvironment toolEnvironment(DeviceRegistry registry, SessionPool pool, Guardrails guardrails,
            AuditLog auditLog, ResultBudget budget) {
        return new ToolEnvironment(registry, pool, guardrails, auditLog, options.defaultRpcTimeout(),
                options.batchConcurrency(), options.persistDevices(), options.devicesDirectory().orElse(null), budget);
    }

    @Provides
    @Singleton
    McpToolServer toolServer(List<ToolHandler> tools, List<ResourceHandler> resources, List<PromptHandler> prompts,
            ToolEnvironment environment, ToolWorkers workers) {
        StartupTrace.mark("toolServer");
        return new McpToolServer(tools, resources, prompts, environment, workers, callers, options.readOnly());
    }
}
