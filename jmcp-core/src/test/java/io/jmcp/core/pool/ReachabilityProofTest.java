package io.jmcp.core.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.core.app.DemoDevices;
import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proof opens its own session, whatever the pool holds, and turns every failure into its result. */
class ReachabilityProofTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private SimulatorFleet fleet;
    private SimulatedDevice router;
    private SessionPool pool;

    @BeforeEach
    void start() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.builder("r1").build()));
        router = fleet.device("r1");
        pool = SessionPool.create(new DeviceRegistry(DemoDevices.inventory(List.of(new DemoDevices.Endpoint("r1",
                router.host(), router.port(), DeviceSpec.DEFAULT_USER, DeviceSpec.DEFAULT_PASSWORD)))),
                PoolSettings.defaults());
    }

    @AfterEach
    void stop() {
        pool.close();
        fleet.close();
    }

    @Test
    void provesWithANewLoginEvenWhenThePoolHoldsASession() {
        pool.withSession("r1", true, TIMEOUT, device -> device.facts());
        long logins = router.loginCount();

        ReachabilityProof.Result proof = pool.reachabilityProof().prove("r1", TIMEOUT);

        assertThat(proof.reached()).isTrue();
        assertThat(proof.failure()).isNull();
        assertThat(router.loginCount()).isEqualTo(logins + 1);
        assertThat(proof.describe()).startsWith("a new NETCONF session to r1 (new SSH connection and login) running "
                + "get-software-information answered in ");
    }

    @Test
    void aRefusedLoginIsTheProofsFailure() {
        router.faults().refuseAuthentication(true);

        ReachabilityProof.Result proof = pool.reachabilityProof().prove("r1", TIMEOUT);

        assertThat(proof.reached()).isFalse();
        assertThat(proof.describe()).contains(" failed after ").contains("refused the login").doesNotEndWith(".");
    }

    @Test
    void aRouterGoneFromTheInventoryIsTheProofsFailure() {
        ReachabilityProof.Result proof = pool.reachabilityProof().prove("r9", TIMEOUT);

        assertThat(proof.reached()).isFalse();
        assertThat(proof.failure()).isEqualTo("the router left the inventory, so jmcp cannot open a session to it");
    }
}
