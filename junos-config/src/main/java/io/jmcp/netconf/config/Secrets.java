package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps secret values (the statements Junos marks {@code ## SECRET-DATA}) out of error and
 * warning messages, which callers log.
 */
final class Secrets {

    static final String REDACTED = "<redacted>";

    /** Keywords whose value is a secret: passwords, shared secrets, authentication keys. */
    private static final Set<String> SECRET_KEYWORDS = Set.of(
            "encrypted-password", "plain-text-password-value", "simple-password", "password", "secret",
            "shared-secret", "authentication-key", "hello-authentication-key", "key", "ascii-text",
            "hexadecimal", "pre-shared-key", "authentication-password", "privacy-password");

    private Secrets() {
    }

    static boolean isSecretKeyword(String word) {
        return SECRET_KEYWORDS.contains(word);
    }

    /** The words as printed, with every word that follows a secret keyword replaced. */
    static String join(List<String> words) {
        List<String> shown = new ArrayList<>(words.size());
        boolean secretNext = false;
        for (String word : words) {
            shown.add(secretNext ? REDACTED : Quoting.word(word));
            secretNext = isSecretKeyword(word);
        }
        return String.join(" ", shown);
    }
}
