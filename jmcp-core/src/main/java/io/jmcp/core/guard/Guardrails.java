package io.jmcp.core.guard;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.command.JunosWords;
import io.jmcp.netconf.config.SetCommands;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seed's block lists: {@code block.cmd} for operational commands, {@code block.cfg} for
 * configuration, one regex per line. Every command path and every configuration path of the
 * server goes through {@link #checkCommand} or {@link #checkConfig}.
 *
 * <p>Each file is looked up in the given directories in order (the server passes the working
 * directory, then the devices file's directory, as the seed does). When no directory has it,
 * the defaults shipped in the jar apply: reboot, halt, power-cycle, power-off and zeroize
 * commands; root-authentication and users' authentication changes. A file that exists but
 * cannot be read or holds an invalid regex is an error naming it: the guardrails fail closed.
 */
public final class Guardrails {
    public static final String COMMAND_FILE = "block.cmd";
    public static final String CONFIG_FILE = "block.cfg";

    private static final Logger log = LoggerFactory.getLogger(Guardrails.class);

    private final List<CommandRule> commandRules;
    private final List<ConfigRule> configRules;
    private final GuardOptions options;

    private Guardrails(List<BlockPattern> commandPatterns, List<BlockPattern> configPatterns) {
        this(commandPatterns.stream().map(CommandRule::compile).toList(),
                configPatterns.stream().map(ConfigRule::compile).toList(), GuardOptions.defaults());
    }

    private Guardrails(List<CommandRule> commandRules, List<ConfigRule> configRules, GuardOptions options) {
        this.commandRules = commandRules;
        this.configRules = configRules;
        this.options = options;
    }

    /** These guardrails with {@code options} instead of the defaults. */
    public Guardrails withOptions(GuardOptions options) {
        return new Guardrails(commandRules, configRules, Objects.requireNonNull(options, "options"));
    }

    public GuardOptions options() {
        return options;
    }

    /**
     * Loads block.cmd and block.cfg from the first of {@code directories} holding each, or the
     * shipped defaults.
     *
     * @throws BlockListException naming the file (and line) that is unreadable or invalid
     */
    public static Guardrails load(List<Path> directories) {
        return new Guardrails(locate(COMMAND_FILE, directories), locate(CONFIG_FILE, directories));
    }

    /** Guardrails from two given files, neither of which may be missing. */
    public static Guardrails fromFiles(Path commandFile, Path configFile) {
        return new Guardrails(BlockFile.read(commandFile), BlockFile.read(configFile));
    }

    /** The defaults shipped in the jar. */
    public static Guardrails defaults() {
        return new Guardrails(BlockFile.shippedDefault(COMMAND_FILE), BlockFile.shippedDefault(CONFIG_FILE));
    }

    private static List<BlockPattern> locate(String fileName, List<Path> directories) {
        Optional<Path> found = directories.stream().map(directory -> directory.resolve(fileName))
                .filter(Guardrails::present).findFirst();
        List<BlockPattern> patterns = found.map(BlockFile::read).orElseGet(() -> BlockFile.shippedDefault(fileName));
        String origin = found.map(Path::toString).orElse("the built-in defaults");
        if (patterns.isEmpty()) {
            log.warn("Guardrails: {} from {} has no patterns: nothing is blocked", fileName, origin);
        } else {
            log.info("Guardrails: {} {} patterns from {}", patterns.size(), fileName, origin);
        }
        return patterns;
    }

    // A file whose existence cannot be determined (e.g. a broken link) counts as present, so that
    // reading it fails loudly instead of the defaults quietly replacing it.
    private static boolean present(Path file) {
        return !Files.notExists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Refuses an operational command matched by block.cmd: the whole command, each line of it,
     * and each part between pipes ({@code show log | request message all}), with whitespace
     * normalised, quotes removed and keywords abbreviated as Junos allows.
     *
     * @throws BlockedException naming the command, the pattern, and its file and line
     */
    public void checkCommand(String command) {
        String normalized = JunosText.normalize(command);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(normalized);
        for (String line : JunosText.lines(command)) {
            for (String segment : JunosText.pipeSegments(line)) {
                forms.add(String.join(" ", JunosWords.split(segment)));
            }
        }
        for (CommandRule rule : commandRules) {
            if (forms.stream().anyMatch(rule::matches)) {
                throw new BlockedException(BlockedException.Kind.COMMAND, normalized, rule.source());
            }
        }
    }

    /**
     * Refuses a configuration with any line matched by block.cfg. Text, XML and JSON are first
     * turned into the {@code set}/{@code delete}/{@code activate}/{@code deactivate} lines a load
     * would apply; set payloads are checked both as written and as those lines. A statement
     * inside a configuration group is also checked as the statement the group would apply.
     *
     * @throws BlockedException naming the first offending line, the pattern, its file and line
     * @throws io.jmcp.netconf.config.ConfigSyntaxException when the payload cannot be parsed
     */
    public void checkConfig(String payload, ConfigFormat format) {
        if (format == ConfigFormat.SET) {
            checkConfigLines(JunosText.lines(payload));
        }
        checkConfigLines(SetCommands.of(payload, format));
    }

    /**
     * Refuses a change for what it does to the router ({@link ChangeEffect}): every block.cfg
     * pattern against the statements that appear and disappear between {@code before} and
     * {@code after}, after the lock-out protection for {@code access} (unless turned off).
     *
     * @param before the router's configuration before the load, groups inherited
     * @param after  the candidate after the load, groups inherited
     * @param access how jmcp reaches this router
     * @throws BlockedException naming the statement, what the change does to it and the pattern
     * @throws LockoutException when the change would take away {@code access}
     */
    public void checkChange(RouterConfiguration before, RouterConfiguration after, ManagementAccess access) {
        if (options.lockoutProtection()) {
            LockoutCheck.check(access, before, after);
        }
        ChangeEffect.check(configRules, before, after);
    }

    private void checkConfigLines(List<String> lines) {
        for (String line : lines) {
            String normalized = JunosText.normalize(line);
            if (normalized.isEmpty() || normalized.startsWith("#")) {
                continue;
            }
            List<List<String>> readings = readings(line);
            for (ConfigRule rule : configRules) {
                if (readings.stream().anyMatch(rule::matches)) {
                    throw new BlockedException(BlockedException.Kind.CONFIGURATION, normalized, rule.source());
                }
            }
        }
    }

    /**
     * The ways Junos could read a line: words as written (the seed's), words with quotes
     * removed, and for a line inside a configuration group ({@code set groups G system ...}) the
     * line the group applies through {@code apply-groups} ({@code set system ...}).
     */
    private static List<List<String>> readings(String line) {
        List<List<String>> readings = new ArrayList<>();
        for (List<String> words : List.of(JunosText.words(line), JunosWords.split(line))) {
            readings.add(words);
            if (words.size() > 3 && Keywords.abbreviates(words.get(1), "groups")) {
                List<String> applied = new ArrayList<>();
                applied.add(words.get(0));
                applied.addAll(words.subList(3, words.size()));
                readings.add(applied);
            }
        }
        return readings;
    }
}
