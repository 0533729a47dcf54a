package io.jmcp.server.http;

import io.jmcp.core.auth.TokenStore;
import io.jmcp.core.auth.TokenStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who may use the server, decided at startup, failing closed: the tokens of the token file, or
 * (only when that file does not exist, {@code --allow-unauthenticated-http} is given and the
 * server listens on loopback) everyone on this machine.
 */
final class AccessPolicy {
    private static final Logger log = LoggerFactory.getLogger(AccessPolicy.class);
    static final String TOKEN_CLI = "java -jar jmcp-token-cli/target/jmcp-token-cli.jar";

    private AccessPolicy() {
    }

    /**
     * @throws IllegalArgumentException saying why the server must not start and what to do
     */
    static RequestAuthenticator decide(Path tokenFile, boolean allowUnauthenticated, BindAddress bind) {
        if (allowUnauthenticated && !bind.isLoopback()) {
            throw new IllegalArgumentException("--allow-unauthenticated-http is only allowed when listening on loopback "
                    + "(-H 127.0.0.1, ::1 or localhost), not on " + bind.host() + ": anyone who can reach " + bind.host()
                    + " could run commands on your routers. Create a token instead: " + TOKEN_CLI + " generate --id NAME");
        }
        if (Files.exists(tokenFile)) {
            if (allowUnauthenticated) {
                log.warn("--allow-unauthenticated-http is ignored: the token file {} exists, so its tokens are required",
                        tokenFile);
            }
            return new BearerTokenAuthenticator(open(tokenFile));
        }
        if (!allowUnauthenticated) {
            throw new IllegalArgumentException("No token file at " + tokenFile.toAbsolutePath() + ": the HTTP server does "
                    + "not start without authentication. Create a token with: " + TOKEN_CLI + " generate --id NAME"
                    + " --file " + tokenFile + " (or point --tokens at your token file). For a quick local test only, "
                    + "--allow-unauthenticated-http serves a loopback address without tokens.");
        }
        log.warn("**********************************************************************************");
        log.warn("AUTHENTICATION IS OFF (--allow-unauthenticated-http): any program on this machine");
        log.warn("can run every tool on your routers, configuration changes included.");
        log.warn("Use this for local testing only. Create a token with: {} generate --id NAME", TOKEN_CLI);
        log.warn("**********************************************************************************");
        return new UnauthenticatedAccess();
    }

    private static TokenStore open(Path tokenFile) {
        try {
            return TokenStore.open(tokenFile);
        } catch (TokenStoreException unusable) {
            throw new IllegalArgumentException(unusable.getMessage() + ". The HTTP server does not start without "
                    + "usable tokens; fix the file or make a new one with: " + TOKEN_CLI + " generate --id NAME", unusable);
        }
    }
}
