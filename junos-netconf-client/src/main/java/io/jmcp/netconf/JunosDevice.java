package io.jmcp.netconf;

import io.jmcp.netconf.error.CommitException;
import io.jmcp.netconf.error.LoadException;
import io.jmcp.netconf.error.LockDeniedException;
import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.error.SessionLostException;
import io.jmcp.netconf.internal.JunosOutput;
import io.jmcp.netconf.internal.ReplyReader;
import io.jmcp.netconf.reply.Facts;
import io.jmcp.netconf.reply.FactsGatherer;
import io.jmcp.netconf.ssh.DeviceOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * A Junos device over NETCONF: operational commands, configuration reads, loads and commits, in
 * the shapes of the Junos XML API. Every caller-supplied string is escaped into the request.
 * Thread-safe (RPCs queue on the session); a {@code <rpc-error>} of severity error becomes an
 * {@link RpcErrorException} (a {@link LockDeniedException}, {@link LoadException} or {@link
 * CommitException} where that is what failed), warnings are kept in the results; a lost session
 * is a {@link SessionLostException}.
 *
 * <pre>{@code
 * try (NetconfClient client = NetconfClient.create();
 *      JunosDevice device = client.connect(options)) {
 *     String version = device.command("show version", OutputFormat.TEXT);
 *     List<String> names = device.rpc("<get-interface-information><terse/></get-interface-information>")
 *             .xpath("//physical-interface/name");
 *     try (CandidateEdit edit = device.editCandidate(EditMode.EXCLUSIVE)) {
 *         edit.load("set system host-name r1", ConfigFormat.SET, LoadAction.SET);
 *         edit.check();
 *         edit.commit(CommitOptions.builder().comment("rename").confirmedMinutes(5).build());
 *         edit.confirm();
 *     }
 * }
 * }</pre>
 */
public final class JunosDevice implements AutoCloseable {
    private final NetconfSession session;
    private final Duration timeout;

    private JunosDevice(NetconfSession session, Duration timeout) {
        this.session = session;
        this.timeout = timeout;
    }

    /**
     * Connects through the shared default client ({@link NetconfClient#shared()}), whose I/O
     * threads live as long as the JVM unless it is closed. Applications that start and stop (an
     * application server, a test, a tenant) should own a {@link NetconfClient} instead.
     */
    public static JunosDevice connect(DeviceOptions options) {
        return NetconfClient.shared().connect(options);
    }

    /** A device over a session opened by other means (another transport, a test peer). */
    public static JunosDevice on(NetconfSession session) {
        return new JunosDevice(session, session.defaultTimeout());
    }

    /**
     * A view of this device whose RPCs use {@code rpcTimeout}. It shares this device's session:
     * closing either closes both.
     */
    public JunosDevice withTimeout(Duration rpcTimeout) {
        if (rpcTimeout == null || rpcTimeout.isZero() || rpcTimeout.isNegative()) {
            throw new IllegalArgumentException("rpcTimeout must be positive, was " + rpcTimeout);
        }
        return new JunosDevice(session, rpcTimeout);
    }

    /** The NETCONF session, for standard operations and capabilities. */
    public NetconfSession session() {
        return session;
    }

    /**
     * Runs an operational CLI command, e.g. {@code show route summary}. TEXT gives the CLI's
     * output, XML the reply's data elements, JSON the JSON document Junos renders.
     */
    public String command(String cli, OutputFormat format) {
        RpcReply reply = rpc(JunosRequests.command(cli, Objects.requireNonNull(format, "format")));
        return switch (format) {
            case TEXT -> textOf(reply);
            case XML -> dataXmlOf(reply);
            case JSON -> reply.bodyText();
        };
    }

    /** Runs a command on a Packet Forwarding Engine ({@code target}, e.g. {@code fpc0}) and returns its text output. */
    public String pfeCommand(String target, String command) {
        return textOf(rpc(JunosRequests.pfeCommand(target, command)));
    }

    /**
     * Reads the configuration.
     *
     * @param sectionPathOrNull a path as {@code show configuration} takes it ({@code protocols bgp}, {@code interfaces ge-0/0/0}), or null for all
     */
    public String getConfiguration(ConfigFormat format, ConfigDatabase database, String sectionPathOrNull) {
        RpcReply reply = rpc(JunosRequests.getConfiguration(Objects.requireNonNull(format, "format"),
                Objects.requireNonNull(database, "database"), sectionPathOrNull));
        return switch (format) {
            case TEXT, SET -> textOf(reply);
            case XML -> reply.bodyXml();
            case JSON -> reply.bodyText();
        };
    }

    /** The candidate against the active configuration in {@code show | compare} form; "" when they are equal. */
    public String diff() {
        return compareRollback(0);
    }

