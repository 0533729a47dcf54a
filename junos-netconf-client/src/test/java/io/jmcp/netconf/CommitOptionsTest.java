package io.jmcp.netconf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Commit options and the {@code <commit-configuration>} they make, as PyEZ sends it. */
class CommitOptionsTest {

    @Test
    void aPlainCommitIsAnEmptyCommitConfiguration() {
        assertThat(JunosRequests.commit(CommitOptions.DEFAULT)).isEqualTo("<commit-configuration/>");
    }

    @Test
    void aCheckIsCommitCheck() {
        assertThat(JunosRequests.commit(CommitOptions.checkOnly()))
                .isEqualTo("<commit-configuration><check/></commit-configuration>");
    }

    @Test
    void carriesEveryOption() {
        CommitOptions options = CommitOptions.builder().comment("JIRA-42").confirmedMinutes(5).synchronize().build();

        assertThat(JunosRequests.commit(options)).isEqualTo("<commit-configuration><synchronize/><confirmed/>"
                + "<confirm-timeout>5</confirm-timeout><log>JIRA-42</log></commit-configuration>");
    }

    @Test
    void escapesTheComment() {
        assertThat(JunosRequests.commit(CommitOptions.comment("a</log><rollback>1</rollback> & \"b\"")))
                .isEqualTo("<commit-configuration><log>a&lt;/log&gt;&lt;rollback&gt;1&lt;/rollback&gt; &amp; \"b\"</log>"
                        + "</commit-configuration>");
    }

    @Test
    void aBlankCommentIsNoComment() {
        assertThat(CommitOptions.comment("  ").comment()).isEmpty();
        assertThat(CommitOptions.builder().comment(null).build().comment()).isEmpty();
    }

    @Test
    void refusesConfirmedMinutesJunosRefuses() {
        assertThatThrownBy(() -> CommitOptions.builder().confirmedMinutes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confirmed minutes must be 1 to 65535, was 0");
        assertThatThrownBy(() -> CommitOptions.builder().confirmedMinutes(65536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confirmed minutes must be 1 to 65535, was 65536");
        assertThat(CommitOptions.builder().confirmedMinutes(65535).build().confirmedMinutes()).hasValue(65535);
    }

    @Test
    void refusesACheckThatIsConfirmed() {
        assertThatThrownBy(() -> CommitOptions.builder().checkOnly().confirmedMinutes(5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a commit check commits nothing, so it cannot be confirmed");
    }

    @Test
    void describesItselfWithoutTheComment() {
        assertThat(CommitOptions.builder().comment("secret ticket").confirmedMinutes(3).build())
                .hasToString("CommitOptions[commit, confirmed 3 min, comment]");
    }
}
