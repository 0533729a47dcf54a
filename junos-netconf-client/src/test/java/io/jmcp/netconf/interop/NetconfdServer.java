package io.jmcp.netconf.interop;

import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.testfixtures.ExternalPeers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real NETCONF server for tests: yuma123 {@code netconfd} as the {@code netconf} subsystem of a
 * private OpenSSH {@code sshd} on 127.0.0.1, with its own host key, its own ncxserver socket, a
 * small YANG module of ours, and a throwaway local user with a password and authorized keys of
 * every type and format the client supports. Needs root (sshd switches to the user).
 *
 * <p>sshd listens on two ports; netconfd serves only the first, so the second shows how a device
 * that refuses the netconf subsystem looks.
 */
final class NetconfdServer implements AutoCloseable {
    static final String NETCONFD = "/usr/sbin/netconfd";
    static final String SSHD = "/usr/sbin/sshd";
    static final String SUBSYSTEM = "/usr/sbin/netconf-subsystem";
    static final String PASSPHRASE = "correct horse battery staple";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Path directory;
    private final String user;
    private final String password;
    private final int port;
    private final int refusingPort;
    private final Map<String, Path> userKeys = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private boolean userCreated;

    private NetconfdServer() throws IOException {
        directory = Files.createTempDirectory("jmcp-netconfd-");
        // The user's netconf-subsystem must reach the socket inside.
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        user = "jmcp" + HexFormat.of().formatHex(randomBytes(4));
        password = HexFormat.of().formatHex(randomBytes(12)) + "!Aa";
        port = freePort();
        refusingPort = freePort();
    }

