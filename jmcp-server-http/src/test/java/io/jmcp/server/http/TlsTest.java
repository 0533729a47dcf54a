package io.jmcp.server.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTTPS with a PKCS12 keystore made by keytool. */
class TlsTest {
    private static final String PASSWORD_VARIABLE = "JMCP_TEST_KEYSTORE_PASSWORD";

    @TempDir
    Path directory;
    private Path keystore;
    private HttpServerFixture server;

    @BeforeEach
    void start() throws IOException, InterruptedException {
        keystore = TestKeystores.generate(directory);
        server = HttpServerFixture.start(directory, Map.of(PASSWORD_VARIABLE, TestKeystores.PASSWORD),
                "--tls-keystore", keystore.toString(), "--tls-keystore-password-env", PASSWORD_VARIABLE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void advertisesAnHttpsEndpoint() {
        assertThat(server.endpoint().getScheme()).isEqualTo("https");
    }

    @Test
    void servesMcpToAClientThatTrustsTheCertificate() throws IOException, GeneralSecurityException {
        HttpClient trusting = HttpClient.newBuilder().sslContext(TestKeystores.trusting(keystore)).build();

        HttpResponse<String> response = HttpServerFixture.send(trusting,
                server.post(server.configToken(), HttpServerFixture.INITIALIZE));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"serverInfo\"");
    }

    @Test
    void failsTheHandshakeOfAClientThatDoesNotTrustIt() {
        assertThatThrownBy(() -> server.send(server.post(server.configToken(), HttpServerFixture.INITIALIZE)))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void doesNotAnswerPlainHttp() {
        URI plain = URI.create("http://127.0.0.1:" + server.endpoint().getPort() + McpHttpServer.ENDPOINT);

        assertThatThrownBy(() -> server.send(server.post(server.configToken(), HttpServerFixture.INITIALIZE).uri(plain)))
                .isInstanceOf(UncheckedIOException.class);
    }
}
