package io.jmcp.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The runnable jar: starts simulated devices on 127.0.0.1, prints one line per device when it
 * is ready ({@code device vsim-01 listening on 127.0.0.1:PORT}), then runs until the process is
 * terminated (SIGTERM, Ctrl-C), or until stdin ends when asked to. Why it stops goes to stderr.
 */
@Command(name = "junos-device-simulator", mixinStandardHelpOptions = true,
        version = "junos-device-simulator 0.1.0",
        description = "Simulated Junos devices (NETCONF over SSH) on 127.0.0.1, for tests and demos.")
public final class SimulatorMain implements Callable<Integer> {
    /** Picocli's exit code for a bad command line; also used for bad option values found later. */
    static final int USAGE_ERROR = 2;
    static final int FAILURE = 1;
    private static final int MAX_PORT = 65535;

    @Option(names = "--devices", defaultValue = "1", paramLabel = "N",
            description = "How many devices to start (default: ${DEFAULT-VALUE}).")
    private int devices;

    @Option(names = "--base-port", paramLabel = "PORT",
            description = "Port of the first device; device N listens on PORT+N-1 (default: free ephemeral ports).")
    private Integer basePort;

    @Option(names = "--platform", paramLabel = "PLATFORM",
            description = "MX, EX, SRX or VSRX for every device (default: the platforms in turn).")
    private Platform platform;

