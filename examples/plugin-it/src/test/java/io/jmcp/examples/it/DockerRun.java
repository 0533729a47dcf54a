package io.jmcp.examples.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A README {@code docker run} command line read as Docker reads it: its options, the image, and
 * the arguments that replace the image's CMD. Only the options the README uses are known; any
 * other fails with its name, so that a new one is checked before it is documented.
 */
record DockerRun(ShellCommand command, List<String> flags, Map<String, List<String>> options, String image,
                 List<String> arguments) {
    private static final Set<String> FLAGS = Set.of("--rm", "-i", "--interactive", "-t", "--tty", "-d", "--detach",
            "--init");
    private static final Map<String, String> OPTIONS_WITH_VALUES = Map.of("-v", "--volume", "-p", "--publish",
            "-e", "--env", "--name", "--name", "-u", "--user", "--env-file", "--env-file");

    static DockerRun of(ShellCommand command) {
        List<String> words = CommandWords.of(command.text()).words();
        if (words.size() < 3 || !words.get(0).equals("docker") || !words.get(1).equals("run")) {
            throw new AssertionError(command + ": not a docker run command");
        }
        List<String> flags = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        int index = 2;
        for (; index < words.size() && words.get(index).startsWith("-"); index++) {
            String word = words.get(index);
            String name = OPTIONS_WITH_VALUES.getOrDefault(word.split("=", 2)[0], word.split("=", 2)[0]);
            if (OPTIONS_WITH_VALUES.containsValue(name)) {
                String value = word.contains("=") ? word.split("=", 2)[1] : words.get(++index);
                options.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            } else {
                flags.addAll(expandedFlags(command, word));
            }
        }
        if (index >= words.size()) {
            throw new AssertionError(command + ": names no image");
        }
        return new DockerRun(command, flags, options, words.get(index), words.subList(index + 1, words.size()));
    }

    /** {@code -it} is {@code -i -t}. */
    private static List<String> expandedFlags(ShellCommand command, String word) {
        List<String> expanded = word.startsWith("--") ? List.of(word)
                : word.substring(1).chars().mapToObj(letter -> "-" + (char) letter).toList();
        for (String flag : expanded) {
            if (!FLAGS.contains(flag)) {
                throw new AssertionError(command + ": DockerRun does not know the docker run option " + flag
                        + "; teach it and DockerfileIT what it means");
            }
        }
        return expanded;
    }

    boolean has(String flag, String longFlag) {
        return flags.contains(flag) || flags.contains(longFlag);
    }

    List<String> values(String longOption) {
        return options.getOrDefault(longOption, List.of());
    }

    /** The container paths of the {@code -v host:container[:mode]} mounts. */
    List<String> mountedPaths() {
        return values("--volume").stream().map(volume -> volume.split(":")[1]).toList();
    }

    /** The container ports of the {@code -p [address:]host:container} publications. */
    List<Integer> publishedContainerPorts() {
        return values("--publish").stream().map(publish -> {
            String[] parts = publish.split(":");
            return Integer.parseInt(parts[parts.length - 1].split("/")[0]);
        }).toList();
    }

    /** The server's command line in the container: the image's entry point and these arguments, or its CMD. */
    List<String> containerCommand(List<String> entryPoint, List<String> defaultCommand) {
        List<String> commandLine = new ArrayList<>(entryPoint);
        commandLine.addAll(arguments.isEmpty() ? defaultCommand : arguments);
        return commandLine;
    }
}
