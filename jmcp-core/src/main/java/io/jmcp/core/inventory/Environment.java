package io.jmcp.core.inventory;

/**
 * Where {@code password_env} and {@code passphrase_env} secrets are looked up. The process
 * environment in production; a map in tests, since a JVM cannot change its own environment.
 */
@FunctionalInterface
public interface Environment {

    /** The variable's value, or null when it is not set. */
    String variable(String name);

    static Environment system() {
        return System::getenv;
    }
}
