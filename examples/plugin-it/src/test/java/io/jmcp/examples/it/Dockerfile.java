package io.jmcp.examples.it;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dockerfile read as Docker reads it, for checks that need no Docker engine: instructions
 * (comments dropped, continuation lines joined) grouped into build stages.
 */
final class Dockerfile {
    private final List<Stage> stages;

    private Dockerfile(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    static Dockerfile read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** @throws AssertionError for an instruction before the first FROM, naming its line */
    static Dockerfile parse(String text) {
        List<Stage> stages = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            int firstLine = index + 1;
            String line = lines[index].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            while (line.endsWith("\\") && index + 1 < lines.length) {
                String next = lines[++index].strip();
                line = line.substring(0, line.length() - 1).stripTrailing() + (next.startsWith("#") ? "" : " " + next);
            }
            String[] keywordAndArguments = line.split("\\s+", 2);
            Instruction instruction = new Instruction(keywordAndArguments[0].toUpperCase(Locale.ROOT),
                    keywordAndArguments.length > 1 ? keywordAndArguments[1].strip() : "", firstLine);
            if (instruction.keyword().equals("FROM")) {
                stages.add(Stage.startedBy(instruction));
            } else if (stages.isEmpty()) {
                throw new AssertionError("Dockerfile line " + firstLine + ": " + instruction.keyword()
                        + " before the first FROM");
            } else {
                stages.get(stages.size() - 1).instructions().add(instruction);
            }
        }
        return new Dockerfile(stages);
    }

    List<Stage> stages() {
        return stages;
    }

    /** The stage named {@code name} ({@code FROM image AS name}). */
    Stage stage(String name) {
        return stages.stream().filter(stage -> stage.name().equals(Optional.of(name))).findFirst()
                .orElseThrow(() -> new AssertionError("the Dockerfile has no stage named " + name));
    }

    /** The last stage: the image {@code docker build} makes. */
    Stage image() {
        return stages.get(stages.size() - 1);
    }

    /** One instruction, its arguments as written on its (joined) lines. */
    record Instruction(String keyword, String arguments, int line) {

        /** The arguments split on whitespace, flags ({@code --from=...}) included. */
        List<String> words() {
            return Arrays.asList(arguments.split("\\s+"));
        }

        /** The words that are not flags. */
        List<String> operands() {
            return words().stream().filter(word -> !word.startsWith("--")).toList();
        }

        /** The value of {@code --name=value}. */
        Optional<String> flag(String name) {
            return words().stream().filter(word -> word.startsWith("--" + name + "="))
                    .map(word -> word.substring(name.length() + 3)).findFirst();
        }

        /** The arguments of the exec form ({@code ["a", "b"]}), which ENTRYPOINT and CMD must use. */
        List<String> execForm() {
            if (!arguments.startsWith("[")) {
                throw new AssertionError("Dockerfile line " + line + ": " + keyword + " is in shell form; use the "
                        + "exec form [\"...\"], or signals reach /bin/sh instead of the server");
            }
            try {
                return ConfigBlock.JSON.readValue(arguments, new TypeReference<List<String>>() { });
            } catch (JacksonException malformed) {
                throw new AssertionError("Dockerfile line " + line + ": " + keyword + " is not a JSON array of "
                        + "strings: " + malformed.getOriginalMessage(), malformed);
            }
        }

        @Override
        public String toString() {
            return "Dockerfile line " + line + ": " + keyword + " " + arguments;
        }
    }

    /** A build stage: its base image, its name if it has one, and its instructions. */
    record Stage(Instruction from, String image, Optional<String> name, List<Instruction> instructions) {

        private static Stage startedBy(Instruction from) {
            List<String> words = from.operands();
            Optional<String> name = words.size() == 3 && words.get(1).equalsIgnoreCase("AS")
                    ? Optional.of(words.get(2)) : Optional.empty();
            return new Stage(from, words.get(0), name, new ArrayList<>());
        }

        List<Instruction> all(String keyword) {
            return instructions.stream().filter(instruction -> instruction.keyword().equals(keyword)).toList();
        }

        /** The last instruction of this kind: the one in effect (WORKDIR, USER, CMD...). */
        Optional<Instruction> last(String keyword) {
            List<Instruction> found = all(keyword);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
        }

        /** The working directory the stage ends in (absolute WORKDIRs only, as this project writes them). */
        String workdir() {
            return last("WORKDIR").map(Instruction::arguments)
                    .orElseThrow(() -> new AssertionError(from + ": the stage sets no WORKDIR"));
        }
    }
}
