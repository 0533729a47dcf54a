package io.jmcp.examples.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DockerIgnoreTest {

    @Test
    void leavesOutAFolderAtAnyDepthAndEverythingInIt() {
        DockerIgnore ignore = DockerIgnore.parse("**/target/\n");

        assertThat(ignore.excludes("target")).isTrue();
        assertThat(ignore.excludes("jmcp-server-http/target/jmcp-server-http.jar")).isTrue();
        assertThat(ignore.excludes("jmcp-server-http/pom.xml")).isFalse();
    }

    @Test
    void matchesAPatternWithoutFoldersAtTheContextsTopOnly() {
        DockerIgnore ignore = DockerIgnore.parse("*.log\n");

        assertThat(ignore.excludes("build.log")).isTrue();
        assertThat(ignore.excludes("logs/build.log")).isFalse();
    }

    @Test
    void bringsBackWhatALaterExceptionNames() {
        DockerIgnore ignore = DockerIgnore.parse("bin/\n!bin/jmcp\n");

        assertThat(ignore.excludes("bin/jmcp")).isFalse();
        assertThat(ignore.excludes("bin/other")).isTrue();
    }

    @Test
    void ignoresCommentsAndBlankLines() {
        DockerIgnore ignore = DockerIgnore.parse("# build output\n\n.git/\n");

        assertThat(ignore.excludes(".git/config")).isTrue();
        assertThat(ignore.excludes("README.md")).isFalse();
    }
}
