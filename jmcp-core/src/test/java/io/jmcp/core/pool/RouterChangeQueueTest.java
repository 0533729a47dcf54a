package io.jmcp.core.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RouterChangeQueueTest {
    private static final Duration LONG = Duration.ofSeconds(60);

    private final RouterChangeQueue queue = new RouterChangeQueue();
    private final ExecutorService changes = Executors.newCachedThreadPool();

    @AfterEach
    void stop() throws InterruptedException {
        changes.shutdownNow();
        assertThat(changes.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void turnsAreGivenInArrivalOrder() throws Exception {
        List<Integer> served = new ArrayList<>();
        List<CompletableFuture<Void>> waiting = new ArrayList<>();
        try (RouterChangeQueue.Turn first = queue.enter("r1", LONG)) {
            for (int i = 0; i < 10; i++) {
                int change = i;
                waiting.add(CompletableFuture.runAsync(() -> {
                    try (RouterChangeQueue.Turn turn = queue.enter("r1", LONG)) {
                        served.add(change);
                    }
                }, changes));
                awaitEvent(() -> queue.waiting("r1") == change + 1);
            }
        }
        CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        assertThat(served).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void routersDoNotWaitForEachOther() {
        try (RouterChangeQueue.Turn r1 = queue.enter("r1", LONG);
             RouterChangeQueue.Turn r2 = queue.enter("r2", Duration.ofMillis(1))) {
            assertThat(queue.waiting("r1")).isZero();
        }
    }

    @Test
    void aTurnThatDoesNotComeInTimeIsRefusedNamingTheRouterAndTheWait() {
        try (RouterChangeQueue.Turn held = queue.enter("edge-7", LONG)) {
            assertThatThrownBy(() -> queue.enter("edge-7", Duration.ofMillis(200)))
                    .isInstanceOf(ChangeQueueTimeoutException.class)
                    .hasMessageMatching("Router 'edge-7' is busy with other configuration changes: this change waited "
                            + "\\d+ ms for its turn \\(1 change\\(s\\) ahead of it when it arrived\\) and was not started\\."
                            + " Nothing was changed on the router\\. Try again later; the wait limit is the server's "
                            + "--change-queue-wait\\.");
        }
        assertThat(queue.waiting("edge-7")).isZero();
    }

    @Test
    void closingATurnTwiceLetsOnlyOneChangeIn() {
        RouterChangeQueue.Turn turn = queue.enter("r1", LONG);
        turn.close();
        turn.close();
        try (RouterChangeQueue.Turn next = queue.enter("r1", LONG)) {
            assertThatThrownBy(() -> queue.enter("r1", Duration.ofMillis(50)))
                    .isInstanceOf(ChangeQueueTimeoutException.class);
        }
    }

    @Test
    void aChangeOverManyRoutersGivesBackItsTurnsWhenOneDoesNotCome() {
        try (RouterChangeQueue.Turn held = queue.enter("r2", LONG)) {
            assertThatThrownBy(() -> queue.enterAll(List.of("r3", "r1", "r2"), Duration.ofMillis(100)))
                    .isInstanceOf(ChangeQueueTimeoutException.class)
                    .hasMessageStartingWith("Router 'r2' is busy");
        }
        try (RouterChangeQueue.Turn all = queue.enterAll(List.of("r3", "r1", "r2"), Duration.ofMillis(100))) {
            assertThat(queue.waiting("r1")).isZero();
        }
    }

    @Test
    void changesOverCommonRoutersInOppositeOrderDoNotDeadlock() throws Exception {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<String> routers = i % 2 == 0 ? List.of("a", "b", "c") : List.of("c", "b", "a");
            done.add(CompletableFuture.runAsync(() -> queue.enterAll(routers, LONG).close(), changes));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }

    private static void awaitEvent(BooleanSupplier happened) throws InterruptedException {
        long deadline = System.nanoTime() + LONG.toNanos();
        while (!happened.getAsBoolean()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(2);
        }
    }
}
