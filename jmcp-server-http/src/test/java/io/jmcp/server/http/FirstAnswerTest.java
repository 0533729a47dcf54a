package io.jmcp.server.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** What a tool call alone needs is prepared once the server has answered a request, not before. */
class FirstAnswerTest {
    @Test
    void onlyAServedRequestCountsAsTheFirstAnswer(@TempDir Path directory) {
        try (HttpServerFixture fixture = HttpServerFixture.start(directory)) {
            CompletableFuture<Void> firstAnswer = fixture.server().firstAnswer().toCompletableFuture();
            assertThat(firstAnswer).isNotDone();

            assertThat(fixture.send(fixture.post("not-a-token", HttpServerFixture.INITIALIZE)).statusCode())
                    .isEqualTo(401);
            assertThat(firstAnswer).isNotDone();

            fixture.openSession(fixture.readToken());
            assertThat(firstAnswer).succeedsWithin(HttpServerFixture.TIMEOUT);
        }
    }
}
