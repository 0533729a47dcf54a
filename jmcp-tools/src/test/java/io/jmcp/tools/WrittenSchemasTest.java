package io.jmcp.tools;

import io.jmcp.core.spi.StructuredOutput;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas this module's build writes (io.jmcp.core.app.StructuredOutputIndex) are exactly what
 * the generator makes of the records now: compared with the schemas of the same records loaded
 * again where the written files cannot be seen.
 */
class WrittenSchemasTest {
    @Test
    void everyWrittenSchemaIsWhatTheGeneratorMakesOfItsRecord() throws Exception {
        Path classes = Path.of(GetRouterList.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> records;
        try (var files = Files.list(classes.resolve(StructuredOutput.INDEX_FOLDER))) {
            records = files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", "")).sorted().toList();
        }
        assertThat(records).contains(GetRouterList.class.getName() + "$Arguments",
                ExecuteJunosCommandBatch.class.getName() + "$Arguments");
        ClassLoader withoutWrittenSchemas = new WithoutWrittenSchemas(classes);
        for (String record : records) {
            String written = Files.readString(classes.resolve(StructuredOutput.INDEX_FOLDER + record + ".json"));
            assertThat(StructuredOutput.schemaOf(recordClass(record, getClass().getClassLoader())))
                    .as("%s as served", record).isEqualTo(written);
            assertThat(StructuredOutput.schemaOf(recordClass(record, withoutWrittenSchemas)))
                    .as("%s as generated", record).isEqualTo(written);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> recordClass(String name, ClassLoader loader) throws ClassNotFoundException {
        return (Class<? extends Record>) Class.forName(name, false, loader);
    }

    /** Defines this module's classes itself (so their records are new classes) and hides the written schemas. */
    private static final class WithoutWrittenSchemas extends ClassLoader {
        private final Path classes;

        WithoutWrittenSchemas(Path classes) {
            super(WrittenSchemasTest.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            Path file = classes.resolve(name.replace('.', '/') + ".class");
            if (!name.startsWith("io.jmcp.tools.") || !Files.isRegularFile(file)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            return name.startsWith(StructuredOutput.INDEX_FOLDER) ? null : super.getResourceAsStream(name);
        }
    }
}
