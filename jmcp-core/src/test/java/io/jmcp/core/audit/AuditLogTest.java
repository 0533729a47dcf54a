package io.jmcp.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditLogTest {
    private static final Instant STARTED = Instant.parse("2026-11-25T13:11:02.345678Z");

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("audit.jsonl");
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file())) {
            lines.add(JsonMapper.shared().readTree(line));
        }
        return lines;
    }

    private static AuditEvent event(String tool, AuditOutcome outcome, String message) {
        return new AuditEvent(STARTED, "vscode-dev", tool, List.of("r1"), outcome, message, Duration.ofMillis(42));
    }

    @Test
    void writesOneJsonLineWithTimeCallerToolDevicesOutcomeMessageAndDuration() throws IOException {
        try (AuditLog audit = AuditLog.open(file())) {
            audit.record(new AuditEvent(STARTED, "vscode-dev", "execute_junos_command_batch", List.of("r1", "r2"),
                    AuditOutcome.ERROR, "r2: connection refused", Duration.ofMillis(1234)));
        }

        assertThat(Files.readString(file())).isEqualTo("{\"time\":\"2026-11-25T13:11:02.345Z\","
                + "\"caller\":\"vscode-dev\",\"tool\":\"execute_junos_command_batch\",\"devices\":[\"r1\",\"r2\"],"
                + "\"outcome\":\"error\",\"message\":\"r2: connection refused\",\"duration_ms\":1234}\n");
    }

    @Test
    void writesEveryOutcomeInLowerCase() throws IOException {
        try (AuditLog audit = AuditLog.open(file())) {
            for (AuditOutcome outcome : AuditOutcome.values()) {
                audit.record(event("execute_junos_command", outcome, null));
            }
        }

        assertThat(lines()).extracting(line -> line.get("outcome").stringValue())
                .containsExactly("ok", "error", "blocked", "denied");
    }

    @Test
    void recordsTheDiffAndCommentOfACommit() throws IOException {
        String diff = "[edit interfaces ge-0/0/0]\n+   description uplink;\n";
        try (AuditLog audit = AuditLog.open(file())) {
            audit.record(event("load_and_commit_config", AuditOutcome.OK, "committed")
                    .withCommit(diff, "Configuration loaded via MCP"));
        }

        JsonNode commit = lines().get(0).get("commit");
        assertThat(commit.get("diff").stringValue()).isEqualTo(diff);
        assertThat(commit.get("comment").stringValue()).isEqualTo("Configuration loaded via MCP");
    }

    @Test
    void appendsToAnExistingLog() throws IOException {
        Files.writeString(file(), "{\"earlier\":true}\n");

        try (AuditLog audit = AuditLog.open(file())) {
            audit.record(event("get_router_list", AuditOutcome.OK, null));
        }

        assertThat(Files.readAllLines(file())).hasSize(2).first().isEqualTo("{\"earlier\":true}");
    }

    @Test
    void createsTheLogReadableByItsOwnerOnly() throws IOException {
        try (AuditLog audit = AuditLog.open(file())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        }
    }

    @Test
    void eachRecordIsInTheFileBeforeRecordReturns() throws IOException {
        try (AuditLog audit = AuditLog.open(file())) {
            audit.record(event("get_router_list", AuditOutcome.OK, null));

            assertThat(lines()).hasSize(1);
        }
    }

    @Test
    void concurrentRecordsNeverInterleave() throws Exception {
        int threads = 8;
        int perThread = 200;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try (AuditLog audit = AuditLog.open(file())) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String caller = "client-" + t;
                done.add(executor.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        audit.record(new AuditEvent(STARTED, caller, "execute_junos_command", List.of("r" + i),
                                AuditOutcome.OK, "x".repeat(400), Duration.ofMillis(i)));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            executor.shutdownNow();
        }

        assertThat(lines()).hasSize(threads * perThread)
                .allSatisfy(line -> assertThat(line.get("message").stringValue()).hasSize(400));
    }

    @Test
    void aDisabledLogRecordsNothing() {
        AuditLog audit = AuditLog.disabled();

        audit.record(event("get_router_list", AuditOutcome.OK, null));

        assertThat(audit.isEnabled()).isFalse();
        assertThat(Files.exists(file())).isFalse();
    }

    @Test
    void anEventHasNoFieldThatCouldHoldTheCallsArguments() {
        assertThat(Arrays.stream(AuditEvent.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("time", "caller", "tool", "devices", "outcome", "message", "duration", "commit");
    }

    @Test
    void containsNoSecretEvenWhenTheToolCallCarriedOne() throws IOException {
        String blockedLine = "set system login user bob authentication encrypted-password $6$salt$hashOfBob";
        String diff = """
                [edit system login user alice authentication]
                +    encrypted-password "$6$abc$def"; ## SECRET-DATA
                [edit protocols bgp group ibgp]
                +    authentication-key "$9$Xy7dwgoJDk.5"; ## SECRET-DATA
                [edit system radius-server 192.0.2.5]
                +    secret "$9$lwMK8LNdbsoa"; ## SECRET-DATA
                [edit security ike policy p1]
                +    pre-shared-key ascii-text "$9$AbCdEf"; ## SECRET-DATA
                """;
        try (AuditLog audit = AuditLog.open(file())) {
            audit.record(event("load_and_commit_config", AuditOutcome.BLOCKED,
                    "Blocked configuration rejected: line '" + blockedLine + "' matches blocked pattern"));
            audit.record(event("load_and_commit_config", AuditOutcome.OK, "committed").withCommit(diff, "users"));
        }

        String log = Files.readString(file());
        assertThat(log).doesNotContain("hashOfBob", "$6$", "abc$def", "Xy7dwgoJDk", "lwMK8LNdbsoa", "AbCdEf")
                .contains("encrypted-password <redacted>", "authentication-key <redacted>", "secret <redacted>",
                        "ascii-text <redacted>", "[edit system login user alice authentication]");
    }

    @Test
    void cutsARunawayMessage() throws IOException {
        try (AuditLog audit = AuditLog.open(file())) {
            audit.record(event("execute_junos_command", AuditOutcome.ERROR, "e".repeat(10_000)));
        }

        assertThat(lines().get(0).get("message").stringValue())
                .isEqualTo("e".repeat(500) + "... (9500 more characters)");
    }
}
