package io.jmcp.netconf.ssh;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.client.config.hosts.ConfigFileHostEntryResolver;
import org.apache.sshd.client.config.hosts.HostConfigEntry;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.common.AttributeRepository;

/**
 * Resolves a host through its device's OpenSSH client configuration file, when it has one
 * (HostName, Port, User, IdentityFile, ProxyJump), for the target and for every jump host. A
 * device without one gets no implicit {@code ~/.ssh/config}: what it connects to is what its
 * options say. The port and user of the device's options win over the file's, as on the ssh
 * command line; jump hosts take theirs from the file.
 */
final class DeviceHostConfigResolver implements HostConfigEntryResolver {
    private final Map<Path, ConfigFileHostEntryResolver> resolversByFile = new ConcurrentHashMap<>();

    @Override
    public HostConfigEntry resolveEffectiveHost(String host, int port, SocketAddress localAddress, String username,
            String proxyJump, AttributeRepository context) throws IOException {
        ConnectAttempt attempt = ConnectAttempt.of(context);
        if (attempt == null || attempt.sshConfig() == null) {
            return null;
        }
        return resolversByFile.computeIfAbsent(attempt.sshConfig(), ConfigFileHostEntryResolver::new)
                .resolveEffectiveHost(host, port, localAddress, username, proxyJump, context);
    }
}
