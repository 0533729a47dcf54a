package io.jmcp.netconf.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text Junos puts in a reply for a text-format request: the {@code <output>} of a CLI
 * command, the {@code <configuration-text>} or {@code <configuration-set>} of a configuration,
 * the {@code <configuration-output>} of {@code show | compare}. A reply from several routing
 * engines gets a header per engine, as the CLI prints it.
 */
public final class JunosOutput {
    private static final Set<String> TEXT_ELEMENTS =
            Set.of("output", "configuration-output", "configuration-text", "configuration-set");
    private static final String ENGINE_SEPARATOR = "-".repeat(74);

    private JunosOutput() {
    }

    /** The text of the reply's text elements, or empty when it has none. */
    public static Optional<String> text(InputStream reply) throws XMLStreamException {
        List<String> parts = new ArrayList<>();
        String engine = null;
        boolean engineAnnounced = false;
        XMLStreamReader xml = SecureXml.reader(reply);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("rpc-error".equals(name)) {
                    ReplyReader.skipElement(xml);
                } else if ("multi-routing-engine-item".equals(name)) {
                    engine = null;
                    engineAnnounced = false;
                } else if ("re-name".equals(name)) {
                    engine = xml.getElementText().strip();
                } else if (TEXT_ELEMENTS.contains(name)) {
                    String text = ReplyReader.trimLineBreaks(xml.getElementText());
                    if (engine != null && !engineAnnounced) {
                        text = (parts.isEmpty() ? "" : "\n") + engine + ":\n" + ENGINE_SEPARATOR + "\n" + text;
                        engineAnnounced = true;
                    }
                    parts.add(text);
                }
            }
        } finally {
            xml.close();
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", parts));
    }
}