    @Option(names = "--user", defaultValue = DeviceSpec.DEFAULT_USER, paramLabel = "USER",
            description = "The login of every device (default: ${DEFAULT-VALUE}).")
    private String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "The password of that login (default: " + DeviceSpec.DEFAULT_PASSWORD
                    + ", or none when keys are given).")
    private String password;

    @Option(names = "--authorized-key", paramLabel = "FILE",
            description = "OpenSSH public keys (authorized_keys format) that may log in as the user.")
    private Path authorizedKeys;

    @Option(names = "--private-key", paramLabel = "FILE",
            description = "The user's private key: written to the inventory as ssh_key auth; FILE.pub is"
                    + " authorized unless --authorized-key is given.")
    private Path privateKey;

    @Option(names = "--write-inventory", paramLabel = "FILE",
            description = "Write a devices.json for the started devices (mode 0600), and beside it a known_hosts"
                    + " file with their host key, which the inventory names.")
    private Path inventory;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Keep the devices' SSH host key in DIR (created when absent), so that a known_hosts file"
                    + " written once stays valid across restarts (default: a new key every start).")
    private Path stateDir;

    @Option(names = "--routes", defaultValue = "0", paramLabel = "N",
            description = "Learned BGP routes every device shows in 'show route' besides its configured ones"
                    + " (a full Internet table is about 1000000; made when shown, not stored).")
    private int routes;

    @Option(names = "--interface-units", defaultValue = "0", paramLabel = "N",
            description = "Addressed VLAN units added to every device's configuration (6 lines each in"
                    + " 'show configuration').")
    private int interfaceUnits;

    @Option(names = "--stop-at-end-of-stdin",
            description = "Stop when stdin reaches its end (for a harness holding the simulator through a pipe)."
                    + " Without it the simulator runs until SIGTERM or Ctrl-C.")
    private boolean stopAtEndOfStdin;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    SimulatorMain(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // Before any logger exists: the jar's logging goes to stderr, stdout carries the device lines.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "simulator-logback.xml");
        }
        System.exit(new CommandLine(new SimulatorMain(System.in, System.out, System.err)).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        List<DeviceSpec> specs;
        Path hostKeyFile;
        try {
            specs = specs(account());
            hostKeyFile = hostKeyFile();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("junos-device-simulator: " + e.getMessage());
            return USAGE_ERROR;
        }
        SimulatorFleet fleet;
        try {
            fleet = SimulatorFleet.start(specs, hostKeyFile);
        } catch (RuntimeException e) {
            err.println("junos-device-simulator: cannot start the devices: " + e.getMessage());
            return FAILURE;
        }
        Thread shutdownHook = new Thread(() -> stop(fleet, "the process was asked to terminate (SIGTERM or Ctrl-C)"),
                "simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            if (inventory != null) {
                Path knownHosts = InventoryFile.knownHostsBeside(inventory);
                InventoryFile.writeKnownHosts(knownHosts, fleet.devices(), fleet.hostKey());
                InventoryFile.write(inventory, fleet.devices(), user, passwordOrDefault(), privateKey, knownHosts);
            }
            for (SimulatedDevice device : fleet.devices()) {
                out.println("device " + device.name() + " listening on " + device.host() + ":" + device.port());
            }
            out.flush();
            err.println("junos-device-simulator: " + fleet.devices().size() + " device(s) running; "
                    + (stopAtEndOfStdin ? "stopping when stdin ends" : "stop with Ctrl-C or SIGTERM"));
            waitForStop();
            stop(fleet, "stdin reached its end (--stop-at-end-of-stdin)");
            return 0;
        } catch (UncheckedIOException | IOException e) {
            err.println("junos-device-simulator: " + e.getMessage());
            stop(fleet, "of the error above");
            return FAILURE;
        } finally {
            stop(fleet, "the simulator is exiting");
            removeShutdownHook(shutdownHook);
        }
    }

    /** Stops the fleet once, saying why on stderr (stdout carries device lines only). */
    private void stop(SimulatorFleet fleet, String reason) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        err.println("junos-device-simulator: stopping " + fleet.devices().size() + " device(s) because " + reason);
        fleet.close();
        err.println("junos-device-simulator: stopped");
        err.flush();
    }

    /** The host key file in the state folder, the folder made owner-only when new; null without one. */
    private Path hostKeyFile() {
        if (stateDir == null) {
            return null;
        }
        try {
            if (!Files.isDirectory(stateDir)) {
                Files.createDirectories(stateDir);
                restrictToOwner(stateDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("--state-dir " + stateDir + " cannot be created: " + e.getMessage(), e);
        }
        return stateDir.resolve("ssh_host_ecdsa_key");
    }

    private static void restrictToOwner(Path directory) throws IOException {
        try {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // The folder inherits its parent's access rules.
        }
    }

    /** Stopping without the JVM exiting (tests, embedding): the hook would only hold the fleet. */
    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting and runs the hook anyway.
        }
    }

    /** Returns when stdin ends with --stop-at-end-of-stdin; otherwise only the JVM's shutdown ends the wait. */
    private void waitForStop() throws InterruptedException, IOException {
        if (!stopAtEndOfStdin) {
            new CountDownLatch(1).await();
            return;
        }
        while (in.read() != -1) {
            // Input is ignored; only its end matters.
        }
    }

    private UserAccount account() {
        List<PublicKey> keys = new ArrayList<>();
        if (authorizedKeys != null) {
            keys.addAll(UserAccount.authorizedKeysFrom(authorizedKeys));
        } else if (privateKey != null) {
            Path publicKey = Path.of(privateKey + ".pub");
            if (!Files.isReadable(publicKey)) {
                throw new IllegalArgumentException("--private-key " + privateKey + " needs " + publicKey
                        + " beside it, or give --authorized-key");
            }
            keys.addAll(UserAccount.authorizedKeysFrom(publicKey));
        }
        String effectivePassword = password != null || keys.isEmpty() ? passwordOrDefault() : null;
        return new UserAccount(user, effectivePassword, keys);
    }

    private String passwordOrDefault() {
        return password != null ? password : DeviceSpec.DEFAULT_PASSWORD;
    }

    private List<DeviceSpec> specs(UserAccount account) {
        if (devices < 1) {
            throw new IllegalArgumentException("--devices must be at least 1, got " + devices);
        }
        if (basePort != null && (basePort < 1 || basePort + devices - 1 > MAX_PORT)) {
            throw new IllegalArgumentException("--base-port " + basePort + " with " + devices
                    + " devices does not fit in 1.." + MAX_PORT);
        }
        List<DeviceSpec> specs = new ArrayList<>(devices);
        for (int i = 1; i <= devices; i++) {
            DeviceSpec.Builder spec = SimulatorFleet.numberedSpec(i).user(account).routes(routes)
                    .interfaceUnits(interfaceUnits);
            if (platform != null) {
                spec.platform(platform);
            }
            if (basePort != null) {
                spec.port(basePort + i - 1);
            }
            specs.add(spec.build());
        }
        return specs;
    }
}
