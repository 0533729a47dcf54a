package io.jmcp.benchmarks.simulator;

import io.jmcp.netconf.CommitOptions;
import io.jmcp.benchmarks.Figures;
import io.jmcp.benchmarks.process.BenchmarkSetup;
import io.jmcp.benchmarks.process.ServerProcess;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;

/**
 * What jmcp's safe commit (issue 15) costs over a plain commit, on a simulated router in this JVM:
 * the NETCONF work of one configuration change as jmcp's change path sends it (lock, load, compare,
 * commit check, commit, discard, unlock, on an open session), once with a plain commit and once as a
 * safe commit (commit confirmed, the reachability proof: a new SSH connection, login, hello and
 * get-software-information, then the confirming commit). The two alternate, so that both see the
 * same machine; prints medians, the ratio and the JVM's CPU per change (client and router together).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.jmcp.benchmarks.simulator.SafeCommitCostHarness [changes]
 * </pre>
 * (200 changes of each kind unless told, after as many warm-up rounds.)
 */
public final class SafeCommitCostHarness {
    private static final int SAFE_COMMIT_MINUTES = 2;
    private static final String PROOF_RPC = "<get-software-information/>";

    private SafeCommitCostHarness() {
    }

    public static void main(String[] args) {
        BenchmarkSetup.quietLogging();
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        try (SimulatorFleet fleet = SimulatorFleet.start(1)) {
            DeviceOptions options = optionsFor(fleet.devices().get(0));
            try (JunosDevice session = JunosDevice.connect(options)) {
                run(session, options, changes, false);
                run(session, options, changes, true);
            }
        }
    }

    private static void run(JunosDevice session, DeviceOptions options, int changes, boolean report) {
        long[] plain = new long[changes];
        long[] safe = new long[changes];
        long plainCpu = 0;
        long safeCpu = 0;
        for (int i = 0; i < changes; i++) {
            ServerProcess.Counters before = ServerProcess.self().counters();
            long started = System.nanoTime();
            change(session, options, "plain-" + i, false);
            plain[i] = System.nanoTime() - started;
            ServerProcess.Counters between = ServerProcess.self().counters();
            started = System.nanoTime();
            change(session, options, "safe-" + i, true);
            safe[i] = System.nanoTime() - started;
            plainCpu += between.since(before).cpuNanos();
            safeCpu += ServerProcess.self().counters().since(between).cpuNanos();
        }
        if (report) {
            double plainMillis = Figures.median(plain) / 1e6;
            double safeMillis = Figures.median(safe) / 1e6;
            System.out.printf("plain commit: median %.2f ms, CPU %.2f ms per change%n", plainMillis,
                    plainCpu / 1e6 / changes);
            System.out.printf("safe commit (commit confirmed %d, new-session proof, confirm): median %.2f ms, "
                    + "CPU %.2f ms per change%n", SAFE_COMMIT_MINUTES, safeMillis, safeCpu / 1e6 / changes);
            System.out.printf("ratio safe/plain: wall %.2fx, CPU %.2fx (%d changes each, alternating)%n",
                    safeMillis / plainMillis, (double) safeCpu / plainCpu, changes);
        }
    }

    /** One change as jmcp's change path makes it; {@code safe} for the safe commit. */
    private static void change(JunosDevice session, DeviceOptions options, String description, boolean safe) {
        session.lock();
        try {
            session.loadConfiguration("set interfaces lo0 description " + description, ConfigFormat.SET,
                    LoadAction.SET);
            session.compareRollback(0);
            session.commitCheck();
            if (!safe) {
                session.commit(CommitOptions.comment("benchmark"));
                return;
            }
            session.commit(CommitOptions.builder().comment("benchmark").confirmedMinutes(SAFE_COMMIT_MINUTES).build());
            try (JunosDevice proof = JunosDevice.connect(options)) {
                proof.rpc(PROOF_RPC);
            }
            session.commit(CommitOptions.comment("benchmark [confirmed]"));
        } finally {
            session.discardChanges();
            session.unlock();
        }
    }

    private static DeviceOptions optionsFor(SimulatedDevice device) {
        return DeviceOptions.builder(device.host()).port(device.port()).username(DeviceSpec.DEFAULT_USER)
                .password(DeviceSpec.DEFAULT_PASSWORD).hostKeyPolicy(HostKeyPolicy.OFF).build();
    }
}
