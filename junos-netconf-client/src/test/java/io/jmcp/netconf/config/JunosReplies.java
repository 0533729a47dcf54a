package io.jmcp.netconf.config;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The real Junos replies of the shared test data, and the configurations among them. */
final class JunosReplies {

    private static final Pattern CONFIGURATION = Pattern.compile("<configuration[\\s>/]|<configuration-output>");

    private JunosReplies() {
    }

    /**
     * The {@code junos-replies} folder: under the directory named by system property
     * {@code jmcp.shared.dir} (set by surefire), else in a {@code shared} folder beside an ancestor
     * of the working directory (a worktree checked out next to the shared data).
     */
    static Path directory() {
        String configured = System.getProperty("jmcp.shared.dir");
        if (configured != null && Files.isDirectory(Paths.get(configured, "junos-replies"))) {
            return Paths.get(configured, "junos-replies");
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("junos-replies");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no junos-replies folder under jmcp.shared.dir=" + configured
                + " nor in a 'shared' folder beside the working directory's ancestors");
    }

    static String read(String relative) {
        return read(directory().resolve(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every reply that holds a configuration, as XML ({@code <configuration>}) or text ({@code <configuration-output>}). */
    static List<Path> configurationFiles() {
        try (Stream<Path> files = Files.walk(directory())) {
            return files.filter(file -> file.toString().endsWith(".xml"))
                    .filter(file -> CONFIGURATION.matcher(read(file)).find())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isText(Path file) {
        return read(file).contains("<configuration-output>");
    }

    /** The text of the {@code <configuration-output>} element of a {@code show configuration} reply. */
    static String configurationOutput(Path file) {
        try {
            XMLStreamReader reader = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new StringReader(read(file)));
            StringBuilder text = new StringBuilder();
            boolean inside = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("configuration-output")) {
                    inside = true;
                } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("configuration-output")) {
                    return text.toString();
                } else if (inside && event == XMLStreamConstants.CHARACTERS) {
                    text.append(reader.getText());
                }
            }
            throw new IllegalStateException("no configuration-output in " + file);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
