package io.jmcp.tools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EffectiveChangeTest {
    private static final String ACTIVE = """
            set system host-name r1
            set system root-authentication encrypted-password "$6$a"
            set interfaces ge-0/0/0 description "to core"
            deactivate interfaces ge-0/0/0
            """;

    @Test
    void isEmptyWhenNothingChanges() {
        assertThat(EffectiveChange.between(ACTIVE, ACTIVE)).isEmpty();
    }

    @Test
    void listsStatementsTheCandidateAdds() {
        assertThat(EffectiveChange.between(ACTIVE, ACTIVE + "set system location building 1\n"))
                .containsExactly("set system location building 1");
    }

    @Test
    void turnsStatementsTheCandidateDropsIntoDeletes() {
        assertThat(EffectiveChange.between(ACTIVE, ACTIVE.replace(
                "set system root-authentication encrypted-password \"$6$a\"\n", "")))
                .containsExactly("delete system root-authentication encrypted-password \"$6$a\"");
    }

    @Test
    void turnsADroppedDeactivationIntoAnActivation() {
        assertThat(EffectiveChange.between(ACTIVE, ACTIVE.replace("deactivate interfaces ge-0/0/0\n", "")))
                .containsExactly("activate interfaces ge-0/0/0");
    }

    @Test
    void ignoresCommentsBlankLinesAndIndentation() {
        assertThat(EffectiveChange.between("## Last commit: today\n" + ACTIVE, "\n  " + ACTIVE.replace("\n", "\n  ")))
                .isEmpty();
    }
}
