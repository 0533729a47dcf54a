package io.jmcp.examples.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A {@code .dockerignore}: which paths of the build context Docker leaves out. As Docker does, a
 * pattern matches paths relative to the context, {@code **} any number of folders (none too), a
 * leading {@code !} brings back what earlier patterns left out, and the last pattern that matches
 * a path or one of its folders decides.
 */
final class DockerIgnore {
    private static final String ANY_FOLDERS = "**/";

    private record Rule(List<PathMatcher> matchers, boolean excludes) {

        boolean matchesItselfOrAFolderOf(Path path) {
            return IntStream.rangeClosed(1, path.getNameCount()).mapToObj(length -> path.subpath(0, length))
                    .anyMatch(prefix -> matchers.stream().anyMatch(matcher -> matcher.matches(prefix)));
        }
    }

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    /** The file's rules; no file leaves nothing out. */
    static DockerIgnore read(Path file) {
        try {
            return parse(Files.exists(file) ? Files.readString(file) : "");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static DockerIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                continue;
            }
            boolean excludes = !pattern.startsWith("!");
            rules.add(new Rule(matchers(excludes ? pattern : pattern.substring(1)), excludes));
        }
        return new DockerIgnore(rules);
    }

    private static List<PathMatcher> matchers(String pattern) {
        String cleaned = pattern.replaceAll("^/+|/+$", "");
        List<PathMatcher> matchers = new ArrayList<>(List.of(FileSystems.getDefault().getPathMatcher("glob:" + cleaned)));
        if (cleaned.startsWith(ANY_FOLDERS)) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + cleaned.substring(ANY_FOLDERS.length())));
        }
        return matchers;
    }

    /** Whether Docker leaves {@code relativePath} (relative to the context) out of the build context. */
    boolean excludes(String relativePath) {
        Path path = Path.of(relativePath).normalize();
        boolean excluded = false;
        for (Rule rule : rules) {
            if (rule.matchesItselfOrAFolderOf(path)) {
                excluded = rule.excludes();
            }
        }
        return excluded;
    }
}
