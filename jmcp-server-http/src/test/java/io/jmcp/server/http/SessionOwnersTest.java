package io.jmcp.server.http;

import io.jmcp.core.spi.Scope;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SessionOwnersTest {
    private static final HttpPrincipal ALICE = new HttpPrincipal("alice", Scope.CONFIG);
    private static final HttpPrincipal BOB = new HttpPrincipal("bob", Scope.CONFIG);
    private static final Duration IDLE = Duration.ofMinutes(15);

    /** A clock the test moves. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SessionOwners owners = new SessionOwners(IDLE, clock);

    @Test
    void aSessionBelongsOnlyToItsCreator() {
        owners.created("s1", ALICE);

        assertThat(owners.isOwnedBy("s1", ALICE)).isTrue();
        assertThat(owners.isOwnedBy("s1", BOB)).isFalse();
        assertThat(owners.isOwnedBy("s1", new HttpPrincipal("alice", Scope.READ))).isFalse();
        assertThat(owners.isOwnedBy("unknown", ALICE)).isFalse();
        assertThat(owners.exists("s1")).isTrue();
        assertThat(owners.exists("unknown")).isFalse();
    }

    @Test
    void aForgottenSessionBelongsToNobody() {
        owners.created("s1", ALICE);
        owners.forget("s1");

        assertThat(owners.isOwnedBy("s1", ALICE)).isFalse();
    }

    @Test
    void sessionsUnseenLongerThanTheSdkKeepsThemAreDroppedWhenAnotherIsCreated() {
        owners.created("old", ALICE);
        owners.created("used", ALICE);
        clock.advance(IDLE.multipliedBy(2));
        assertThat(owners.isOwnedBy("used", ALICE)).isTrue();
        clock.advance(Duration.ofMinutes(2));

        owners.created("new", BOB);

        assertThat(owners.size()).isEqualTo(2);
        assertThat(owners.isOwnedBy("old", ALICE)).isFalse();
        assertThat(owners.isOwnedBy("used", ALICE)).isTrue();
    }

    @Test
    void anIntrudersAttemptDoesNotKeepTheSessionAlive() {
        owners.created("s1", ALICE);
        clock.advance(IDLE.multipliedBy(2));
        assertThat(owners.isOwnedBy("s1", BOB)).isFalse();
        clock.advance(Duration.ofMinutes(2));

        owners.created("s2", BOB);

        assertThat(owners.isOwnedBy("s1", ALICE)).isFalse();
    }
}
