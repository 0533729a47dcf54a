package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/** ncclient 0.6 with its Junos device handler against the simulator. */
class NcclientTest {
    @RegisterExtension
    static final SimulatedRouters routers = SimulatedRouters.of(1);

    @Test
    void getsLocksLoadsCommitsAndDiscards() {
        PythonPeers.require("ncclient");

        JsonNode result = PythonPeers.run("ncclient_config.py", "--port", Integer.toString(routers.device().port()),
                "--user", DeviceSpec.DEFAULT_USER, "--password", DeviceSpec.DEFAULT_PASSWORD);

        assertThat(result.get("running_host_name").asString()).isEqualTo("vsim-01");
        assertThat(result.get("lock").asBoolean()).isTrue();
        assertThat(result.get("load_ok").asBoolean()).isTrue();
        assertThat(result.get("commit").asBoolean()).isTrue();
        assertThat(result.get("committed_host_name").asString()).isEqualTo("nc-renamed");
        assertThat(result.get("candidate_before_discard").asString()).isEqualTo("nc-discarded");
        assertThat(result.get("discard").asBoolean()).isTrue();
        assertThat(result.get("candidate_after_discard").asString()).isEqualTo("nc-renamed");
        assertThat(result.get("unlock").asBoolean()).isTrue();
        assertThat(routers.device().hostname()).isEqualTo("nc-renamed");
        Eventually.assertThat(() -> routers.device().openSessionCount() == 0, "ncclient's session closed");
    }
}
