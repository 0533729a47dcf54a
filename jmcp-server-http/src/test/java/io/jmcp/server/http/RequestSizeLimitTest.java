package io.jmcp.server.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --max-request-bytes} is exact up to 64 MiB, whether the body has a Content-Length or
 * comes chunked: a body of exactly the limit is served, one byte more gets 413 with a JSON-RPC
 * error, and the client reads that answer (no reset connection). Undertow alone cut bodies from
 * 2 MiB whatever the limit, and reset the connection from about 4 MB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(600)
class RequestSizeLimitTest {
    private static final int LIMIT = 64 * 1024 * 1024;
    private static final int TIMEOUT_MILLIS = 120_000;

    @TempDir
    static Path directory;
    private HttpServerFixture server;

    @BeforeAll
    void start() {
        server = HttpServerFixture.startStateless(directory, "--max-request-bytes", String.valueOf(LIMIT));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} bytes over the limit, chunked: {1}")
    @CsvSource({"0, false", "0, true", "1, false", "1, true", "-62914560, false", "-62914560, true"})
    @SuppressWarnings("unchecked")
    void servesUpToTheLimitAndRefusesOneByteMore(int overLimit, boolean chunked) {
        RawExchange.Request request = RawExchange.request("POST", "/mcp")
                .header("Authorization", "Bearer " + server.configToken())
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .body(HostileInputTest.pingOfSize(LIMIT + overLimit));
        if (chunked) {
            request.chunked();
        }

        RawExchange.Response response = request.send(server.endpoint(), TIMEOUT_MILLIS);

        Map<String, Object> message = response.message();
        if (overLimit > 0) {
            assertThat(response.status()).isEqualTo(413);
            assertThat(((Map<String, Object>) message.get("error")).get("code")).isEqualTo(-32600);
            assertThat((String) ((Map<String, Object>) message.get("error")).get("message"))
                    .contains(String.valueOf(LIMIT), "--max-request-bytes");
        } else {
            assertThat(response.status()).isEqualTo(200);
            assertThat(message).containsEntry("id", 1).containsKey("result");
        }
    }
}
