package io.jmcp.server.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlsKeystoreTest {
    private static final String VARIABLE = "JMCP_TLS_PASSWORD";

    @TempDir
    Path directory;

    @Test
    void loadsAPkcs12KeystoreWithThePasswordFromTheEnvironment() throws IOException, InterruptedException {
        Path keystore = TestKeystores.generate(directory);

        assertThat(TlsKeystore.load(keystore, VARIABLE, Map.of(VARIABLE, TestKeystores.PASSWORD)).getProtocol())
                .isEqualTo("TLS");
    }

    @Test
    void namesAnUnsetPasswordVariable() throws IOException, InterruptedException {
        Path keystore = TestKeystores.generate(directory);

        assertThatThrownBy(() -> TlsKeystore.load(keystore, VARIABLE, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--tls-keystore-password-env names JMCP_TLS_PASSWORD, which is not set in the environment");
    }

    @Test
    void saysThePasswordIsWrong() throws IOException, InterruptedException {
        Path keystore = TestKeystores.generate(directory);

        assertThatThrownBy(() -> TlsKeystore.load(keystore, VARIABLE, Map.of(VARIABLE, "not-it")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TLS keystore " + keystore + ": wrong password (from JMCP_TLS_PASSWORD)");
    }

    @Test
    void saysTheKeystoreIsMissing() {
        Path missing = directory.resolve("missing.p12");

        assertThatThrownBy(() -> TlsKeystore.load(missing, VARIABLE, Map.of(VARIABLE, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TLS keystore " + missing + " does not exist");
    }

    @Test
    void saysAFileIsNotAKeystore() throws IOException {
        Path notAKeystore = Files.writeString(directory.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\n");

        assertThatThrownBy(() -> TlsKeystore.load(notAKeystore, VARIABLE, Map.of(VARIABLE, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("TLS keystore " + notAKeystore + ": not a PKCS12 keystore or not readable");
    }
}
