package io.jmcp.examples.it;

import io.jmcp.netconf.JunosDevice;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A README Java block, compiled as the body of a method that may throw, with the imports a user
 * of junos-netconf-client writes: its public packages, {@code java.nio.file} and {@code java.util}. Compiler errors
 * are reported at their README line.
 */
final class JavaSnippet {
    private static final String HEADER = """
            import io.jmcp.netconf.*;
            import io.jmcp.netconf.error.*;
            import io.jmcp.netconf.reply.*;
            import io.jmcp.netconf.ssh.*;
            import java.nio.file.*;
            import java.util.*;

            class ReadmeSnippet {
                void run() throws Exception {
            """;
    private static final String FOOTER = """
                }
            }
            """;
    private static final long HEADER_LINES = HEADER.lines().count();

    private final FencedBlock block;

    private JavaSnippet(FencedBlock block) {
        this.block = block;
    }

    static JavaSnippet of(FencedBlock block) {
        return new JavaSnippet(block);
    }

    /** Compiles the snippet into {@code output} against the client's classes. */
    void assertCompiles(Path output) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK's compiler (this JVM is a JRE)").isNotNull();
        Files.createDirectories(output);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled = compiler.getTask(null, null, diagnostics,
                List.of("-d", output.toString(), "-classpath", clientClasses().toString(), "-proc:none"),
                null, List.of(source())).call();

        assertThat(compiled).as("README.md line %d: the Java block does not compile:\n%s", block.line(),
                diagnostics.getDiagnostics().stream().filter(found -> found.getKind() == Diagnostic.Kind.ERROR)
                        .map(this::describe).collect(Collectors.joining("\n"))).isTrue();
    }

    private JavaFileObject source() {
        String code = HEADER + block.text() + FOOTER;
        return new SimpleJavaFileObject(URI.create("string:///ReadmeSnippet.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    private String describe(Diagnostic<? extends JavaFileObject> error) {
        long readmeLine = block.line() + error.getLineNumber() - HEADER_LINES;
        return "README.md line " + readmeLine + ": " + error.getMessage(null);
    }

    /** Where the client's classes are: its jar, or its classes folder in the reactor. */
    private static Path clientClasses() {
        try {
            return Path.of(JunosDevice.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException("the class path names the client's classes with a bad URI", impossible);
        }
    }
}
