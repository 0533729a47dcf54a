package io.jmcp.tokencli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import io.jmcp.core.auth.IssuedToken;
import io.jmcp.core.auth.TokenFile;
import io.jmcp.core.auth.TokenRecord;
import io.jmcp.core.auth.TokenStoreException;
import io.jmcp.core.spi.Scope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code jmcp-token-cli}: generate, list, show and revoke the bearer tokens of the jmcp HTTP server,
 * in the wording of the seed project's {@code jmcp_token_manager.py}. Results go to stdout, errors to
 * stderr with exit code 1. A running server picks up every change within a second.
 */
@Command(
        name = "jmcp-token-cli",
        description = "Manage the bearer tokens of the jmcp streamable-HTTP server.",
        synopsisSubcommandLabel = "(generate | list | show | revoke)",
        footer = {"", "Examples:",
                "  jmcp-token-cli generate --id vscode-dev --description \"VSCode dev\" --scope read",
                "  jmcp-token-cli list",
                "  jmcp-token-cli show --id vscode-dev",
                "  jmcp-token-cli revoke --id vscode-dev"})
public final class TokenCliMain {

    /** Every failure, from a bad option to an unusable token file, as the seed's tool did. */
    static final int FAILURE = 1;

    private static final String PREFIX_NOTE = "(only a salted hash of the token is stored; the token itself cannot be shown)";

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--file", paramLabel = "FILE", defaultValue = ".tokens", scope = ScopeType.INHERIT,
            description = "Token file (default: ${DEFAULT-VALUE} in the working directory).")
    private Path file;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with this tool's error handling: a one-line message on stderr, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new TokenCliMain());
        commandLine.setExitCodeExceptionMapper(exception -> FAILURE);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            String message = exception instanceof TokenStoreException ? exception.getMessage() : exception.toString();
            command.getErr().println("Error: " + message);
            return FAILURE;
        });
        return commandLine;
    }

    @Command(name = "generate", description = "Generate a new token. It is shown once and stored only as a salted hash.")
    void generate(
            @Option(names = "--id", required = true, paramLabel = "ID", description = "Unique name of the token.") String id,
            @Option(names = "--description", paramLabel = "TEXT", description = "What the token is for (default: Token for ID).")
            String description,
            @Option(names = "--scope", paramLabel = "read|config", converter = ScopeConverter.class,
                    description = "read: read-only tools only; config: every tool (default: config).") Scope scope) {
        IssuedToken issued = tokenFile().generate(id, description, scope);
        PrintWriter out = out();
        out.println("Generated new token:");
        out.println("  ID: " + issued.record().id());
        out.println("  Token: " + issued.token());
        out.println("  Description: " + issued.record().description());
        out.println("  Scope: " + issued.record().scope().wireName());
        out.println();
        out.println("Save this token securely - it won't be shown again!");
    }

    @Command(name = "list", description = "List the tokens (never their values).")
    void list() {
        TokenFile tokenFile = tokenFile();
        List<TokenRecord> tokens = tokenFile.list();
        if (tokens.isEmpty()) {
            out().println("No tokens found in " + tokenFile.path());
            return;
        }
        TokenTable.print(tokens, out());
        notePlainText(tokenFile, tokens);
    }

    @Command(name = "show", description = "Show a token's details and the first characters of the token.")
    void show(@Option(names = "--id", required = true, paramLabel = "ID", description = "Name of the token.") String id) {
        TokenFile tokenFile = tokenFile();
        TokenRecord token = tokenFile.find(id)
                .orElseThrow(() -> new TokenStoreException("Token ID '" + id + "' not found in " + tokenFile.path()));
        PrintWriter out = out();
        out.println("Token ID: " + token.id());
        out.println("Token prefix: " + token.prefix().map(prefix -> prefix + "... " + PREFIX_NOTE)
                .orElse("none: the token is too short to show any of it " + PREFIX_NOTE));
        out.println("Description: " + TokenTable.description(token));
        out.println("Scope: " + token.scope().wireName());
        out.println("Created: " + TokenTable.created(token));
        notePlainText(tokenFile, List.of(token));
    }

    @Command(name = "revoke", description = "Revoke (delete) a token. A running server rejects it within a second.")
    void revoke(@Option(names = "--id", required = true, paramLabel = "ID", description = "Name of the token.") String id) {
        TokenRecord revoked = tokenFile().revoke(id);
        out().println("Token '" + revoked.id() + "' has been revoked");
    }

    private void notePlainText(TokenFile tokenFile, List<TokenRecord> tokens) {
        long plainText = tokens.stream().filter(TokenRecord::plainTextOnDisk).count();
        if (plainText > 0) {
            spec.commandLine().getErr().println("Note: " + plainText + " token(s) in " + tokenFile.path()
                    + " are stored in plain text; the next generate or revoke replaces them with salted hashes.");
        }
    }

    private TokenFile tokenFile() {
        return new TokenFile(file);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
