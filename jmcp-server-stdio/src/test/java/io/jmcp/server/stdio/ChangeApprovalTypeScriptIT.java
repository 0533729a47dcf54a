package io.jmcp.server.stdio;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --approve-changes} with the official TypeScript MCP SDK client ({@code interop/ts-client/approval.mjs})
 * as the approver, over stdio against the packaged server: the form it is shown, and what its accept or
 * decline leaves in the router's committed configuration.
 */
@Timeout(600)
class ChangeApprovalTypeScriptIT {
    private static final String LINE = "set system location building 7";

    private TypeScriptAgainstPackagedServer client;

    @BeforeEach
    void requireTheClient() {
        client = TypeScriptAgainstPackagedServer.require();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAcceptedChangeIsCommitted() throws Exception {
        Map<String, Object> seen = approve("accept");

        List<Map<String, Object>> forms = (List<Map<String, Object>>) seen.get("forms");
        assertThat(forms).hasSize(1);
        assertThat((String) forms.get(0).get("message")).contains("Approve this configuration change on 1 router?")
                .contains("vsim-01:\n[edit system]\n+   location building 7;");
        assertThat(forms.get(0)).containsEntry("fields", List.of("approve")).containsEntry("required", List.of("approve"));
        assertThat((Map<String, Object>) seen.get("change")).containsEntry("isError", false)
                .containsEntry("status", "committed");
        assertThat(seen).containsEntry("committed", true).containsEntry("errors", List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeclinedChangeLeavesTheCommittedConfigurationAsItWas() throws Exception {
        Map<String, Object> seen = approve("decline");

        assertThat((List<Object>) seen.get("forms")).hasSize(1);
        Map<String, Object> change = (Map<String, Object>) seen.get("change");
        assertThat(change).containsEntry("isError", true);
        assertThat((String) change.get("text")).startsWith("Nothing was committed on vsim-01 (not approved: the user "
                + "declined the change).");
        assertThat(seen).containsEntry("committed", false).containsEntry("errors", List.of());
    }

    private Map<String, Object> approve(String decision) throws Exception {
        return client.run("approval.mjs", List.of(decision, "vsim-01", LINE), "--demo", "1",
                "--approve-changes");
    }
}
