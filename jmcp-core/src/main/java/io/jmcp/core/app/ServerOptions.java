package io.jmcp.core.app;

import io.jmcp.core.guard.GuardOptions;
import io.jmcp.core.inventory.Inventory;
import io.jmcp.core.output.OutputSettings;
import io.jmcp.core.pool.ChangeSettings;
import io.jmcp.core.pool.PoolSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build a jmcp server, whatever its transport. Build with {@link #builder(Path)} for a
 * devices file, or {@link #builder(Inventory)} for devices known in memory (the demo fleet).
 *
 * @param devicesFile       the inventory file ({@code devices.json} in the seed's format), or null
 * @param inventory         the inventory when there is no file, else null
 * @param readOnly          offer only read-only tools and treat every caller as read-only
 * @param auditLog          JSON-lines audit file, or null for none
 * @param defaultRpcTimeout RPC timeout of calls that give none
 * @param batchConcurrency  devices a batch tool works on at once
 * @param pool              session pool limits
 * @param workerThreads     tool calls running at once
 * @param workerQueue       tool calls waiting for a worker at most
 * @param persistDevices    devices added at run time are also written to the devices file
 * @param configDirectory   where reload_devices may read devices files, or null for the devices file's directory
 * @param guard             lock-out protection, template time limit, link-local hosts
 * @param outputs           the result budget and how the outputs of cut results are kept
 * @param changes           the per-router change queue's wait and the safe commit's minutes
 */
public record ServerOptions(Path devicesFile, Inventory inventory, boolean readOnly, Path auditLog, Duration defaultRpcTimeout,
        int batchConcurrency, PoolSettings pool, int workerThreads, int workerQueue, boolean persistDevices,
        Path configDirectory, GuardOptions guard, OutputSettings outputs, ChangeSettings changes) {

    public static final Duration DEFAULT_RPC_TIMEOUT = Duration.ofSeconds(360);
    public static final int DEFAULT_BATCH_CONCURRENCY = 32;
    public static final int DEFAULT_WORKER_THREADS = 64;
    public static final int DEFAULT_WORKER_QUEUE = 1000;

    public ServerOptions {
        if ((devicesFile == null) == (inventory == null)) {
            throw new IllegalArgumentException("give either a devices file or an inventory");
        }
        Objects.requireNonNull(defaultRpcTimeout, "defaultRpcTimeout");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(outputs, "outputs");
        Objects.requireNonNull(changes, "changes");
        if (batchConcurrency < 1) {
            throw new IllegalArgumentException("batch concurrency must be at least 1, got " + batchConcurrency);
        }
        if (persistDevices && devicesFile == null) {
            throw new IllegalArgumentException("persisting added devices needs a devices file");
        }
    }

    public static Builder builder(Path devicesFile) {
        return new Builder(Objects.requireNonNull(devicesFile, "devicesFile"), null);
    }

    public static Builder builder(Inventory inventory) {
        return new Builder(null, Objects.requireNonNull(inventory, "inventory"));
    }

    public Optional<Path> devicesFileIfAny() {
        return Optional.ofNullable(devicesFile);
    }

    public Optional<Path> auditLogFile() {
        return Optional.ofNullable(auditLog);
    }

    /**
     * The directory reload_devices may read devices files from: the configuration directory when
     * given, else the devices file's directory; empty for an inventory held in memory only.
     */
    public Optional<Path> devicesDirectory() {
        if (configDirectory != null) {
            return Optional.of(configDirectory.toAbsolutePath().normalize());
        }
        return devicesFileIfAny().map(file -> file.toAbsolutePath().normalize().getParent());
    }

    /** Builder of {@link ServerOptions}, with the defaults documented on its constants. */
    public static final class Builder {
        private final Path devicesFile;
        private final Inventory inventory;
        private boolean readOnly;
        private Path auditLog;
        private Duration defaultRpcTimeout = DEFAULT_RPC_TIMEOUT;
        private int batchConcurrency = DEFAULT_BATCH_CONCURRENCY;
        private PoolSettings pool = PoolSettings.defaults();
        private int workerThreads = DEFAULT_WORKER_THREADS;
        private int workerQueue = DEFAULT_WORKER_QUEUE;
        private boolean persistDevices;
        private Path configDirectory;
        private GuardOptions guard = GuardOptions.defaults();
        private OutputSettings outputs = OutputSettings.defaults();
        private ChangeSettings changes = ChangeSettings.defaults();

        private Builder(Path devicesFile, Inventory inventory) {
            this.devicesFile = devicesFile;
            this.inventory = inventory;
        }

        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        public Builder auditLog(Path auditLog) {
            this.auditLog = auditLog;
            return this;
        }

        public Builder defaultRpcTimeout(Duration timeout) {
            this.defaultRpcTimeout = timeout;
            return this;
        }

        public Builder batchConcurrency(int batchConcurrency) {
            this.batchConcurrency = batchConcurrency;
            return this;
        }

        public Builder pool(PoolSettings pool) {
            this.pool = pool;
            return this;
        }

        public Builder workers(int threads, int queue) {
            this.workerThreads = threads;
            this.workerQueue = queue;
            return this;
        }

        public Builder persistDevices(boolean persistDevices) {
            this.persistDevices = persistDevices;
            return this;
        }

        public Builder configDirectory(Path configDirectory) {
            this.configDirectory = configDirectory;
            return this;
        }

        public Builder guard(GuardOptions guard) {
            this.guard = guard;
            return this;
        }

        public Builder outputs(OutputSettings outputs) {
            this.outputs = outputs;
            return this;
        }

        public Builder changes(ChangeSettings changes) {
            this.changes = changes;
            return this;
        }

        public ServerOptions build() {
            return new ServerOptions(devicesFile, inventory, readOnly, auditLog, defaultRpcTimeout, batchConcurrency, pool,
                    workerThreads, workerQueue, persistDevices, configDirectory, guard, outputs, changes);
        }
    }
}
