package io.jmcp.netconf.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facts laid out under PyEZ's keys, for clients written against PyEZ. */
class FactsTest {
    private static final RoutingEngine RE0 = new RoutingEngine(null, 0, "RE-S-1800x4", "OK", "master",
            Duration.ofSeconds(60720), "16 hours, 52 minutes", "Router rebooted after a normal shutdown.");
    private static final RoutingEngine RE1 = new RoutingEngine(null, 1, "RE-S-1800x4", "OK", "backup",
            Duration.ofSeconds(911446), "10 days, 13 hours, 10 minutes, 46 seconds", "Router rebooted after a normal shutdown.");

    @Test
    void singleValuedFactsUsePyEzKeys() {
        Map<String, Object> map = dualRoutingEngineMx("example.net").toPyEzMap();

        assertThat(map).contains(
                entry("hostname", "r1"),
                entry("model", "MX960"),
                entry("version", "12.3R6.6"),
                entry("serialnumber", "JN11AB2C3AFA"),
                entry("personality", "MX"),
                entry("virtual", false),
                entry("2RE", true),
                entry("master", "RE0"),
                entry("up_time", 60720L),
                entry("domain", "example.net"),
                entry("fqdn", "r1.example.net"));
    }

    @Test
    void routingEngineSlotsCarryTheirUptimeText() {
        Map<String, Object> map = dualRoutingEngineMx(null).toPyEzMap();

        assertThat(map.get("RE0")).isEqualTo(Map.of("mastership_state", "master", "status", "OK",
                "model", "RE-S-1800x4", "last_reboot_reason", "Router rebooted after a normal shutdown.",
                "up_time", "16 hours, 52 minutes"));
        assertThat(map.get("RE1")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("mastership_state", "backup");
    }

    @Test
    void routingEngineInfoIsKeyedByNodeAndSlotWithDefaults() {
        Map<String, Object> map = dualRoutingEngineMx(null).toPyEzMap();

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> reInfo = (Map<String, Map<String, Object>>) map.get("re_info");
        assertThat(reInfo).containsOnlyKeys("default");
        assertThat(reInfo.get("default")).containsOnlyKeys("0", "1", "default");
        assertThat(reInfo.get("default").get("default")).isEqualTo(reInfo.get("default").get("0"));
        assertThat(map.get("re_master")).isEqualTo(Map.of("default", "0"));
    }

    @Test
    void domainAndFqdnAreLeftOutWhenUnknown() {
        assertThat(dualRoutingEngineMx(null).toPyEzMap()).doesNotContainKeys("domain", "fqdn");
    }

    @Test
    void clusterHasOneMasterPerNode() {
        Facts cluster = new Facts("fw1", "SRX5800", "17.3R1", null, Personality.SRX_HIGHEND, false,
                List.of(new RoutingEngine("node0", 0, "RE-S-1800x4", "OK", "master", null, null, null),
                        new RoutingEngine("node1", 0, "RE-S-1800x4", "OK", "master", null, null, null)),
                "RE0", null, null);

        Map<String, Object> map = cluster.toPyEzMap();

        assertThat(map.get("master")).isEqualTo(List.of("RE0", "RE0"));
        assertThat(map.get("re_master")).isEqualTo(Map.of("node0", "0", "node1", "0", "default", "0"));
        assertThat(map.get("re_info")).asInstanceOf(InstanceOfAssertFactories.MAP).containsOnlyKeys("node0", "node1", "default");
    }

    @Test
    void unknownFactsAreNullAsPyEzNone() {
        Map<String, Object> map = new Facts(null, null, null, null, null, null, null, null, null, null).toPyEzMap();

        assertThat(map).containsEntry("hostname", null).containsEntry("personality", null)
                .containsEntry("master", null).containsEntry("re_info", null).containsEntry("2RE", false);
    }

    @Test
    void routingEngineListIsImmutable() {
        Facts facts = dualRoutingEngineMx(null);

        assertThat(facts.routingEngines()).isUnmodifiable();
    }

    private static Facts dualRoutingEngineMx(String domain) {
        return new Facts("r1", "MX960", "12.3R6.6", "JN11AB2C3AFA", Personality.MX, false, List.of(RE0, RE1),
                "RE0", Duration.ofSeconds(60720), domain);
    }
}