    /** The candidate against rollback {@code n} (0 to 49) in {@code show | compare} form; "" when they are equal. */
    public String compareRollback(int n) {
        return textOf(rpc(JunosRequests.compareRollback(n)));
    }

    /**
     * Loads configuration into the candidate (or the private candidate after {@link #openPrivate()}).
     *
     * @param format TEXT (curly braces), SET (set/delete lines), XML or JSON
     * @param action how the payload combines with the candidate; set lines take SET (or MERGE)
     * @throws LoadException with every error Junos found in the payload
     */
    public LoadResult loadConfiguration(String payload, ConfigFormat format, LoadAction action) {
        String request = JunosRequests.loadConfiguration(payload, Objects.requireNonNull(format, "format"),
                Objects.requireNonNull(action, "action"));
        return new LoadResult(load(request).warnings());
    }

    /**
     * Replaces the candidate with rollback {@code n} (0 to 49).
     *
     * @throws LoadException when the device has no such rollback
     */
    public void loadRollback(int n) {
        load(JunosRequests.loadRollback(n));
    }

    /**
     * A transaction on the candidate configuration: locked ({@link EditMode#EXCLUSIVE}) or private,
     * and left clean by {@link CandidateEdit#close()} whatever happens.
     *
     * @throws LockDeniedException when another session holds the lock
     */
    public CandidateEdit editCandidate(EditMode mode) {
        return CandidateEdit.open(this, mode);
    }

    /**
     * Validates the candidate without committing it.
     *
     * @throws CommitException with what Junos found
     */
    public CommitResult commitCheck() {
        return commit(CommitOptions.checkOnly());
    }

    /**
     * Commits (or only checks) the candidate as {@code options} say.
     *
     * @throws CommitException with what Junos found; the candidate still holds the change
     */
    public CommitResult commit(CommitOptions options) {
        String request = JunosRequests.commit(Objects.requireNonNull(options, "options"));
        try {
            return new CommitResult(rpc(request).warnings());
        } catch (RpcErrorException refused) {
            throw new CommitException(refused.errors());
        }
    }

    /** Confirms a pending {@code commit confirmed}. */
    public void confirmCommit() {
        commit(CommitOptions.DEFAULT);
    }

    /**
     * Locks the candidate configuration against other users.
     *
     * @throws LockDeniedException when another session holds it or the candidate holds uncommitted changes
     */
    public void lock() {
        requestLock(JunosRequests.LOCK);
    }

    public void unlock() {
        rpc(JunosRequests.UNLOCK);
    }

    /** Opens a private candidate: changes stay this session's until committed. */
    public void openPrivate() {
        requestLock(JunosRequests.OPEN_PRIVATE);
    }

    public void closePrivate() {
        rpc(JunosRequests.CLOSE_PRIVATE);
    }

    /** Drops the uncommitted changes of the candidate. */
    public void discardChanges() {
        rpc(JunosRequests.DISCARD_CHANGES);
    }

    /** Hostname, model, version, serial number, routing engines, uptime: read from the device now. */
    public Facts facts() {
        return FactsGatherer.gather(request -> rpc(request).openStream());
    }

    /**
     * Sends any RPC, e.g. {@code <get-route-information/>}.
     *
     * @throws RpcErrorException when the reply carries errors (warnings stay in the reply)
     */
    public RpcReply rpc(String requestXml) {
        return session.rpc(requestXml, timeout);
    }

    /** Whether the session is open; sends nothing. */
    public boolean isAlive() {
        return session.isOpen();
    }

    /** Sends a request that takes the configuration lock, reporting a refusal as {@link LockDeniedException}. */
    RpcReply requestLock(String request) {
        try {
            return rpc(request);
        } catch (RpcErrorException refused) {
            throw LockDeniedException.classify(refused);
        }
    }

    private RpcReply load(String request) {
        try {
            return rpc(request);
        } catch (RpcErrorException refused) {
            throw new LoadException(refused.errors());
        }
    }

    @Override
    public void close() {
        session.close();
    }

    @Override
    public String toString() {
        return "JunosDevice[" + session.peer() + "]";
    }

    /** The reply's data, without the {@code <cli>} banner Junos appends to command replies. */
    private static String dataXmlOf(RpcReply reply) {
        try {
            return ReplyReader.bodyXml(reply.openStream(), Set.of("cli"));
        } catch (XMLStreamException e) {
            throw reply.malformed(e);
        }
    }

    private static String textOf(RpcReply reply) {
        try {
            return JunosOutput.text(reply.openStream()).orElseGet(reply::bodyText);
        } catch (XMLStreamException e) {
            throw reply.malformed(e);
        }
    }
}
