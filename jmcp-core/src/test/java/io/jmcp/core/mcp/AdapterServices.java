package io.jmcp.core.mcp;

import io.jmcp.core.app.DemoDevices;
import io.jmcp.core.audit.AuditLog;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.pool.PoolSettings;
import io.jmcp.core.pool.SessionPool;
import io.jmcp.core.spi.Caller;
import io.modelcontextprotocol.json.McpJsonDefaults;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What the MCP adapter runs on, for tests in this JVM: an inventory of routers on loopback ports
 * (down unless a simulator listens there), the real session pool, tool workers and an audit log file.
 */
final class AdapterServices implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.shared();

    private final Path auditFile;
    private final DeviceRegistry devices;
    private final SessionPool sessions;
    private final AuditLog auditLog;
    private final ToolWorkers workers;
    private final ToolEnvironment environment;

    private AdapterServices(Path auditFile, List<DemoDevices.Endpoint> routers, int threads, int queue) {
        this.auditFile = auditFile;
        this.devices = new DeviceRegistry(DemoDevices.inventory(routers));
        this.sessions = SessionPool.create(devices, PoolSettings.defaults());
        try {
            this.auditLog = AuditLog.open(auditFile);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        this.workers = new ToolWorkers(threads, queue);
        this.environment = new ToolEnvironment(devices, sessions, Guardrails.defaults(), auditLog,
                Duration.ofSeconds(10), 4, false, null);
    }

    /** Services in {@code directory} whose inventory holds {@code routers}, each on its port. */
    static AdapterServices start(Path directory, DemoDevices.Endpoint... routers) {
        return start(directory, 4, 4, routers);
    }

    static AdapterServices start(Path directory, int threads, int queue, DemoDevices.Endpoint... routers) {
        return new AdapterServices(directory.resolve("audit.jsonl"), Arrays.asList(routers), threads, queue);
    }

    /** A router with the simulator's default login on {@code port} of loopback. */
    static DemoDevices.Endpoint router(String name, int port) {
        return new DemoDevices.Endpoint(name, "127.0.0.1", port, "jmcp", "jmcp");
    }

    /** The invoke pipeline of a server on these services, every request coming from {@code caller}. */
    InvokePipeline pipeline(Caller caller) {
        return new InvokePipeline(services(environment, caller, workers.threads()), workers.scheduler());
    }

    /**
     * The invoke pipeline for prompts alone, every request coming from {@code caller}: prompts touch no
     * router, are not audited and render on the caller's thread, so an environment without routers
     * and without an audit log serves them.
     */
    static InvokePipeline promptPipeline(Caller caller) {
        return new InvokePipeline(services(NO_ROUTERS, caller, 1), Schedulers.immediate());
    }

    private static final ToolEnvironment NO_ROUTERS = noRouters();

    private static ToolEnvironment noRouters() {
        DeviceRegistry none = new DeviceRegistry(DemoDevices.inventory(List.of()));
        return new ToolEnvironment(none, SessionPool.create(none, PoolSettings.defaults()), Guardrails.defaults(),
                AuditLog.disabled(), Duration.ofSeconds(10), 1, false, null);
    }

    private static InvokePipeline.Services services(ToolEnvironment environment, Caller caller, int workerThreads) {
        return new InvokePipeline.Services(environment, McpJsonDefaults.getMapper(),
                McpJsonDefaults.getSchemaValidator(), transportContext -> caller, () -> false, workerThreads, false);
    }

    DeviceRegistry devices() {
        return devices;
    }

    ToolWorkers workers() {
        return workers;
    }

    ToolEnvironment environment() {
        return environment;
    }

    List<JsonNode> auditRecords() {
        try {
            return Files.readAllLines(auditFile).stream().map(JSON::readTree).toList();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void close() throws IOException {
        workers.close();
        sessions.close();
        auditLog.close();
    }
}
