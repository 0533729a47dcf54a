package io.jmcp.core.app;

import io.jmcp.core.spi.StructuredOutput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes, at a module's build (its {@code process-classes} phase), the JSON Schema of each of its
 * records into {@link StructuredOutput#INDEX_FOLDER}, where {@link StructuredOutput#schemaOf}
 * reads it at run time instead of generating it. The folder is emptied first: a schema left from an
 * earlier build would otherwise be read back as the record's. A record the generator cannot describe
 * (one that is no tool's input or output) is left out, and generated if it is ever asked for.
 *
 * <p>Usage: {@code StructuredOutputIndex <classes folder>}, with that folder and its dependencies on
 * the class path.
 */
public final class StructuredOutputIndex {
    private StructuredOutputIndex() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StructuredOutputIndex <classes folder>");
        }
        Path classes = Path.of(args[0]);
        Path index = classes.resolve(StructuredOutput.INDEX_FOLDER);
        deleteFolder(index);
        Files.createDirectories(index);
        int written = 0;
        for (Class<? extends Record> record : records(classes)) {
            String schema = schemaOrNull(record);
            if (schema != null) {
                Files.writeString(index.resolve(record.getName() + ".json"), schema);
                written++;
            }
        }
        System.out.printf("StructuredOutputIndex: %d record schemas written to %s%n", written, index);
    }

    private static String schemaOrNull(Class<? extends Record> record) {
        try {
            return StructuredOutput.schemaOf(record);
        } catch (RuntimeException notDescribable) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Record>> records(Path classes) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> className(classes, file))
                    .filter(name -> !name.endsWith("module-info") && !name.endsWith("package-info"))
                    .map(name -> load(name, loader))
                    .filter(Class::isRecord)
                    .<Class<? extends Record>>map(type -> (Class<? extends Record>) type)
                    .toList();
        }
    }

    private static String className(Path classes, Path file) {
        String relative = classes.relativize(file).toString();
        return relative.substring(0, relative.length() - ".class".length()).replace(file.getFileSystem().getSeparator(), ".");
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError unloadable) {
            throw new IllegalStateException("cannot load " + name + " from the classes being indexed", unloadable);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
