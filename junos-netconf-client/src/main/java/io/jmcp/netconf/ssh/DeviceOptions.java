package io.jmcp.netconf.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * How to reach and log in to one device. Immutable; build with {@link #builder(String)}.
 *
 * <p>Secrets are held as {@code char[]} copies and never appear in {@link #toString()}.
 */
public final class DeviceOptions {
    public static final int DEFAULT_PORT = 830;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RPC_TIMEOUT = Duration.ofSeconds(360);
    public static final Duration DEFAULT_KEEPALIVE_INTERVAL = Duration.ofSeconds(30);

    private final String host;
    private final int port;
    private final String username;
    private final char[] password;
    private final Path privateKey;
    private final char[] passphrase;
    private final HostKeyPolicy hostKeyPolicy;
    private final Path knownHosts;
    private final Path sshConfig;
    private final Duration connectTimeout;
    private final Duration rpcTimeout;
    private final Duration keepaliveInterval;

    private DeviceOptions(Builder builder) {
        this.host = builder.host;
        this.port = builder.port;
        this.username = Objects.requireNonNull(builder.username, "username");
        this.password = copy(builder.password);
        this.privateKey = builder.privateKey;
        this.passphrase = copy(builder.passphrase);
        this.hostKeyPolicy = builder.hostKeyPolicy;
        this.knownHosts = builder.knownHosts;
        this.sshConfig = builder.sshConfig;
        this.connectTimeout = builder.connectTimeout;
        this.rpcTimeout = builder.rpcTimeout;
        this.keepaliveInterval = builder.keepaliveInterval;
    }

    public static Builder builder(String host) {
        return new Builder(host);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(host).port(port).username(username)
                .hostKeyPolicy(hostKeyPolicy).knownHosts(knownHosts).sshConfig(sshConfig)
                .connectTimeout(connectTimeout).rpcTimeout(rpcTimeout).keepaliveInterval(keepaliveInterval)
                .privateKey(privateKey);
        builder.password = copy(password);
        builder.passphrase = copy(passphrase);
        return builder;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String username() {
        return username;
    }

    /** A copy of the password, or null when none was given. */
    public char[] password() {
        return copy(password);
    }

    /** Whether a password was given, without copying it. */
    public boolean hasPassword() {
        return password != null;
    }

    /** The private key file, or null when password authentication only. */
    public Path privateKey() {
        return privateKey;
    }

    /** A copy of the private key's passphrase, or null. */
    public char[] passphrase() {
        return copy(passphrase);
    }

    public HostKeyPolicy hostKeyPolicy() {
        return hostKeyPolicy;
    }

    /** The known_hosts file; null means {@code ~/.ssh/known_hosts}. */
    public Path knownHosts() {
        return knownHosts;
    }

    /** An OpenSSH client configuration file (HostName, Port, User, IdentityFile, ProxyJump), or null. */
    public Path sshConfig() {
        return sshConfig;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration rpcTimeout() {
        return rpcTimeout;
    }

    /** Interval of SSH keepalive messages; {@link Duration#ZERO} disables them. */
    public Duration keepaliveInterval() {
        return keepaliveInterval;
    }

    /** {@code user@host:port}, for messages. */
    public String address() {
        return username + "@" + host + ":" + port;
    }

    @Override
    public String toString() {
        return "DeviceOptions[" + address() + ", auth=" + (privateKey != null ? "key " + privateKey : "password")
                + ", hostKeyPolicy=" + hostKeyPolicy + "]";
    }

    private static char[] copy(char[] secret) {
        return secret == null ? null : Arrays.copyOf(secret, secret.length);
    }

    /** Builder of {@link DeviceOptions}; defaults: port 830, strict host keys, 30 s connect, 360 s RPC. */
    public static final class Builder {
        private final String host;
        private int port = DEFAULT_PORT;
        private String username;
        private char[] password;
        private Path privateKey;
        private char[] passphrase;
        private HostKeyPolicy hostKeyPolicy = HostKeyPolicy.STRICT;
        private Path knownHosts;
        private Path sshConfig;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration rpcTimeout = DEFAULT_RPC_TIMEOUT;
        private Duration keepaliveInterval = DEFAULT_KEEPALIVE_INTERVAL;

        private Builder(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            this.host = host;
        }

        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be 1-65535, was " + port);
            }
            this.port = port;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder password(char[] password) {
            this.password = copy(password);
            return this;
        }

        public Builder password(String password) {
            return password(password == null ? null : password.toCharArray());
        }

        public Builder privateKey(Path privateKey) {
            this.privateKey = privateKey;
            return this;
        }

        public Builder passphrase(char[] passphrase) {
            this.passphrase = copy(passphrase);
            return this;
        }

        public Builder hostKeyPolicy(HostKeyPolicy hostKeyPolicy) {
            this.hostKeyPolicy = Objects.requireNonNull(hostKeyPolicy, "hostKeyPolicy");
            return this;
        }

        public Builder knownHosts(Path knownHosts) {
            this.knownHosts = knownHosts;
            return this;
        }

        public Builder sshConfig(Path sshConfig) {
            this.sshConfig = sshConfig;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        public Builder rpcTimeout(Duration rpcTimeout) {
            this.rpcTimeout = positive(rpcTimeout, "rpcTimeout");
            return this;
        }

        public Builder keepaliveInterval(Duration keepaliveInterval) {
            if (keepaliveInterval == null || keepaliveInterval.isNegative()) {
                throw new IllegalArgumentException("keepaliveInterval must be zero or positive");
            }
            this.keepaliveInterval = keepaliveInterval;
            return this;
        }

        public DeviceOptions build() {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("username must not be blank");
            }
            return new DeviceOptions(this);
        }

        private static Duration positive(Duration value, String name) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
