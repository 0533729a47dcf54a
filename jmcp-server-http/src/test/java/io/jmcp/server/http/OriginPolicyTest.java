package io.jmcp.server.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OriginPolicyTest {

    @ParameterizedTest
    @CsvSource({
            "https://console.example.net, https://console.example.net",
            "HTTPS://Console.Example.NET:8443, https://console.example.net:8443",
            "http://10.1.2.3:*, http://10.1.2.3:*",
            "https://[2001:db8::1], https://[2001:db8::1]"})
    void normalizesOriginsAsBrowsersSendThem(String given, String normalized) {
        assertThat(OriginPolicy.normalize(given)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "null", "example.net", "ftp://example.net", "https://example.net/", "https://example.net/app",
            "https://user@example.net", "https://example.net?x=1", "https://example.net:8443:*", "https://"})
    void refusesWhatIsNotAnOrigin(String given) {
        assertThatThrownBy(() -> OriginPolicy.normalize(given))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--allowed-origin '" + given + "' is not an origin");
    }
}
