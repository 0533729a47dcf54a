package io.jmcp.simulator.internal.ssh;

import java.io.IOException;

import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.subsystem.SubsystemFactory;

/** The SSH subsystem named {@code netconf}, as Junos offers it on port 830 and 22. */
final class NetconfSubsystemFactory implements SubsystemFactory {
    static final String NAME = "netconf";

    private final ChannelCommandFactory commands;

    NetconfSubsystemFactory(ChannelCommandFactory commands) {
        this.commands = commands;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Command createSubsystem(ChannelSession channel) throws IOException {
        return commands.create(channel);
    }

    /** Creates the command serving one channel. */
    @FunctionalInterface
    interface ChannelCommandFactory {
        Command create(ChannelSession channel) throws IOException;
    }
}
