package io.jmcp.examples.embedded;

import io.jmcp.netconf.CandidateEdit;
import io.jmcp.netconf.CommitOptions;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.EditMode;
import io.jmcp.netconf.error.HostKeyException;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.netconf.error.LockDeniedException;
import io.jmcp.netconf.NetconfClient;
import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.OutputFormat;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.reply.Facts;
import io.jmcp.netconf.reply.RoutingEngine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * junos-netconf-client used on its own, without jmcp: connect to a Junos device, print its facts,
 * the output of a command and its interface names (an XPath over the reply, whatever the Junos
 * release), then change its configuration the careful way: in a {@link CandidateEdit} (locked;
 * load, diff, commit check, commit confirmed, confirm; discarded and unlocked on any failure).
 *
 * <p>The change adds the configuration group {@value #EXAMPLE_GROUP}. Nothing applies the group
 * ({@code apply-groups}), so the device's behaviour does not change; delete the group afterwards
 * with {@code delete groups jmcp-embedded-example}.
 *
 * <pre>
 * java -jar jmcp-example-embedded-client.jar HOST PORT USER PASSWORD
 * </pre>
 * The device's SSH host key must be in {@code ~/.ssh/known_hosts}. Environment variables:
 * {@code JUNOS_HOST_KEY_POLICY} = {@code strict} (the default), {@code accept-new} (trust a new
 * host's key and record it) or {@code off} (labs and simulators only); {@code JUNOS_KNOWN_HOSTS}
 * = another known_hosts file.
 */
public final class EmbeddedClientExample {
    static final String EXAMPLE_GROUP = "jmcp-embedded-example";
    static final String CHANGE = "set groups " + EXAMPLE_GROUP
            + " interfaces lo0 description \"written by the jmcp embedded-client example\"";
    static final String COMMIT_COMMENT = "jmcp embedded-client example";
    /** Junos rolls the change back by itself unless it is confirmed within this time. */
    static final int CONFIRM_MINUTES = 5;
    static final String SHOW_COMMAND = "show system uptime";
    static final String INTERFACES = "<get-interface-information><terse/></get-interface-information>";
    private static final int INTERFACES_SHOWN = 8;

    static final int EXIT_OK = 0;
    static final int EXIT_DEVICE_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    private static final String USAGE = "usage: java -jar jmcp-example-embedded-client.jar HOST PORT USER PASSWORD";

    private final JunosDevice device;
    private final PrintStream out;

    private EmbeddedClientExample(JunosDevice device, PrintStream out) {
        this.device = device;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /**
     * Runs the example; returns the process exit code. Failures are reported on {@code err}, in
     * terms of what went wrong on which device, never with the password.
     */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        DeviceOptions options;
        try {
            options = options(args, environment);
        } catch (IllegalArgumentException badArguments) {
            err.println(badArguments.getMessage());
            err.println(USAGE);
            return EXIT_USAGE;
        }
        // The client owns the SSH threads: closing it leaves nothing running behind the program.
        try (NetconfClient client = NetconfClient.create(); JunosDevice device = client.connect(options)) {
            out.println("Connected to " + options.address() + " (NETCONF session " + device.session().sessionId() + ")");
            new EmbeddedClientExample(device, out).tour();
            return EXIT_OK;
        } catch (NetconfException failure) {
            err.println(options.address() + ": " + failure.getClass().getSimpleName() + ": " + failure.getMessage());
            if (failure instanceof HostKeyException) {
                err.println("To trust a new device's key and record it, set JUNOS_HOST_KEY_POLICY=accept-new.");
            }
            if (failure instanceof LockDeniedException denied) {
                err.println("The configuration is locked by " + denied.holder() + "; try again when it is released.");
            }
            return EXIT_DEVICE_FAILURE;
        }
    }

    /** The device options the command line and environment ask for. */
    static DeviceOptions options(String[] args, Map<String, String> environment) {
        if (args.length != 4) {
            throw new IllegalArgumentException("expected 4 arguments, got " + args.length);
        }
        DeviceOptions.Builder options = DeviceOptions.builder(args[0])
                .port(port(args[1]))
                .username(args[2])
                .password(args[3])
                .hostKeyPolicy(hostKeyPolicy(environment.get("JUNOS_HOST_KEY_POLICY")));
        String knownHosts = environment.get("JUNOS_KNOWN_HOSTS");
        if (knownHosts != null && !knownHosts.isBlank()) {
            options.knownHosts(Path.of(knownHosts));
        }
        return options.build();
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("PORT must be a number, got '" + text + "'");
        }
    }

    private static HostKeyPolicy hostKeyPolicy(String text) {
        if (text == null || text.isBlank()) {
            return HostKeyPolicy.STRICT;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "strict" -> HostKeyPolicy.STRICT;
            case "accept-new" -> HostKeyPolicy.ACCEPT_NEW;
            case "off" -> HostKeyPolicy.OFF;
            default -> throw new IllegalArgumentException(
                    "JUNOS_HOST_KEY_POLICY must be strict, accept-new or off, got '" + text + "'");
        };
    }

    private void tour() {
        printFacts(device.facts());
        out.println();
        out.println("> " + SHOW_COMMAND);
        out.println(device.command(SHOW_COMMAND, OutputFormat.TEXT).strip());
        out.println();
        printInterfaces(device.rpc(INTERFACES).xpath("//interface-information/physical-interface/name"));
        out.println();
        changeConfiguration();
    }

    private void printInterfaces(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(names.size(), INTERFACES_SHOWN)));
        out.println("interfaces:      " + names.size() + " (" + shown + (names.size() > INTERFACES_SHOWN ? ", ..." : "") + ")");
    }

    private void printFacts(Facts facts) {
        out.println("hostname:        " + facts.hostname());
        out.println("model:           " + facts.model());
        out.println("version:         " + facts.version());
        out.println("serial number:   " + facts.serialNumber());
        out.println("personality:     " + facts.personality());
        out.println("routing engines: " + facts.routingEngines().stream()
                .map(EmbeddedClientExample::describe).collect(Collectors.joining(", ")));
        out.println("uptime:          " + facts.uptime());
    }

    private static String describe(RoutingEngine engine) {
        return engine.name() + " " + engine.model() + (engine.isMaster() ? " (master)" : "");
    }

    /**
     * Holds the configuration lock throughout, so that nobody else's uncommitted change is
     * committed with ours; closing the edit discards whatever is left uncommitted (all of our
     * change, after a failure) and releases the lock.
     */
    private void changeConfiguration() {
        try (CandidateEdit edit = device.editCandidate(EditMode.EXCLUSIVE)) {
            out.println("> load: " + CHANGE);
            printWarnings(edit.load(CHANGE, ConfigFormat.SET, LoadAction.SET).warnings());
            String diff = edit.diff().strip();
            out.println(diff.isEmpty() ? "(no difference: the device already has this change)" : diff);
            printWarnings(edit.check().warnings());
            out.println("commit check: ok");
            printWarnings(edit.commit(CommitOptions.builder().comment(COMMIT_COMMENT)
                    .confirmedMinutes(CONFIRM_MINUTES).build()).warnings());
            out.println("commit confirmed: ok, rolled back in " + CONFIRM_MINUTES + " minutes unless confirmed");
            // A real program checks here that the change did no harm (the device still answers, its
            // BGP sessions are up) and simply does not confirm when it did.
            device.command(SHOW_COMMAND, OutputFormat.TEXT);
            edit.confirm();
            out.println("commit confirmed: confirmed");
        }
    }

    private void printWarnings(List<RpcError> warnings) {
        warnings.forEach(warning -> out.println("warning: " + warning.describe()));
    }
}
