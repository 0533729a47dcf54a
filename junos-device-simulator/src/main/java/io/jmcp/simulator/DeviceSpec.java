package io.jmcp.simulator;

import io.jmcp.netconf.ConfigFormat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one simulated device is: its identity (hostname, platform, model, version, serial), who may
 * log in, the configuration it boots with, and the port it listens on. Immutable; build with
 * {@link #builder(String)}. Unset fields take the platform's defaults.
 */
public final class DeviceSpec {
    /** The login every device has unless its spec says otherwise. */
    public static final String DEFAULT_USER = "jmcp";
    public static final String DEFAULT_PASSWORD = "jmcp";
    /** Learned routes fill 16.0.0.0/24 upward; these stay below 224.0.0.0 (multicast). */
    public static final int MAX_ROUTES = 13_000_000;
    /** Units take /31s of 100.64.0.0/10. */
    public static final int MAX_INTERFACE_UNITS = 2_000_000;

    private final String name;
    private final String hostname;
    private final Platform platform;
    private final String model;
    private final String version;
    private final String serialNumber;
    private final List<UserAccount> users;
    private final String initialConfiguration;
    private final ConfigFormat initialConfigurationFormat;
    private final boolean customInitialConfiguration;
    private final int port;
    private final Duration timerMinute;
    private final int routes;
    private final int interfaceUnits;

    private DeviceSpec(Builder builder) {
        this.name = builder.name;
        this.hostname = builder.hostname != null ? builder.hostname : builder.name;
        this.platform = builder.platform;
        this.model = builder.model != null ? builder.model : platform.defaultModel();
        this.version = builder.version != null ? builder.version : platform.defaultVersion();
        this.serialNumber = builder.serialNumber != null ? builder.serialNumber : platform.serialNumberFor(name);
        this.users = builder.users != null ? List.copyOf(builder.users)
                : List.of(UserAccount.withPassword(DEFAULT_USER, DEFAULT_PASSWORD));
        if (users.isEmpty()) {
            throw new IllegalArgumentException("device " + name + " needs at least one user");
        }
        this.customInitialConfiguration = builder.initialConfiguration != null;
        if (customInitialConfiguration) {
            this.initialConfiguration = builder.initialConfiguration;
            this.initialConfigurationFormat = builder.initialConfigurationFormat;
        } else {
            this.initialConfiguration = DefaultConfiguration.render(hostname, platform, users, name,
                    builder.interfaceUnits);
            this.initialConfigurationFormat = ConfigFormat.TEXT;
        }
        this.port = builder.port;
        this.timerMinute = builder.timerMinute;
        this.routes = builder.routes;
        this.interfaceUnits = builder.interfaceUnits;
    }

    /** A spec named {@code name} (the inventory name; also the hostname unless set). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A device of {@code platform} with every default. */
    public static DeviceSpec of(String name, Platform platform) {
        return builder(name).platform(platform).build();
    }

    /** The name the device is known by in an inventory (e.g. {@code vsim-01}). */
    public String name() {
        return name;
    }

    /** The host-name the device boots with (its configuration may change it later). */
    public String hostname() {
        return hostname;
    }

    public Platform platform() {
        return platform;
    }

    /** The product model, lower case as Junos reports it (e.g. {@code mx960}). */
    public String model() {
        return model;
    }

    public String version() {
        return version;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public List<UserAccount> users() {
        return users;
    }

    public String initialConfiguration() {
        return initialConfiguration;
    }

    public ConfigFormat initialConfigurationFormat() {
        return initialConfigurationFormat;
    }

    /** Whether the boot configuration came from the caller rather than {@link DefaultConfiguration}. */
    boolean hasCustomInitialConfiguration() {
        return customInitialConfiguration;
    }

    /** The TCP port to listen on; 0 picks a free ephemeral port. */
    public int port() {
        return port;
    }

    /**
     * How long one minute lasts on this device's timers (commit confirmed). Real time by default;
     * tests shorten it so that an unconfirmed commit rolls back in milliseconds.
     */
    public Duration timerMinute() {
        return timerMinute;
    }

    /**
     * BGP routes the device has learned besides those of its configuration (a large router plays a
     * full table with a million); they are made when shown, never stored.
     */
    public int routes() {
        return routes;
    }

    /** Addressed VLAN units the default configuration gives the device besides its own interfaces. */
    public int interfaceUnits() {
        return interfaceUnits;
    }

    @Override
    public String toString() {
        return "DeviceSpec[" + name + ", " + platform + " " + model + " " + version + ", port " + port + "]";
    }

    /** Builds a {@link DeviceSpec}; only the name is required. */
    public static final class Builder {
        private final String name;
        private String hostname;
        private Platform platform = Platform.MX;
        private String model;
        private String version;
        private String serialNumber;
        private List<UserAccount> users;
        private String initialConfiguration;
        private ConfigFormat initialConfigurationFormat;
        private int port;
        private Duration timerMinute = Duration.ofMinutes(1);
        private int routes;
        private int interfaceUnits;

        private Builder(String name) {
            this.name = requireText(name, "name");
        }

        public Builder hostname(String hostname) {
            this.hostname = requireText(hostname, "hostname");
            return this;
        }

        public Builder platform(Platform platform) {
            this.platform = Objects.requireNonNull(platform, "platform");
            return this;
        }

        public Builder model(String model) {
            this.model = requireText(model, "model");
            return this;
        }

        public Builder version(String version) {
            this.version = requireText(version, "version");
            return this;
        }

        public Builder serialNumber(String serialNumber) {
            this.serialNumber = requireText(serialNumber, "serialNumber");
            return this;
        }

        public Builder users(List<UserAccount> users) {
            this.users = List.copyOf(users);
            return this;
        }

        public Builder user(UserAccount user) {
            return users(List.of(user));
        }

        /** The configuration the device boots with, in any format Junos loads. */
        public Builder initialConfiguration(String payload, ConfigFormat format) {
            this.initialConfiguration = Objects.requireNonNull(payload, "payload");
            this.initialConfigurationFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        public Builder timerMinute(Duration timerMinute) {
            if (timerMinute.isNegative() || timerMinute.isZero()) {
                throw new IllegalArgumentException("timerMinute must be positive, got " + timerMinute);
            }
            this.timerMinute = timerMinute;
            return this;
        }

        /** A large router: {@code count} learned BGP routes in {@code show route} (0 by default). */
        public Builder routes(int count) {
            if (count < 0 || count > MAX_ROUTES) {
                throw new IllegalArgumentException("routes must be 0.." + MAX_ROUTES + ", got " + count);
            }
            this.routes = count;
            return this;
        }

        /**
         * A large configuration: {@code count} addressed VLAN units in the default configuration, 1,000
         * per aggregated interface (each unit is 6 lines of {@code show configuration}).
         */
        public Builder interfaceUnits(int count) {
            if (count < 0 || count > MAX_INTERFACE_UNITS) {
                throw new IllegalArgumentException("interfaceUnits must be 0.." + MAX_INTERFACE_UNITS + ", got "
                        + count);
            }
            this.interfaceUnits = count;
            return this;
        }

        public DeviceSpec build() {
            return new DeviceSpec(this);
        }

        private static String requireText(String value, String field) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(field + " must not be blank");
            }
            return value;
        }
    }
}
