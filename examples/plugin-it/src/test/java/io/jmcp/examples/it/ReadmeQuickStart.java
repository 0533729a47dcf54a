package io.jmcp.examples.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server command of the README's quick start: the first {@code ```sh} block, whose commands
 * (one per line or joined by {@code &&}) build the jars with Maven, then start the server. The
 * build steps are left out: the reactor running the integration tests has just built the jars.
 */
final class ReadmeQuickStart {
    private static final Pattern FIRST_SH_BLOCK = Pattern.compile("^```sh\\R(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);

    private ReadmeQuickStart() {
    }

    /**
     * @throws AssertionError when the README has no {@code ```sh} block or it does not hold
     *                        exactly one command besides the Maven build
     */
    static String serverCommand(String readme) {
        Matcher block = FIRST_SH_BLOCK.matcher(readme);
        if (!block.find()) {
            throw new AssertionError("README.md has no ```sh block: its quick start must be the first one");
        }
        List<String> commands = new ArrayList<>();
        for (String line : block.group(1).split("\\R")) {
            Arrays.stream(line.split("&&")).map(String::strip)
                    .filter(command -> !command.isEmpty() && !command.startsWith("#") && !command.startsWith("mvn "))
                    .forEach(commands::add);
        }
        if (commands.size() != 1) {
            throw new AssertionError("README.md's first ```sh block must hold the Maven build and one command that "
                    + "starts the server, found " + commands);
        }
        return commands.get(0);
    }
}
