package io.jmcp.tools;

import io.jmcp.netconf.ConfigFormat;

import java.util.regex.Pattern;

/**
 * The format of a rendered template when the caller gives none, decided as the seed decided it:
 * set commands when every line that is not blank or a {@code #} comment starts with {@code set},
 * {@code delete}, {@code deactivate} or {@code activate}; otherwise curly-brace text. Beyond the
 * seed, a document starting with {@code <} is XML (text configuration never starts so).
 */
final class RenderedConfigFormat {
    private static final Pattern SET_COMMAND = Pattern.compile("^(set|delete|deactivate|activate)\\s.*");

    private RenderedConfigFormat() {
    }

    static ConfigFormat detect(String rendered) {
        String content = rendered.strip();
        if (content.startsWith("<")) {
            return ConfigFormat.XML;
        }
        boolean allSetCommands = content.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .allMatch(line -> SET_COMMAND.matcher(line).matches());
        return allSetCommands ? ConfigFormat.SET : ConfigFormat.TEXT;
    }
}
