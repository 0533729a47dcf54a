package io.jmcp.server.common;

import io.jmcp.core.app.DemoDevices;
import io.jmcp.core.app.RpcTimeouts;
import io.jmcp.core.app.ServerOptions;
import io.jmcp.core.guard.ApprovalOptions;
import io.jmcp.core.guard.GuardOptions;
import io.jmcp.core.output.OutputSettings;
import io.jmcp.core.pool.ChangeSettings;
import io.jmcp.core.pool.PoolSettings;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The command-line options that say what a jmcp server serves, whatever its transport: the
 * devices (a devices file, or simulated ones with {@code --demo}), how tools treat them, and the
 * log level. A server's main takes them as a picocli {@code @Mixin} and keeps its own transport
 * options.
 */
public final class ToolServerOptions {
    public static final int MAX_DEMO_DEVICES = 500;
    /** Shown when {@code --demo} is given to a server built without the simulator. */
    public static final String NO_SIMULATOR = "--demo needs the Junos device simulator, which this installation"
            + " leaves out (jmcp-demo and junos-device-simulator are not on the class path): serve real devices with"
            + " -f/--device-mapping FILE, or use a jmcp build that includes the simulator.";
    private static final long GUARD_DEFAULT_TEMPLATE_SECONDS = 10;

    @Option(names = {"-f", "--device-mapping"}, paramLabel = "FILE",
            description = "The JSON file containing the device mapping (devices.json).")
    private Path deviceMapping;

    @Option(names = "--demo", paramLabel = "N",
            description = "Start N simulated Junos devices in this process and serve them (no devices file needed).")
    private Integer demoDevices;

    @Option(names = "--demo-routes", defaultValue = "0", paramLabel = "N",
            description = "With --demo: the first device (vsim-01) is a large router with N learned routes.")
    private int demoRoutes;

    @Option(names = "--demo-interface-units", defaultValue = "0", paramLabel = "N",
            description = "With --demo: the first device's configuration has N more addressed interface units.")
    private int demoInterfaceUnits;

    @Option(names = "--max-output-bytes", paramLabel = "BYTES", defaultValue = "" + OutputSettings.DEFAULT_RESULT_BUDGET,
            description = "Result budget: text bytes one tool result or resource read may hold; larger outputs are"
                    + " cut, kept whole for 15 minutes and continued with 'offset' (default: ${DEFAULT-VALUE}).")
    private int maxOutputBytes;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Keep the whole outputs of cut results in files here (mode 0600) instead of in memory.")
    private Path outputDir;

    @Option(names = "--read-only", description = "Offer only read-only tools; commands are limited to show-like ones.")
    private boolean readOnly;

    @Option(names = "--audit-log", paramLabel = "FILE", description = "Append one JSON line per tool call to FILE.")
    private Path auditLog;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
            description = "Log level on stderr: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private LogLevel logLevel;

    @Option(names = "--batch-concurrency", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_BATCH_CONCURRENCY,
            description = "Routers a batch tool works on at once (default: ${DEFAULT-VALUE}).")
    private int batchConcurrency;

    @Option(names = "--persist-devices",
            description = "Write devices added with add_device to the devices file (-f) too, not only to memory.")
    private boolean persistDevices;

    @Option(names = "--config-dir", paramLabel = "DIR",
            description = "The directory reload_devices may read devices files from (default: the directory of -f).")
    private Path configDir;

    @Option(names = "--no-session-pool",
            description = "Open a new device session for every call, as the seed project did (for comparison).")
    private boolean noSessionPool;

    @Option(names = "--allow-lockout-changes",
            description = "Allow changes that remove or deactivate what jmcp itself uses to reach a router (its NETCONF "
                    + "service and port, its login user and that user's authentication or class); refused by default.")
    private boolean allowLockoutChanges;

    @Option(names = "--template-time-limit", paramLabel = "SECONDS",
            defaultValue = "" + GUARD_DEFAULT_TEMPLATE_SECONDS,
            description = "Stop rendering a Jinja2 template after SECONDS (default: ${DEFAULT-VALUE}).")
    private int templateTimeLimitSeconds;

    @Option(names = "--allow-link-local-devices",
            description = "Let add_device accept link-local hosts (169.254.0.0/16, fe80::/10), where cloud metadata "
                    + "services live; refused by default.")
    private boolean allowLinkLocalDevices;

    @Option(names = "--approve-changes",
            description = "Before every commit, show the diff(s) to the client's user through an MCP elicitation form "
                    + "and commit only on explicit approval; declined, dismissed or unanswered changes are discarded.")
    private boolean approveChanges;

    @Option(names = "--approval-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "With --approve-changes: how long to wait for the approval before discarding the change "
                    + "(default: ${DEFAULT-VALUE}, at most 3600).")
    private int approvalTimeoutSeconds;

    @Option(names = "--change-queue-wait", paramLabel = "SECONDS",
            defaultValue = "" + ChangeSettings.DEFAULT_QUEUE_WAIT_SECONDS,
            description = "How long a configuration change waits for its turn on a router (behind other changes, "
                    + "then behind a lock held outside jmcp) before it is refused (default: ${DEFAULT-VALUE}).")
    private int changeQueueWaitSeconds;

    @Option(names = "--safe-commit-minutes", paramLabel = "MINUTES",
            defaultValue = "" + ChangeSettings.DEFAULT_SAFE_COMMIT_MINUTES,
            description = "Every commit is a commit confirmed of MINUTES, confirmed only after a new NETCONF session "
                    + "proved the router still answers; 0 commits without proof (default: ${DEFAULT-VALUE}).")
    private int safeCommitMinutes;

