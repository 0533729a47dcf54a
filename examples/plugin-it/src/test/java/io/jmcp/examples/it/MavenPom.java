package io.jmcp.examples.it;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A pom.xml of the reactor, read for what the Dockerfile and the README must agree with. */
final class MavenPom {
    private final Path file;
    private final Document document;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private MavenPom(Path file, Document document) {
        this.file = file;
        this.document = document;
    }

    static MavenPom read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new MavenPom(file, factory.newDocumentBuilder().parse(file.toFile()));
        } catch (Exception unreadable) {
            throw new AssertionError(file + " cannot be read as XML: " + unreadable.getMessage(), unreadable);
        }
    }

    /** The project's own version (not its parent's). */
    String version() {
        return texts("/*[local-name()='project']/*[local-name()='version']").stream().findFirst()
                .orElseThrow(() -> new AssertionError(file + " declares no version of its own"));
    }

    /** The artifactIds of {@code <dependencyManagement>}. */
    List<String> managedArtifactIds() {
        return texts("/*[local-name()='project']/*[local-name()='dependencyManagement']/*[local-name()='dependencies']"
                + "/*[local-name()='dependency']/*[local-name()='artifactId']");
    }

    /** The module folders the reactor builds, as {@code <modules>} lists them. */
    List<String> modules() {
        return texts("/*[local-name()='project']/*[local-name()='modules']/*[local-name()='module']");
    }

    /** A property of {@code <properties>}. */
    Optional<String> property(String name) {
        return texts("/*[local-name()='project']/*[local-name()='properties']/*[local-name()='" + name + "']")
                .stream().findFirst();
    }

    /** The file name (without .jar) the shade plugin gives the runnable jar. */
    Optional<String> shadedJarName() {
        return texts("//*[local-name()='plugin'][*[local-name()='artifactId']='maven-shade-plugin']"
                + "//*[local-name()='finalName']").stream().findFirst();
    }

    private List<String> texts(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int index = 0; index < nodes.getLength(); index++) {
                texts.add(nodes.item(index).getTextContent().strip());
            }
            return texts;
        } catch (XPathExpressionException wrong) {
            throw new IllegalStateException("bad XPath for " + file + ": " + expression, wrong);
        }
    }
}
