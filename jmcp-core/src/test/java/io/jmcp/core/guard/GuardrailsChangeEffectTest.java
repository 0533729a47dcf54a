package io.jmcp.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * block.cfg and the lock-out protection on what a change does: the router's configuration before
 * and after, groups inherited, as set lines. How the change was spelled is gone at this point.
 */
class GuardrailsChangeEffectTest {
    private static final Guardrails DEFAULTS = Guardrails.defaults();
    private static final ManagementAccess JMCP = new ManagementAccess("jmcp", 830);
    private static final String BASE = """
            set system host-name r1
            set system root-authentication encrypted-password "$6$root"
            set system login user jmcp uid 2000
            set system login user jmcp class super-user
            set system login user "ops admin" uid 2001
            set system login user "ops admin" class operator
            set system login user "ops admin" authentication encrypted-password "$6$ops"
            set system services ssh
            set system services netconf ssh
            set interfaces ge-0/0/0 description "to core"
            """;

    private static BlockedException refusal(String before, String after) {
        return catchThrowableOfType(BlockedException.class, () -> DEFAULTS.checkChange(RouterConfiguration.of(before),
                RouterConfiguration.of(after), JMCP));
    }

    private static void assertAllowed(String before, String after) {
        assertThatCode(() -> DEFAULTS.checkChange(RouterConfiguration.of(before), RouterConfiguration.of(after), JMCP))
                .doesNotThrowAnyException();
    }

    @Test
    void allowsAChangeOutsideTheProtectedStatements() {
        assertAllowed(BASE, BASE.replace("\"to core\"", "\"to core 2\"") + "set system location building 1\n");
    }

    @Test
    void refusesRemovingRootAuthenticationNamingTheStatementAndThePattern() {
        BlockedException refused = refusal(BASE, BASE.replace("set system root-authentication encrypted-password "
                + "\"$6$root\"\n", ""));

        assertThat(refused.kind()).isEqualTo(BlockedException.Kind.CONFIGURATION);
        assertThat(refused.offending()).isEqualTo("set system root-authentication encrypted-password \"$6$root\"");
        assertThat(refused.getMessage()).isEqualTo("Blocked configuration rejected: the change would remove 'set "
                + "system root-authentication encrypted-password \"$6$root\"', which matches blocked pattern 'set "
                + "system root-authentication' (built-in default block.cfg line 6). Nothing was committed.");
    }

    @Test
    void refusesDeactivatingAHierarchyAboveTheProtectedStatements() {
        BlockedException refused = refusal(BASE, BASE + "deactivate system\n");

        assertThat(refused.getMessage()).startsWith("Lock-out protection refused the change: the change would remove "
                + "'set system services netconf ssh' from the configuration in effect");
    }

    @Test
    void refusesDeactivatingLoginWhenLockoutProtectionIsOff() {
        Guardrails guardrails = DEFAULTS.withOptions(GuardOptions.defaults().withLockoutProtection(false));

        BlockedException refused = catchThrowableOfType(BlockedException.class, () -> guardrails.checkChange(
                RouterConfiguration.of(BASE), RouterConfiguration.of(BASE + "deactivate system login\n"), JMCP));

        assertThat(refused.getMessage()).startsWith("Blocked configuration rejected: the change would take out of the "
                + "configuration in effect 'set system login user \"ops admin\" authentication encrypted-password");
    }

    @Test
    void allowsActivatingAgainWhatTheOwnerDeactivated() {
        assertAllowed(BASE + "deactivate system\n", BASE);
        assertAllowed(BASE + "deactivate system root-authentication\n", BASE);
    }

    @Test
    void refusesPlantingAuthenticationInAnInactiveHierarchy() {
        BlockedException refused = refusal(BASE + "deactivate system\n", BASE
                + "set system login user evil authentication encrypted-password \"$6$x\"\ndeactivate system\n");

        assertThat(refused.offending()).isEqualTo("set system login user evil authentication encrypted-password \"$6$x\"");
        assertThat(refused.getMessage()).contains("the change would add");
    }

    @Test
    void refusesAuthenticationInheritedFromAGroup() {
        String withGroup = BASE + "set groups g system login user x authentication encrypted-password \"$6$g\"\n"
                + "set apply-groups g\n" + "set system login user x authentication encrypted-password \"$6$g\"\n";

        assertThat(refusal(BASE, withGroup).offending()).contains("authentication encrypted-password \"$6$g\"");
    }

    @Test
    void refusesChangingAUserWhoseNameHasASpace() {
        BlockedException refused = refusal(BASE, BASE.replace("\"$6$ops\"", "\"$6$new\""));

        assertThat(refused.offending()).isEqualTo(
                "set system login user \"ops admin\" authentication encrypted-password \"$6$new\"");
    }

