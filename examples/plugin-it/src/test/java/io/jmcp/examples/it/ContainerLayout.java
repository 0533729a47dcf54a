package io.jmcp.examples.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The image's files laid out in a folder of this machine, for running its command without a
 * Docker engine: what the runtime stage copies from the build stage (taken from the reactor's
 * build; the jars linked, not copied), and folders bound to its volumes as {@code docker run -v}
 * binds them. The folder stands for the container's {@code /}: container paths under the image's
 * working directory are translated to paths under it wherever the container would see them
 * (command lines, environment values, the text of mounted files). Closing removes the links.
 */
final class ContainerLayout implements AutoCloseable {
    private final Path root;
    private final Dockerfile.Stage image;
    private final Pattern containerPaths;
    private final SymbolicLinks links = new SymbolicLinks();

    private ContainerLayout(Path root, Dockerfile.Stage image) {
        this.root = root;
        this.image = image;
        this.containerPaths = Pattern.compile("(?<![\\w.-])" + Pattern.quote(image.workdir()) + "(?=/|\\b|$)");
    }

    /** Lays out the image of {@code dockerfile} under {@code root}, from the repository's build. */
    static ContainerLayout create(Dockerfile dockerfile, Path root) {
        ContainerLayout layout = new ContainerLayout(root, dockerfile.image());
        dockerfile.image().all("COPY").forEach(copy -> layout.copyFromBuild(dockerfile, copy));
        return layout;
    }

    private void copyFromBuild(Dockerfile dockerfile, Dockerfile.Instruction copy) {
        String buildWorkdir = dockerfile.stage(copy.flag("from").orElseThrow(
                () -> new AssertionError(copy + ": the runtime stage copies from the build context")))
                .workdir();
        List<String> operands = copy.operands();
        String destination = operands.get(operands.size() - 1);
        for (String source : operands.subList(0, operands.size() - 1)) {
            Path built = Repository.root().resolve(Path.of(buildWorkdir).relativize(Path.of(source)).toString());
            String target = destination.endsWith("/") ? destination + Path.of(source).getFileName() : destination;
            links.link(host(target.startsWith("/") ? target : image.workdir() + "/" + target), built);
        }
    }

    /** The folder of this machine standing for a container path. */
    Path host(String containerPath) {
        return root.resolve(containerPath.substring(1));
    }

    /** {@code text} as this machine must read it: container paths become paths under the layout. */
    String translated(String text) {
        return containerPaths.matcher(text).replaceAll(Matcher.quoteReplacement(host(image.workdir()).toString()));
    }

    /**
     * Binds {@code folder} to the container path {@code volume}: a copy of its files, whose text is
     * translated, since no process here sees the container's paths.
     */
    Path mount(Path folder, String volume) {
        Path mounted = host(volume);
        try (Stream<Path> files = Files.list(folder)) {
            Files.createDirectories(mounted);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(mounted.resolve(file.getFileName()), translated(Files.readString(file)));
            }
            return mounted;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The image's ENV, translated. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Dockerfile.Instruction env : image.all("ENV")) {
            for (String assignment : env.words()) {
                String[] nameAndValue = assignment.split("=", 2);
                if (nameAndValue.length != 2) {
                    throw new AssertionError(env + ": write ENV as NAME=value pairs");
                }
                environment.put(nameAndValue[0], translated(nameAndValue[1]));
            }
        }
        return environment;
    }

    /** A container command line, translated. */
    List<String> command(List<String> containerCommand) {
        return containerCommand.stream().map(this::translated).toList();
    }

    @Override
    public void close() {
        links.close();
    }
}
