package io.jmcp.examples.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's blocks on depending on the libraries. The Maven block is the body of a consumer's
 * pom.xml: Maven itself builds that project's model offline, with the reactor's jmcp-bom as the
 * only artifact of its local repository, so the import must resolve and must give every library
 * the block names its version. The Gradle block cannot run here (no Gradle on the build machine):
 * it must name the same BOM, at the same version, and the same libraries.
 */
class ReadmeDependencyBlocksIT {
    private static final Readme README = Readme.ofRepository();
    private static final String BOM = "jmcp-bom";
    private static final String CLIENT = "junos-netconf-client";
    private static final String CONFIG = "junos-config";

    @TempDir
    Path directory;

    @Test
    void theBomIsAtTheReactorsVersionAndListsTheLibraries() {
        MavenPom bom = bom();

        assertThat(bom.version()).as("jmcp-bom/pom.xml has no parent; its version must follow the reactor's")
                .isEqualTo(reactorVersion());
        assertThat(bom.managedArtifactIds()).contains(CLIENT, CONFIG, "jmcp-core");
    }

    @Test
    void theMavenBlockBuildsAsAConsumersPom() throws IOException {
        FencedBlock block = singleBlock("xml");
        Path consumer = Files.createDirectories(directory.resolve("consumer"));
        Files.writeString(consumer.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId>
                  <artifactId>readme-consumer</artifactId>
                  <version>1</version>
                """ + block.text() + "</project>\n");
        Path repository = directory.resolve("repository");
        Path bomInRepository = repository.resolve("io/jmcp/" + BOM + "/" + reactorVersion() + "/" + BOM + "-"
                + reactorVersion() + ".pom");
        Files.createDirectories(bomInRepository.getParent());
        Files.copy(Repository.root().resolve(BOM + "/pom.xml"), bomInRepository);

        CommandResult validate = Bash.run("mvn -B -o -q -Dmaven.repo.local=" + repository + " validate", consumer);

        assertThat(block.text()).as("README.md line %d", block.line()).contains("<artifactId>" + BOM + "</artifactId>",
                "<version>" + reactorVersion() + "</version>", "<artifactId>" + CLIENT + "</artifactId>",
                "<artifactId>" + CONFIG + "</artifactId>");
        assertThat(validate.exitCode()).as("README.md line %d as a consumer's pom.xml: %s", block.line(),
                validate.describe()).isZero();
    }

    @Test
    void theGradleBlockNamesTheSameBomAndLibrary() {
        FencedBlock block = singleBlock("kotlin");

        assertThat(block.text()).as("README.md line %d", block.line())
                .contains("implementation(platform(\"io.jmcp:" + BOM + ":" + reactorVersion() + "\"))",
                        "implementation(\"io.jmcp:" + CLIENT + "\")", "implementation(\"io.jmcp:" + CONFIG + "\")");
    }

    private static FencedBlock singleBlock(String language) {
        assertThat(README.blocks(language)).as("README blocks of language %s", language).hasSize(1);
        return README.blocks(language).get(0);
    }

    private static MavenPom bom() {
        return MavenPom.read(Repository.root().resolve(BOM + "/pom.xml"));
    }

    private static String reactorVersion() {
        return MavenPom.read(Repository.root().resolve("pom.xml")).version();
    }
}
