package io.jmcp.core.pool;

import io.jmcp.core.inventory.AuthSpec;
import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.inventory.HostKeyCheck;
import io.jmcp.core.inventory.Inventory;
import io.jmcp.core.inventory.SecretRef;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.OutputFormat;
import io.jmcp.netconf.error.TransportException;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The session pool against simulated devices, whose counters show what really happened on the wire. */
class SessionPoolTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static SimulatorFleet fleet;
    private static SimulatedDevice first;
    private static SimulatedDevice second;
    private static SimulatedDevice third;

    /** Concurrent callers of the pool, one thread each. */
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final AtomicLong clock = new AtomicLong();
    private SessionPool pool;

    @BeforeAll
    static void startDevices() {
        fleet = SimulatorFleet.start(3);
        first = fleet.devices().get(0);
        second = fleet.devices().get(1);
        third = fleet.devices().get(2);
    }

    @AfterAll
    static void stopDevices() {
        fleet.close();
    }

    @AfterEach
    void closePool() {
        callers.shutdownNow();
        fleet.devices().forEach(device -> device.faults().clear());
        if (pool != null) {
            pool.close();
        }
        fleet.devices().forEach(device -> await("sessions of " + device.name() + " closed",
                () -> device.openSessionCount() == 0));
    }

    static DeviceEntry entry(SimulatedDevice device) {
        return new DeviceEntry(device.name(), device.host(), device.port(), DeviceSpec.DEFAULT_USER,
                AuthSpec.password(SecretRef.inline(DeviceSpec.DEFAULT_PASSWORD)), null,
                new HostKeyCheck(HostKeyPolicy.OFF, null), null);
    }

    private SessionPool pool(PoolSettings settings) {
        DeviceRegistry registry = new DeviceRegistry(Inventory.of(fleet.devices().stream().map(SessionPoolTest::entry).toList()));
        pool = SessionPool.create(registry, settings, clock::get);
        return pool;
    }

    private static String showVersion(SessionPool pool, SimulatedDevice device, boolean repeatable) {
        return pool.withSession(device.name(), repeatable, TIMEOUT, session -> session.command("show version", OutputFormat.TEXT));
    }

    @Test
    void logsInOnceForAHundredCalls() {
        SessionPool pool = pool(PoolSettings.defaults());
        long logins = first.loginCount();

        IntStream.range(0, 100).forEach(i -> showVersion(pool, first, true));

        assertThat(first.loginCount() - logins).isEqualTo(1);
        assertThat(first.openSessionCount()).isEqualTo(1);
    }

    @Test
    void retriesAReadOnceOnANewSessionWhenTheConnectionIsLost() {
        SessionPool pool = pool(PoolSettings.defaults());
        showVersion(pool, first, true);
        long logins = first.loginCount();
        first.faults().dropConnectionAfter(10);

        assertThatThrownBy(() -> showVersion(pool, first, true)).isInstanceOf(TransportException.class);

        assertThat(first.loginCount() - logins).as("one reconnect for the retry").isEqualTo(1);
    }

    @Test
    void neverRetriesAWrite() {
        SessionPool pool = pool(PoolSettings.defaults());
        showVersion(pool, first, true);
        long logins = first.loginCount();
        first.faults().dropConnectionAfter(10);

        assertThatThrownBy(() -> showVersion(pool, first, false)).isInstanceOf(TransportException.class);

        assertThat(first.loginCount()).isEqualTo(logins);
    }

    @Test
    void reconnectsAfterTheDeviceDroppedTheSession() {
        SessionPool pool = pool(PoolSettings.defaults());
        showVersion(pool, first, true);
        first.faults().dropConnectionAfter(10);
        assertThatThrownBy(() -> showVersion(pool, first, false)).isInstanceOf(TransportException.class);
        first.faults().clear();

        assertThat(showVersion(pool, first, true)).contains("Hostname");
        assertThat(pool.stats().open()).isEqualTo(1);
    }

    @Test
    void closesASessionIdleForTheIdleTimeout() {
        SessionPool pool = pool(PoolSettings.defaults().withIdleTimeout(Duration.ofSeconds(300)));
        showVersion(pool, first, true);

        clock.addAndGet(Duration.ofSeconds(300).toNanos());
        pool.evictIdleSessions();

        await("the idle session closed", () -> first.openSessionCount() == 0);
        assertThat(pool.stats()).isEqualTo(new PoolStats(0, 0, 0));
    }

    @Test
    void keepsASessionIdleForLessThanTheIdleTimeout() {
        SessionPool pool = pool(PoolSettings.defaults().withIdleTimeout(Duration.ofSeconds(300)));
        showVersion(pool, first, true);

        clock.addAndGet(Duration.ofSeconds(299).toNanos());
        pool.evictIdleSessions();

        assertThat(pool.stats()).isEqualTo(new PoolStats(1, 1, 0));
        assertThat(first.openSessionCount()).isEqualTo(1);
    }

    @Test
    void opensNoMoreThanTheCapOfSessionsToOneDevice() {
        SessionPool pool = pool(PoolSettings.defaults().withLimits(2, 10));
        long logins = first.loginCount();
        first.faults().latency(Duration.ofMillis(500));

        List<CompletableFuture<String>> calls = IntStream.range(0, 5)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> showVersion(pool, first, true), callers)).toList();
        calls.forEach(CompletableFuture::join);

        assertThat(first.loginCount() - logins).isEqualTo(2);
    }

    @Test
    void givesUpWaitingForABusyDeviceAtTheCallersTimeout() {
        SessionPool pool = pool(PoolSettings.defaults().withLimits(1, 10));
        first.faults().latency(Duration.ofSeconds(3));
        CompletableFuture<String> busy = CompletableFuture.supplyAsync(() -> showVersion(pool, first, true),
                callers);
        await("the first call holding the session", () -> pool.stats().inUse() == 1);

        assertThatThrownBy(() -> pool.withSession(first.name(), true, Duration.ofSeconds(1),
                session -> session.command("show version", OutputFormat.TEXT)))
                .isInstanceOf(NetconfTimeoutException.class)
                .hasMessage("no free session to " + first.name() + " within 1 s: all 1 sessions to " + first.name()
                        + " are in use");
        busy.join();
    }

    @Test
    void closesTheLeastRecentlyUsedIdleSessionAtTheGlobalCap() {
        SessionPool pool = pool(PoolSettings.defaults().withLimits(1, 2));
        showVersion(pool, first, true);
        clock.addAndGet(1);
        showVersion(pool, second, true);
        clock.addAndGet(1);

        showVersion(pool, third, true);

        await("the oldest idle session closed", () -> first.openSessionCount() == 0);
        assertThat(second.openSessionCount()).isEqualTo(1);
        assertThat(third.openSessionCount()).isEqualTo(1);
    }

    @Test
    void closesTheSessionsOfADeviceChangedByAReload(@TempDir Path directory) throws IOException {
        Path devicesFile = writeDevices(directory.resolve("devices.json"), "before");
        DeviceRegistry registry = new DeviceRegistry(Inventory.load(devicesFile));
        SessionPool pool = SessionPool.create(registry, PoolSettings.defaults());
        this.pool = pool;
        showVersion(pool, first, true);
        showVersion(pool, second, true);

        registry.reload(writeDevices(devicesFile, "after"));

        await("the changed device's session closed", () -> first.openSessionCount() == 0);
        assertThat(second.openSessionCount()).isEqualTo(1);
    }

    /** devices.json for the fleet, where only the first device's extra key {@code site} differs by {@code site}. */
    private static Path writeDevices(Path file, String site) throws IOException {
        ObjectNode devices = JSON.createObjectNode();
        for (SimulatedDevice device : fleet.devices()) {
            ObjectNode json = entry(device).toJson();
            if (device == first) {
                json.put("site", site);
            }
            devices.set(device.name(), json);
        }
        return Files.writeString(file, JSON.writeValueAsString(devices));
    }

    @Test
    void closesEverySessionOnShutdownIncludingBusyOnes() {
        SessionPool pool = pool(PoolSettings.defaults());
        showVersion(pool, first, true);
        showVersion(pool, second, true);
        third.faults().stallRepliesAfter(20);
        CompletableFuture<String> stalled = CompletableFuture.supplyAsync(() -> showVersion(pool, third, false),
                callers);
        await("the stalled call holding its session", () -> pool.stats().inUse() == 1);

        pool.close();

        fleet.devices().forEach(device -> await(device.name() + " without sessions", () -> device.openSessionCount() == 0));
        assertThat(stalled).failsWithin(TIMEOUT);
    }

    @Test
    void opensASessionPerCallWhenPoolingIsOff() {
        SessionPool pool = pool(PoolSettings.defaults().withPooling(false));
        long logins = first.loginCount();

        IntStream.range(0, 3).forEach(i -> showVersion(pool, first, true));

        assertThat(first.loginCount() - logins).isEqualTo(3);
        await("no session left open", () -> first.openSessionCount() == 0);
    }

    @Test
    void refusesAnUnknownDeviceNamingTheKnownOnes() {
        SessionPool pool = pool(PoolSettings.defaults());

        NotInInventoryException unknown = catchThrowableOfType(NotInInventoryException.class,
                () -> pool.withSession("nope", true, TIMEOUT, session -> "never"));

        assertThat(unknown.deviceName()).isEqualTo("nope");
        assertThat(unknown.knownNames()).contains(first.name());
    }

    @Test
    void refusesCallsAfterShutdown() {
        SessionPool pool = pool(PoolSettings.defaults());
        pool.close();

        assertThatThrownBy(() -> showVersion(pool, first, true))
                .isInstanceOf(NetconfException.class)
                .hasMessage("the server is shutting down; no new device sessions");
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
    }
}
