package io.jmcp.core.audit;

import java.util.regex.Pattern;

/**
 * Removes secret values from Junos configuration text (diffs, set lines, messages quoting
 * them) before it reaches the audit log. Junos shows secrets hashed ({@code $6$...}) or
 * reversibly obfuscated ({@code $9$...}): both must stay out of a log many people can read.
 */
final class SecretRedactor {
    static final String REDACTED = "<redacted>";

    /** Statements whose argument is a secret, in text ({@code key "value";}) and set ({@code key value}) forms. */
    private static final Pattern SECRET_STATEMENT = Pattern.compile(
            "\\b(encrypted-password|plain-text-password-value|authentication-key|authentication-password"
                    + "|privacy-password|simple-password|secret|ascii-text|hexadecimal|password)"
                    + "(\\s+)(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s;\"']+)");

    /** A Junos hashed or obfuscated secret wherever it appears: $1$, $5$, $6$, $9$, $sha1$... */
    private static final Pattern JUNOS_SECRET = Pattern.compile("\\$(?:\\d+|sha\\d+)\\$[^\\s;\"']*");

    private SecretRedactor() {
    }

    static String redact(String text) {
        String statementsRedacted = SECRET_STATEMENT.matcher(text).replaceAll("$1$2" + REDACTED);
        return JUNOS_SECRET.matcher(statementsRedacted).replaceAll(REDACTED);
    }
}
