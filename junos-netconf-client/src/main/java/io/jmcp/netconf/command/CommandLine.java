package io.jmcp.netconf.command;


import java.util.ArrayList;
import java.util.List;

/**
 * A CLI line split into the command's words and its pipes: {@code show configuration system |
 * display set | no-more} is {@code [show, configuration, system]} and
 * {@code [[display, set], [no-more]]}. A {@code |} inside quotes is a character, not a pipe.
 */
public record CommandLine(List<String> words, List<List<String>> pipes) {

    public CommandLine {
        words = List.copyOf(words);
        pipes = List.copyOf(pipes);
    }

    public static CommandLine parse(String line) {
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == '|' && !quoted) {
                segments.add(segment.toString());
                segment.setLength(0);
            } else {
                segment.append(c);
            }
        }
        segments.add(segment.toString());
        List<List<String>> pipes = new ArrayList<>();
        for (String pipe : segments.subList(1, segments.size())) {
            pipes.add(JunosWords.split(pipe));
        }
        return new CommandLine(JunosWords.split(segments.get(0)), pipes);
    }
}
