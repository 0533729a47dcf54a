package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who may log in to which device, by password and by public key. */
class AuthenticationTest {
    private static final KeyPair ALICE_KEY = TestKeys.newKeyPair();
    private static final KeyPair MALLORY_KEY = TestKeys.newKeyPair();
    private static SimulatorFleet fleet;
    private static SimulatedDevice router;
    private static SimulatedDevice firewall;

    @BeforeAll
    static void startDevices() {
        fleet = SimulatorFleet.start(List.of(
                DeviceSpec.builder("router").users(List.of(
                        UserAccount.withPassword("bob", "b0b-secret"),
                        UserAccount.withKeys("alice", List.of(ALICE_KEY.getPublic())))).build(),
                DeviceSpec.builder("firewall").platform(Platform.SRX)
                        .user(UserAccount.withPassword("carol", "c4rol")).build()));
        router = fleet.device("router");
        firewall = fleet.device("firewall");
    }

    @AfterAll
    static void stopDevices() {
        fleet.close();
    }

    @Test
    void acceptsTheUsersPassword() {
        try (RawNetconfSession netconf = RawNetconfSession.connect(router.port(), "bob", "b0b-secret", null)) {
            assertThat(netconf.nextMessage()).contains("<hello");
        }
    }

    @Test
    void acceptsAnAuthorizedKey() {
        try (RawNetconfSession netconf = RawNetconfSession.connect(router.port(), "alice", null, ALICE_KEY)) {
            assertThat(netconf.nextMessage()).contains("<hello");
        }
    }

    @Test
    void rejectsAWrongPassword() {
        assertThatThrownBy(() -> RawNetconfSession.connect(router.port(), "bob", "guess", null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsAnUnknownUser() {
        assertThatThrownBy(() -> RawNetconfSession.connect(router.port(), "root", "b0b-secret", null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsAKeyThatIsNotAuthorized() {
        assertThatThrownBy(() -> RawNetconfSession.connect(router.port(), "alice", null, MALLORY_KEY))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesPasswordsForAKeyOnlyUser() {
        assertThatThrownBy(() -> RawNetconfSession.connect(router.port(), "alice", "", null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void checksTheUsersOfTheDeviceConnectedTo() {
        assertThatThrownBy(() -> RawNetconfSession.connect(firewall.port(), "bob", "b0b-secret", null))
                .isInstanceOf(IllegalStateException.class);
        try (RawNetconfSession netconf = RawNetconfSession.connect(firewall.port(), "carol", "c4rol", null)) {
            assertThat(netconf.nextMessage()).contains("<hello");
        }
    }

    @Test
    void countsSuccessfulLoginsOnly() {
        long before = firewall.loginCount();
        assertThatThrownBy(() -> RawNetconfSession.connect(firewall.port(), "carol", "wrong", null))
                .isInstanceOf(IllegalStateException.class);
        try (RawNetconfSession netconf = RawNetconfSession.connect(firewall.port(), "carol", "c4rol", null)) {
            assertThat(firewall.loginCount()).isEqualTo(before + 1);
        }
    }

    @Test
    void refusesASpecWithoutUsers() {
        assertThatThrownBy(() -> DeviceSpec.builder("lonely").users(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lonely");
    }

    @Test
    void neverPrintsPasswords() {
        assertThat(UserAccount.withPassword("bob", "b0b-secret").toString()).doesNotContain("b0b-secret");
    }
}
