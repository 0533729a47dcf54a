package io.jmcp.core.inventory;

import java.util.Arrays;
import java.util.Optional;

/** The two ways the seed's {@code auth.type} says a device is logged in to. */
public enum AuthType {
    PASSWORD("password"),
    SSH_KEY("ssh_key");

    private final String jsonName;

    AuthType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The value of {@code auth.type} in devices.json. */
    public String jsonName() {
        return jsonName;
    }

    static Optional<AuthType> fromJsonName(String value) {
        return Arrays.stream(values()).filter(type -> type.jsonName.equals(value)).findFirst();
    }
}
