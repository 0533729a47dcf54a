package io.jmcp.examples.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * README.md as its tests read it: the fenced code blocks, each with its language and the line it
 * starts on, and the shell commands of the shell blocks.
 */
final class Readme {
    private static final Pattern FENCE = Pattern.compile("^```(.*)$");

    private final List<FencedBlock> blocks;

    private Readme(List<FencedBlock> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** The repository's README.md. */
    static Readme ofRepository() {
        try {
            return parse(Files.readString(Repository.readme()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** @throws AssertionError when a fence is left open, naming the line it opens on */
    static Readme parse(String markdown) {
        List<FencedBlock> blocks = new ArrayList<>();
        String[] lines = markdown.split("\\R", -1);
        for (int index = 0; index < lines.length; index++) {
            Matcher opening = FENCE.matcher(lines[index]);
            if (!opening.matches()) {
                continue;
            }
            int firstLine = index + 1;
            StringBuilder body = new StringBuilder();
            for (index++; index < lines.length && !lines[index].equals("```"); index++) {
                body.append(lines[index]).append('\n');
            }
            if (index == lines.length) {
                throw new AssertionError("README.md line " + firstLine + ": the ``` block opened here is never closed");
            }
            blocks.add(new FencedBlock(opening.group(1).strip(), firstLine, body.toString()));
        }
        return new Readme(blocks);
    }

    List<FencedBlock> blocks() {
        return blocks;
    }

    List<FencedBlock> blocks(String language) {
        return blocks.stream().filter(block -> block.language().equals(language)).toList();
    }

    /** The commands of every shell block, in README order. */
    List<ShellCommand> commands() {
        return blocks.stream().filter(FencedBlock::isShell).flatMap(block -> block.commands().stream()).toList();
    }
}