    /** What is wrong with these options, or null. */
    public String problem() {
        if (deviceMapping == null && demoDevices == null) {
            return "Give the device mapping with -f/--device-mapping FILE, or --demo N to try simulated devices.";
        }
        if (deviceMapping != null && demoDevices != null) {
            return "Give either -f/--device-mapping or --demo, not both.";
        }
        if (demoDevices != null && (demoDevices < 1 || demoDevices > MAX_DEMO_DEVICES)) {
            return "--demo takes 1 to " + MAX_DEMO_DEVICES + " devices, got " + demoDevices;
        }
        if (templateTimeLimitSeconds < 1) {
            return "--template-time-limit must be at least 1 second, got " + templateTimeLimitSeconds;
        }
        if (approvalTimeoutSeconds < 1 || approvalTimeoutSeconds > ApprovalOptions.MAX_TIMEOUT.toSeconds()) {
            return "--approval-timeout takes 1 to " + ApprovalOptions.MAX_TIMEOUT.toSeconds() + " seconds, got "
                    + approvalTimeoutSeconds;
        }
        if (maxOutputBytes < OutputSettings.MIN_RESULT_BUDGET) {
            return "--max-output-bytes must be at least " + OutputSettings.MIN_RESULT_BUDGET + ", got " + maxOutputBytes;
        }
        if (demoDevices == null && (demoRoutes != 0 || demoInterfaceUnits != 0)) {
            return "--demo-routes and --demo-interface-units shape the --demo devices: give --demo N too.";
        }
        if (changeQueueWaitSeconds < 1) {
            return "--change-queue-wait must be at least 1 second, got " + changeQueueWaitSeconds;
        }
        if (safeCommitMinutes < 0 || safeCommitMinutes > ChangeSettings.MAX_SAFE_COMMIT_MINUTES) {
            return "--safe-commit-minutes takes 0 (off) to " + ChangeSettings.MAX_SAFE_COMMIT_MINUTES + ", got "
                    + safeCommitMinutes;
        }
        if (batchConcurrency < 1) {
            return "--batch-concurrency must be at least 1, got " + batchConcurrency;
        }
        if (persistDevices && deviceMapping == null) {
            return "--persist-devices writes added devices to the devices file: give it with -f/--device-mapping.";
        }
        if (configDir != null && !Files.isDirectory(configDir)) {
            return "--config-dir must name an existing directory, got " + configDir;
        }
        // Last: the other options are checked whether or not this installation has the simulator.
        return demoDevices == null ? null : demoProblem();
    }

    private String demoProblem() {
        Optional<DemoFleetFactory> factory = DemoFleetFactory.installed();
        if (factory.isEmpty()) {
            return NO_SIMULATOR;
        }
        if (demoRoutes < 0 || demoRoutes > factory.get().maxRoutes()) {
            return "--demo-routes takes 0 to " + factory.get().maxRoutes() + " routes, got " + demoRoutes;
        }
        if (demoInterfaceUnits < 0 || demoInterfaceUnits > factory.get().maxInterfaceUnits()) {
            return "--demo-interface-units takes 0 to " + factory.get().maxInterfaceUnits() + " units, got "
                    + demoInterfaceUnits;
        }
        return null;
    }

    private ApprovalOptions approval() {
        Duration timeout = Duration.ofSeconds(approvalTimeoutSeconds);
        return approveChanges ? ApprovalOptions.required(timeout) : ApprovalOptions.none();
    }

    public LogLevel logLevel() {
        return logLevel;
    }

    /**
     * The simulated devices to serve, started now; null without {@code --demo}.
     *
     * @throws IllegalStateException with {@link #NO_SIMULATOR} when the simulator is not on the class path
     */
    public DemoFleet startDemo() {
        if (demoDevices == null) {
            return null;
        }
        return DemoFleetFactory.installed().orElseThrow(() -> new IllegalStateException(NO_SIMULATOR))
                .start(demoDevices, demoRoutes, demoInterfaceUnits);
    }

    /**
     * @param demo        the fleet from {@link #startDemo()}, or null
     * @param environment where {@code JUNOS_TIMEOUT} is read from
     * @throws io.jmcp.core.app.StartupException when {@code JUNOS_TIMEOUT} is invalid
     */
    public ServerOptions serverOptions(DemoFleet demo, Map<String, String> environment) {
        ServerOptions.Builder options = demo == null ? ServerOptions.builder(deviceMapping)
                : ServerOptions.builder(DemoDevices.inventory(demo.endpoints()));
        return options
                .readOnly(readOnly)
                .auditLog(auditLog)
                .defaultRpcTimeout(RpcTimeouts.fromEnvironment(environment))
                .batchConcurrency(batchConcurrency)
                .pool(PoolSettings.defaults().withPooling(!noSessionPool))
                .persistDevices(persistDevices)
                .configDirectory(configDir)
                .guard(GuardOptions.defaults().withLockoutProtection(!allowLockoutChanges)
                        .withTemplateTimeLimit(Duration.ofSeconds(templateTimeLimitSeconds))
                        .withLinkLocalHosts(allowLinkLocalDevices)
                        .withApproval(approval()))
                .outputs(OutputSettings.defaults().withResultBudget(maxOutputBytes).withFolder(outputDir))
                .changes(new ChangeSettings(Duration.ofSeconds(changeQueueWaitSeconds), safeCommitMinutes))
                .build();
    }
}
