package io.jmcp.server.common;

/**
 * Leaves out picocli's converters for types no jmcp option has. When a command line is made,
 * picocli registers converters for the {@code java.sql} and {@code java.time} types by reflection,
 * initialising each class on the way: {@code java.time.MonthDay} builds its date formatter and
 * {@code java.sql.DriverManager} looks for JDBC drivers on the class path, about 20 ms of a cold
 * start. picocli's own switch, the {@value #EXCLUDES} system property, skips them; the converter of
 * {@code java.time.Duration} stays ({@code --session-idle-timeout}). A value set by the user wins.
 */
public final class UnusedConverters {
    static final String EXCLUDES = "picocli.converters.excludes";
    static final String UNUSED = "java\\.sql\\..*,java\\.time\\.(?!Duration$).*";

    private UnusedConverters() {
    }

    /** Sets the exclusion, before any command line is made, unless the JVM was given one. */
    public static void exclude() {
        if (System.getProperty(EXCLUDES) == null) {
            System.setProperty(EXCLUDES, UNUSED);
        }
    }
}
