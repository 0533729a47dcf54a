package io.jmcp.netconf.config;

import io.jmcp.netconf.JunosReplies;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The real Junos replies of the shared test data, and the configurations among them. */
final class RealConfigurations {

    private static final Pattern CONFIGURATION = Pattern.compile("<configuration[\\s>/]|<configuration-output>");

    private RealConfigurations() {
    }

    /** Every reply that holds a configuration, as XML ({@code <configuration>}) or text ({@code <configuration-output>}). */
    static List<Path> configurationFiles() {
        try (Stream<Path> files = Files.walk(JunosReplies.root())) {
            return files.filter(file -> file.toString().endsWith(".xml"))
                    .filter(file -> CONFIGURATION.matcher(JunosReplies.read(file)).find())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isText(Path file) {
        return JunosReplies.read(file).contains("<configuration-output>");
    }

    /** The text of the {@code <configuration-output>} element of a {@code show configuration} reply. */
    static String configurationOutput(Path file) {
        try {
            XMLStreamReader reader = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new StringReader(JunosReplies.read(file)));
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
