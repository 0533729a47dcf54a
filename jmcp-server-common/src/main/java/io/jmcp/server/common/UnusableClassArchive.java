package io.jmcp.server.common;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * The class-data archive bin/jmcp made for this server, when this JVM could not use it. bin/jmcp
 * makes the archive once per jar build and names it in {@value #PROPERTY}; a JVM refuses an archive
 * that another Java version or build made (JDK 17 silently, later ones with a warning) and starts
 * without one, at about twice the start time, and would do so at every start until the jar changes.
 *
 * <p>When this JVM was installed after the archive was made (its runtime image's change time, which
 * an installer sets, is later than the archive's), Java was upgraded: the archive is deleted, and
 * the next start makes it again for this JVM. Otherwise the user is told, and the archive stays:
 * another Java of this machine that still runs bin/jmcp may have made it (deleting it would have
 * the two remake it in turn, seconds at each start), or an option in {@code JAVA_OPTS} made this
 * JVM refuse it (an archive made again would be refused again).
 */
public final class UnusableClassArchive {
    static final String PROPERTY = "jmcp.classArchive";

    private UnusableClassArchive() {
    }

    /** Deletes the archive bin/jmcp gave this JVM when the JVM does not use it, or says why not. */
    public static void discardIfUnused() {
        String archive = System.getProperty(PROPERTY);
        if (archive != null) {
            String jvmOptions = System.getenv().getOrDefault("JAVA_OPTS", "");
            discardIfUnused(Path.of(archive), System.getProperty("java.vm.info", "").contains("sharing"),
                    !jvmOptions.isBlank(), installed(Path.of(System.getProperty("java.home"), "lib", "modules")))
                    .ifPresent(LoggerFactory.getLogger(UnusableClassArchive.class)::warn);
        }
    }

    /**
     * @param sharing      whether this JVM maps a class-data archive ({@code java.vm.info} says "sharing")
     * @param userOptions  whether the user gave the JVM options of their own ({@code JAVA_OPTS})
     * @param jvmInstalled when this JVM was installed, if known
     * @return what to tell the user, when the archive was not used
     */
    static Optional<String> discardIfUnused(Path archive, boolean sharing, boolean userOptions,
            Optional<FileTime> jvmInstalled) {
        if (sharing || !Files.exists(archive)) {
            return Optional.empty();
        }
        String unused = "This JVM (Java " + Runtime.version() + ", " + System.getProperty("java.home")
                + ") could not use the class-data archive " + archive + " and started without it, about twice as slowly";
        if (userOptions) {
            return Optional.of(unused + ": an option in JAVA_OPTS may be why; if Java itself changed since the "
                    + "archive was made, delete it, and the next start makes it again for this JVM");
        }
        if (!madeBefore(archive, jvmInstalled)) {
            return Optional.of(unused + ": another Java made it. If more than one Java runs bin/jmcp here, give it "
                    + "one (JAVA=...); if Java was upgraded, delete the archive, and the next start makes it again");
        }
        try {
            Files.delete(archive);
            return Optional.of(unused + ": an older Java made it, so it is deleted, and the next start makes it again "
                    + "for this JVM");
        } catch (IOException cannotDelete) {
            return Optional.of(unused + ": an older Java made it, and it could not be deleted here: delete it, and the "
                    + "next start makes it again for this JVM");
        }
    }

    private static boolean madeBefore(Path archive, Optional<FileTime> jvmInstalled) {
        try {
            FileTime made = Files.getLastModifiedTime(archive);
            return jvmInstalled.map(installed -> made.compareTo(installed) < 0).orElse(false);
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** When an installer wrote this file (its change time; its modification time is the package's). */
    static Optional<FileTime> installed(Path runtimeImage) {
        try {
            return Optional.of((FileTime) Files.getAttribute(runtimeImage, "unix:ctime"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