    /** Starts the server, or skips (fails under CI=true) when a peer binary is missing. */
    static NetconfdServer start() throws Exception {
        for (String binary : List.of(NETCONFD, SSHD, SUBSYSTEM, "/usr/bin/ssh-keygen", "/usr/sbin/useradd",
                "/usr/sbin/chpasswd", "/usr/sbin/userdel")) {
            if (!Files.isExecutable(Path.of(binary))) {
                ExternalPeers.missing(binary + " is missing: the netconfd interoperability test needs it"
                        + " (.ci/run installs netconfd and openssh-server)");
            }
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            ExternalPeers.missing("root privileges are missing: the netconfd interoperability test needs them"
                    + " (sshd switches users)");
        }
        NetconfdServer server = new NetconfdServer();
        try {
            server.launch();
            return server;
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    /** A port where sshd runs but netconfd refuses the netconf subsystem. */
    int refusingPort() {
        return refusingPort;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** The private key files of the user, by name: rsa-openssh, rsa-pem, ecdsa-openssh, ecdsa-pem, ... */
    Map<String, Path> userKeys() {
        return userKeys;
    }

    Path directory() {
        return directory;
    }

    /** A known_hosts file that lists this server's real host key. */
    Path knownHosts() throws IOException {
        Path file = Files.createTempFile(directory, "known_hosts", "");
        Files.writeString(file, knownHostsLine(directory.resolve("host_ed25519.pub")));
        return file;
    }

    /** A known_hosts file that lists another key of the same type for this server. */
    Path knownHostsWithAnotherKey() throws IOException {
        Path file = Files.createTempFile(directory, "known_hosts", "");
        Files.writeString(file, knownHostsLine(directory.resolve("impostor_ed25519.pub")));
        return file;
    }

    /** Options for the test user with password login and strict host-key checking against {@code knownHosts}. */
    DeviceOptions.Builder options(Path knownHosts) {
        return DeviceOptions.builder("127.0.0.1").port(port).username(user).password(password)
                .hostKeyPolicy(HostKeyPolicy.STRICT).knownHosts(knownHosts)
                .connectTimeout(Duration.ofSeconds(15)).rpcTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        for (Process process : processes) {
            stop(process);
        }
        if (userCreated) {
            runQuietly(List.of("/usr/sbin/userdel", "-f", user));
        }
        deleteRecursively(directory);
    }

    private void launch() throws Exception {
        createUser();
        generateKeys();
        Path yangDirectory = Files.createDirectories(directory.resolve("yang"));
        try (InputStream module = NetconfdServer.class.getResourceAsStream("/interop/jmcp-test.yang")) {
            Files.copy(module, yangDirectory.resolve("jmcp-test.yang"));
        }
        Path socket = directory.resolve("ncxserver.sock");
        Path sshdConfig = writeSshdConfig(socket);
        Files.createDirectories(Path.of("/run/sshd"));
        processes.add(startProcess("netconfd", List.of(NETCONFD, "--superuser=" + user,
                "--modpath=" + yangDirectory, "--module=jmcp-test", "--no-startup",
                "--port=" + port, "--ncxserver-sockname=" + socket,
                "--log=" + directory.resolve("netconfd.log"), "--log-level=info")));
        awaitFile(socket, "netconfd's socket");
        processes.add(startProcess("sshd", List.of(SSHD, "-D", "-f", sshdConfig.toString(),
                "-E", directory.resolve("sshd.log").toString())));
        awaitListening(port);
        awaitListening(refusingPort);
    }

    private void createUser() throws Exception {
        run(List.of("/usr/sbin/useradd", "-M", "-d", directory.toString(), "-s", "/bin/sh", user), null);
        userCreated = true;
        run(List.of("/usr/sbin/chpasswd"), user + ":" + password + "\n");
    }

    private void generateKeys() throws Exception {
        keygen("host_ed25519", "ed25519", "", false);
        keygen("impostor_ed25519", "ed25519", "", false);
        userKeys.put("rsa-openssh", keygen("rsa-openssh", "rsa", "", false));
        userKeys.put("rsa-pem", keygen("rsa-pem", "rsa", "", true));
        userKeys.put("ecdsa-openssh", keygen("ecdsa-openssh", "ecdsa", "", false));
        userKeys.put("ecdsa-pem", keygen("ecdsa-pem", "ecdsa", "", true));
        userKeys.put("ed25519-openssh", keygen("ed25519-openssh", "ed25519", "", false));
        userKeys.put("ed25519-openssh-passphrase", keygen("ed25519-openssh-passphrase", "ed25519", PASSPHRASE, false));
        userKeys.put("rsa-pem-passphrase", keygen("rsa-pem-passphrase", "rsa", PASSPHRASE, true));
        StringBuilder authorized = new StringBuilder();
        for (Path key : userKeys.values()) {
            authorized.append(Files.readString(Path.of(key + ".pub")).strip()).append('\n');
        }
        Files.writeString(directory.resolve("authorized_keys"), authorized);
    }

    private Path keygen(String name, String type, String passphrase, boolean pem) throws Exception {
        Path file = directory.resolve(name);
        List<String> command = new ArrayList<>(List.of("/usr/bin/ssh-keygen", "-q", "-t", type, "-N", passphrase,
                "-C", name, "-f", file.toString()));
        if (type.equals("rsa")) {
            command.addAll(List.of("-b", "2048"));
        }
        if (pem) {
            command.addAll(List.of("-m", "PEM"));
        }
        run(command, null);
        return file;
    }

    private Path writeSshdConfig(Path socket) throws IOException {
        String subsystem = SUBSYSTEM + " --ncxserver-sockname=" + port + "@" + socket
                + " --ncxserver-sockname=" + refusingPort + "@" + socket;
        String config = String.join("\n",
                "ListenAddress 127.0.0.1:" + port,
                "ListenAddress 127.0.0.1:" + refusingPort,
                "HostKey " + directory.resolve("host_ed25519"),
                "PidFile " + directory.resolve("sshd.pid"),
                "AuthorizedKeysFile " + directory.resolve("authorized_keys"),
                // The test directory lives under /tmp, which StrictModes would reject.
                "StrictModes no",
                "PasswordAuthentication yes",
                "PubkeyAuthentication yes",
                "KbdInteractiveAuthentication no",
                "UsePAM yes",
                "AllowUsers " + user,
                "AllowTcpForwarding yes",
                "LogLevel VERBOSE",
                "Subsystem netconf \"" + subsystem + "\"",
                "");
        Path file = directory.resolve("sshd_config");
        Files.writeString(file, config);
        return file;
    }

    private String knownHostsLine(Path publicKey) throws IOException {
        String[] key = Files.readString(publicKey).strip().split("\\s+");
        return "[127.0.0.1]:" + port + " " + key[0] + " " + key[1] + "\n";
    }

    private Process startProcess(String name, List<String> command) throws IOException {
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve(name + ".out").toFile())
                .start();
    }

    private void awaitFile(Path file, String what) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not appear within " + START_TIMEOUT + "; see " + directory);
            }
            Thread.sleep(50);
        }
    }

    private void awaitListening(int listeningPort) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listeningPort), 1000);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("sshd did not listen on port " + listeningPort + " within "
                            + START_TIMEOUT + "; see " + directory);
                }
                Thread.sleep(50);
            }
        }
    }

    private static void run(List<String> command, String input) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish within 30 s");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
        }
    }

    private static void runQuietly(List<String> command) {
        try {
            run(command, null);
        } catch (Exception | AssertionError e) {
            System.err.println("cleanup step failed: " + e.getMessage());
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
