package io.jmcp.benchmarks.process;

import java.util.ArrayList;
import java.util.List;

/** The {@code --name value} options of a benchmark's command line. */
public final class CommandLine {
    private final List<String> args;

    public CommandLine(String[] args) {
        this.args = List.of(args);
    }

    /** The value after the last {@code name}, or {@code defaultValue}. */
    public String value(String name, String defaultValue) {
        List<String> values = values(name);
        return values.isEmpty() ? defaultValue : values.get(values.size() - 1);
    }

    public int intValue(String name, int defaultValue) {
        return Integer.parseInt(value(name, Integer.toString(defaultValue)));
    }

    /** Every value given after {@code name}, for repeatable options. */
    public List<String> values(String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals(name)) {
                values.add(args.get(i + 1));
            }
        }
        return values;
    }

    public boolean has(String flag) {
        return args.contains(flag);
    }
}