    @Test
    void refusesRemovingTheNetconfServiceJmcpConnectsTo() {
        BlockedException refused = refusal(BASE, BASE.replace("set system services netconf ssh\n", ""));

        assertThat(refused).isInstanceOf(LockoutException.class);
        assertThat(refused.kind()).isEqualTo(BlockedException.Kind.LOCKOUT);
        assertThat(refused.getMessage()).isEqualTo("Lock-out protection refused the change: the change would remove "
                + "'set system services netconf ssh' from the configuration in effect, and jmcp reaches this router "
                + "through it (NETCONF over SSH on port 830 as user 'jmcp'): once committed, jmcp could no longer "
                + "manage the router. " + LockoutCheck.DELIBERATE + " Nothing was committed.");
    }

    @Test
    void refusesMovingTheNetconfPortAwayFromTheOneJmcpUses() {
        BlockedException refused = refusal(BASE, BASE + "set system services netconf ssh port 1830\n");

        assertThat(refused).isInstanceOf(LockoutException.class);
        assertThat(refused.getMessage()).contains("move the NETCONF service to port 1830");
    }

    @Test
    void refusesRemovingOrChangingJmcpsLogin() {
        assertThat(refusal(BASE, BASE.replace("set system login user jmcp class super-user\n", "")))
                .isInstanceOf(LockoutException.class);
        assertThat(refusal(BASE, BASE.replace("jmcp class super-user", "jmcp class read-only")))
                .isInstanceOf(LockoutException.class);
    }

    @Test
    void protectsTheSshServiceForAConnectionOnPort22() {
        BlockedException refused = catchThrowableOfType(BlockedException.class, () -> DEFAULTS.checkChange(
                RouterConfiguration.of(BASE), RouterConfiguration.of(BASE.replace("set system services ssh\n", "")),
                new ManagementAccess("jmcp", 22)));

        assertThat(refused).isInstanceOf(LockoutException.class);
        assertThat(refused.offending()).isEqualTo("set system services ssh");
    }

    @Test
    void protectsRootAuthenticationForAConnectionAsRoot() {
        Guardrails noPatterns = DEFAULTS.withOptions(GuardOptions.defaults());
        BlockedException refused = catchThrowableOfType(BlockedException.class, () -> noPatterns.checkChange(
                RouterConfiguration.of(BASE), RouterConfiguration.of(BASE + "deactivate system root-authentication\n"),
                new ManagementAccess("root", 830)));

        assertThat(refused).isInstanceOf(LockoutException.class);
    }

    @Test
    void allowsRemovingTheNetconfServiceWhenLockoutProtectionIsOff() {
        Guardrails guardrails = DEFAULTS.withOptions(GuardOptions.defaults().withLockoutProtection(false)
                .withTemplateTimeLimit(Duration.ofSeconds(1)));

        assertThatCode(() -> guardrails.checkChange(RouterConfiguration.of(BASE),
                RouterConfiguration.of(BASE.replace("set system services netconf ssh\n", "")), JMCP))
                .doesNotThrowAnyException();
    }

    @Test
    void readsOnlyStatementsOutsideGroupsAndInactivePartsAsInEffect() {
        RouterConfiguration config = RouterConfiguration.of(BASE + "set groups g system host-name x\n"
                + "deactivate interfaces ge-0/0/0\n");

        assertThat(config.effective()).doesNotContainKey(java.util.List.of("groups", "g", "system", "host-name", "x"))
                .doesNotContainKey(java.util.List.of("interfaces", "ge-0/0/0", "description", "to core"))
                .containsKey(java.util.List.of("system", "login", "user", "ops admin", "class", "operator"));
        assertThat(config.statements()).containsKey(java.util.List.of("interfaces", "ge-0/0/0", "description", "to core"));
    }

    @Test
    void refusesTakingAwayAuthenticationAGroupProvides() {
        String grouped = BASE.replace("set system root-authentication encrypted-password \"$6$root\"\n", "")
                + "set groups global system root-authentication encrypted-password \"$6$root\"\n"
                + "set apply-groups global\n"
                + "set system root-authentication encrypted-password \"$6$root\"\n";
        String withoutApply = grouped.replace("set apply-groups global\n", "")
                .replace("set system root-authentication encrypted-password \"$6$root\"\n", "");

        BlockedException refused = refusal(grouped, withoutApply);

        assertThat(refused.getMessage()).contains("the change would remove 'set system root-authentication "
                + "encrypted-password \"$6$root\"'");
    }

    @Test
    void refusesARenameOfAUserWithAuthenticationAsTheRemovalItIs() {
        String renamed = BASE.replace("user \"ops admin\"", "user renamed");

        assertThat(refusal(BASE, renamed).getMessage()).startsWith("Blocked configuration rejected: the change would "
                + "add 'set system login user renamed authentication encrypted-password \"$6$ops\"'");
    }

    @Test
    void refusesACopyOfAUserWithAuthenticationAsTheAdditionItIs() {
        String copied = BASE + BASE.lines().filter(line -> line.contains("\"ops admin\""))
                .map(line -> line.replace("\"ops admin\"", "copied") + "\n").reduce("", String::concat);

        assertThat(refusal(BASE, copied).offending())
                .isEqualTo("set system login user copied authentication encrypted-password \"$6$ops\"");
    }

    @Test
    void allowsReorderingStatementsWhichChangesNoStatement() {
        assertAllowed(BASE, BASE.lines().sorted().map(line -> line + "\n").reduce("", String::concat));
    }
}
