package io.jmcp.tools;

import static org.assertj.core.api.Assertions.assertThat;
import io.jmcp.testfixtures.tools.SimulatedToolContext;

import io.jmcp.core.guard.BlockedException;
import io.jmcp.core.guard.GuardOptions;
import io.jmcp.core.guard.Guardrails;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The adversarial catalogue against a simulated router whose owner committed root and user
 * authentication first (users whose names have spaces, quotes and Unicode): every format (set,
 * text, xml, json, template) times every spelling of a change to a protected statement (delete,
 * deactivate, inactive, replace, override, groups, wildcards, rename, copy, insert, rollback),
 * the lock-out cases, and commands of more than one line. Each case asserts the committed
 * configuration afterwards: unchanged (refused by jmcp, or nothing new loaded by the router). A few allowed changes prove the router
 * still takes ordinary work (each is undone by the owner afterwards).
 */
class GuardrailsAdversarialTest {
    private static final String ROUTER = "adversary";
    private static final List<String> NAMES = List.of("admin", "ops admin", "say \"hi\"", "ünï cödé", "опер атор");
    private static final String EVIL = "\"$6$evil\"";
    private static final String TRIED = "cases tried";
    private static final Map<String, AtomicInteger> TALLY = new LinkedHashMap<>();

    private static SimulatorFleet fleet;
    private static SimulatedDevice router;
    private static SimulatedToolContext context;
    private static JunosDevice owner;
    private static String baseline;
    private static int baselineCommits;

    @BeforeAll
    static void routerWithAuthenticationCommittedByItsOwner() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.builder(ROUTER).build()));
        router = fleet.device(ROUTER);
        owner = JunosDevice.connect(DeviceOptions.builder(router.host()).port(router.port())
                .username(DeviceSpec.DEFAULT_USER).password(DeviceSpec.DEFAULT_PASSWORD)
                .hostKeyPolicy(HostKeyPolicy.OFF).build());
        // History: rollback 3 the boot configuration, 2 without NETCONF, 1 root authentication only.
        ownerCommits("delete system services netconf");
        ownerCommits("set system services netconf ssh\nset system root-authentication encrypted-password \"$6$root\"");
        StringBuilder users = new StringBuilder();
        int uid = 3000;
        for (String name : NAMES) {
            users.append("set system login user ").append(quoted(name)).append(" uid ").append(uid++).append('\n')
                    .append("set system login user ").append(quoted(name)).append(" class super-user\n")
                    .append("set system login user ").append(quoted(name))
                    .append(" authentication encrypted-password \"$6$").append(uid).append("\"\n");
        }
        ownerCommits(users.toString());
        baseline = committed();
        baselineCommits = router.rollbackHistory().size();
        context = SimulatedToolContext.on(fleet, Guardrails.defaults());
    }

    @AfterAll
    static void stop() {
        System.out.println("Guardrails adversarial catalogue: " + TALLY);
        if (context != null) {
            context.close();
        }
        if (owner != null) {
            owner.close();
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> catalogue() {
        List<DynamicTest> tests = new ArrayList<>();
        // Rollback first: the history is as the owner left it.
        for (int version = 1; version <= 3; version++) {
            tests.add(refused("rollback " + version, new RollbackConfig(), Map.of("version", version)));
        }
        for (Target target : targets()) {
            for (Spelling spelling : spellings()) {
                String payload = spelling.payload().apply(target);
                if (payload == null) {
                    continue;
                }
                String name = spelling.format() + " " + spelling.name() + " " + target.label();
                tests.add(refused(name, new LoadAndCommitConfig(), load(payload, spelling)));
                boolean templated = spelling.format() == ConfigFormat.SET || spelling.format() == ConfigFormat.TEXT;
                if (templated && (spelling.action() == null || spelling.action() == LoadAction.REPLACE)) {
                    tests.add(refused("template " + name, new RenderAndApplyJ2Template(), template(target, payload,
                            spelling)));
                }
            }
        }
        lockoutCases().forEach((name, arguments) -> tests.add(refusedForLockout(name, arguments, context)));
        // Lock-out protection alone, as on a router with no authentication for block.cfg to guard.
        SimulatedToolContext withoutPatterns = context.withGuardrails(noPatterns());
        lockoutCases().forEach((name, arguments) -> tests.add(refusedForLockout(name + " (empty block.cfg)",
                arguments, withoutPatterns)));
        tests.addAll(multiLineCommands());
        tests.addAll(runawayTemplates());
        tests.addAll(authenticationFromAGroup());
        tests.addAll(allowedChanges());
        return tests.stream();
    }

    // ---- targets and spellings ----

    /** A protected statement: a user's authentication (by name) or root's. */
    record Target(String label, String setPath, String leaf, Function<String, String> text,
            Function<String, String> xml, Function<String, String> json, String user) {

        boolean isUser() {
            return user != null;
        }
    }

    private static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("root", "system", "root-authentication", inner -> "system { " + inner + " }",
                inner -> "<configuration><system>" + inner + "</system></configuration>",
                inner -> "{\"configuration\":{\"system\":{" + inner + "}}}", null));
        for (String name : NAMES) {
            String q = quoted(name);
            targets.add(new Target("user " + q, "system login user " + q, "authentication",
                    inner -> "system { login { user " + q + " { " + inner + " } } }",
                    inner -> "<configuration><system><login><user><name>" + xmlEscaped(name) + "</name>" + inner
                            + "</user></login></system></configuration>",
                    inner -> "{\"configuration\":{\"system\":{\"login\":{\"user\":[{\"name\":" + jsonString(name)
                            + "," + inner + "}]}}}}", name));
        }
        return targets;
    }

    /** One way of writing a change to a target, in one format; a null payload when it does not apply. */
    record Spelling(ConfigFormat format, String name, LoadAction action, Function<Target, String> payload) {
    }

    private static Spelling set(String name, Function<Target, String> payload) {
        return new Spelling(ConfigFormat.SET, name, null, payload);
    }

    private static List<Spelling> spellings() {
        List<Spelling> spellings = new ArrayList<>();
        // set
        spellings.add(set("delete", t -> "delete " + t.setPath() + " " + t.leaf()));
        spellings.add(set("delete value", t -> "delete " + t.setPath() + " " + t.leaf() + " encrypted-password"));
        spellings.add(set("delete abbreviated", t -> "del " + t.setPath().replace("system", "sys")
                .replace("login", "log") + " " + t.leaf().substring(0, 6)));
        spellings.add(set("delete with tabs and no-break spaces", t -> "delete\t" + t.setPath().replace("system ",
                "system\u00a0") + "\u2003" + t.leaf()));
        spellings.add(set("delete parent", t -> t.isUser() ? "delete " + t.setPath() : "delete system"));
        spellings.add(set("delete login", t -> t.isUser() ? "delete system login" : null));
        spellings.add(set("deactivate", t -> "deactivate " + t.setPath() + " " + t.leaf()));
        spellings.add(set("deactivate parent", t -> t.isUser() ? "deactivate " + t.setPath() : "deactivate system"));
        spellings.add(set("deactivate login", t -> t.isUser() ? "deactivate system login" : null));
        spellings.add(set("deactivate abbreviated", t -> "deact sys"));
        spellings.add(set("replace value", t -> "set " + t.setPath() + " " + t.leaf() + " encrypted-password " + EVIL));
        spellings.add(set("add key", t -> "set " + t.setPath() + " " + t.leaf()
                + " ssh-ed25519 \"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEvil evil@x\""));
        spellings.add(set("groups", t -> "set groups evil " + t.setPath() + " " + t.leaf() + " encrypted-password "
                + EVIL + "\nset apply-groups evil"));
        spellings.add(set("groups at system level", t -> "set groups evil " + t.setPath() + " " + t.leaf()
                + " encrypted-password " + EVIL + "\nset system apply-groups evil"));
        spellings.add(set("wildcards", t -> t.isUser()
                ? "set groups evil system login user <*> authentication encrypted-password " + EVIL
                + "\nset apply-groups evil"
                : "set groups evil system <*> encrypted-password " + EVIL + "\nset apply-groups evil"));
        spellings.add(set("new user through wildcards", t -> "set groups evil system login user <*> authentication "
                + "encrypted-password " + EVIL + "\nset apply-groups evil\nset system login user intruder class "
                + "super-user"));
        spellings.add(set("rename", t -> t.isUser() ? "rename " + t.setPath() + " to user renamed" : null));
        spellings.add(set("copy", t -> t.isUser() ? "copy " + t.setPath() + " to user copied" : null));
        spellings.add(set("insert", t -> t.isUser() ? "copy " + t.setPath() + " to user copied\ninsert system login "
                + "user copied before user " + quoted(t.user()) : null));
        spellings.add(set("deactivate then activate elsewhere", t -> "deactivate " + t.setPath() + " " + t.leaf()
                + "\nactivate interfaces"));
        // text
        spellings.add(text("delete tag", LoadAction.REPLACE, t -> t.text().apply("delete: " + t.leaf() + ";")));
        spellings.add(text("inactive", LoadAction.REPLACE, t -> t.text().apply("inactive: " + t.leaf()
                + " { encrypted-password " + EVIL + "; }")));
        spellings.add(text("inactive parent", LoadAction.REPLACE, t -> t.isUser()
                ? "system { login { inactive: user " + quoted(t.user()) + " { class super-user; } } }"
                : "inactive: system { host-name adversary; }"));
        spellings.add(text("replace tag", LoadAction.REPLACE, t -> t.text().apply("replace: " + t.leaf()
                + " { encrypted-password " + EVIL + "; }")));
        spellings.add(text("replace parent", LoadAction.REPLACE, t -> "system { replace: login { user jmcp { uid 2000; "
                + "class super-user; } } }"));
        spellings.add(text("merge value", LoadAction.MERGE, t -> t.text().apply(t.leaf() + " { encrypted-password "
                + EVIL + "; }")));
        spellings.add(text("override keeping jmcp's access", LoadAction.OVERRIDE, t -> "system { host-name adversary; "
                + "login { user jmcp { uid 2000; class super-user; } } services { ssh; netconf { ssh; } } }"));
        spellings.add(text("groups", LoadAction.REPLACE, t -> "groups { evil { " + t.text().apply(t.leaf()
                + " { encrypted-password " + EVIL + "; }") + " } } apply-groups evil;"));
        spellings.add(text("wildcards", LoadAction.REPLACE, t -> "groups { evil { system { login { user <*> { "
                + "authentication { encrypted-password " + EVIL + "; } } } } } apply-groups evil;"));
        // xml
        spellings.add(xml("delete attribute", LoadAction.REPLACE, t -> t.xml().apply("<" + t.leaf()
                + " delete=\"delete\"/>")));
        spellings.add(xml("netconf operation delete", LoadAction.MERGE, t -> t.xml().apply("<" + t.leaf()
                + " xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"delete\"/>")));
        spellings.add(xml("inactive", LoadAction.REPLACE, t -> t.xml().apply("<" + t.leaf() + " inactive=\"inactive\">"
                + "<encrypted-password>$6$evil</encrypted-password></" + t.leaf() + ">")));
        spellings.add(xml("inactive parent", LoadAction.REPLACE, t -> t.isUser()
                ? "<configuration><system><login><user inactive=\"inactive\"><name>" + xmlEscaped(t.user())
                + "</name></user></login></system></configuration>"
                : "<configuration><system inactive=\"inactive\"/></configuration>"));
        spellings.add(xml("replace attribute", LoadAction.REPLACE, t -> t.xml().apply("<" + t.leaf()
                + " replace=\"replace\"><encrypted-password>$6$evil</encrypted-password></" + t.leaf() + ">")));
        spellings.add(xml("merge value", LoadAction.MERGE, t -> t.xml().apply("<" + t.leaf()
                + "><encrypted-password>$6$evil</encrypted-password></" + t.leaf() + ">")));
        spellings.add(xml("override keeping jmcp's access", LoadAction.OVERRIDE, t -> "<configuration><system>"
                + "<host-name>adversary</host-name><login><user><name>jmcp</name><uid>2000</uid><class>super-user"
                + "</class></user></login><services><ssh/><netconf><ssh/></netconf></services></system>"
                + "</configuration>"));
        spellings.add(xml("groups", LoadAction.REPLACE, t -> t.xml().apply("<" + t.leaf()
                + "><encrypted-password>$6$evil</encrypted-password></" + t.leaf() + ">")
                .replace("<configuration>", "<configuration><groups><name>evil</name>")
                .replace("</system></configuration>", "</system></groups><apply-groups>evil</apply-groups>"
                        + "</configuration>")));
        spellings.add(xml("rename attribute", LoadAction.REPLACE, t -> t.isUser()
                ? "<configuration><system><login><user rename=\"rename\" name=\"renamed\"><name>" + xmlEscaped(t.user())
                + "</name></user></login></system></configuration>" : null));
        // json
        spellings.add(json("delete operation", LoadAction.REPLACE, t -> t.json().apply("\"" + t.leaf()
                + "\":{\"@\":{\"operation\":\"delete\"}}")));
        spellings.add(json("inactive", LoadAction.REPLACE, t -> t.json().apply("\"" + t.leaf()
                + "\":{\"@\":{\"inactive\":true},\"encrypted-password\":\"$6$evil\"}")));
        spellings.add(json("merge value", LoadAction.MERGE, t -> t.json().apply("\"" + t.leaf()
                + "\":{\"encrypted-password\":\"$6$evil\"}")));
        spellings.add(json("override keeping jmcp's access", LoadAction.OVERRIDE, t -> "{\"configuration\":{\"system\":"
                + "{\"host-name\":\"adversary\",\"login\":{\"user\":[{\"name\":\"jmcp\",\"uid\":2000,\"class\":"
                + "\"super-user\"}]},\"services\":{\"ssh\":[null],\"netconf\":{\"ssh\":[null]}}}}}"));
        spellings.add(json("groups", LoadAction.REPLACE, t -> "{\"configuration\":{\"groups\":[{\"name\":\"evil\","
                + t.json().apply("\"" + t.leaf() + "\":{\"encrypted-password\":\"$6$evil\"}")
                .replaceFirst("^\\{\"configuration\":\\{", "").replaceFirst("}}$", "")
                + "}],\"apply-groups\":[\"evil\"]}}"));
        return spellings;
    }

    private static Spelling text(String name, LoadAction action, Function<Target, String> payload) {
        return new Spelling(ConfigFormat.TEXT, name, action, payload);
    }

    private static Spelling xml(String name, LoadAction action, Function<Target, String> payload) {
        return new Spelling(ConfigFormat.XML, name, action, payload);
    }

    private static Spelling json(String name, LoadAction action, Function<Target, String> payload) {
        return new Spelling(ConfigFormat.JSON, name, action, payload);
    }

    private static Map<String, Object> load(String payload, Spelling spelling) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("config_text", payload);
        arguments.put("config_format", spelling.format().name().toLowerCase());
        if (spelling.action() != null) {
            arguments.put("action", spelling.action().name().toLowerCase());
        }
        return arguments;
    }

    /** The same payload from a template, the protected word coming from the variables. */
    private static Map<String, Object> template(Target target, String payload, Spelling spelling) {
        String word = target.isUser() ? quoted(target.user()) : target.leaf();
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("template_content", payload.replace(word, "{{ who }}"));
        arguments.put("vars_content", "who: '" + word.replace("'", "''") + "'");
        arguments.put("config_format", spelling.format().name().toLowerCase());
        arguments.put("apply_config", true);
        return arguments;
    }

    // ---- lock-out, commands, allowed changes ----

    private static Map<String, Map<String, Object>> lockoutCases() {
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        for (String change : List.of("delete system services netconf", "delete system services",
                "deactivate system services netconf ssh", "deactivate system services", "deactivate system login",
                "set system services netconf ssh port 1830", "delete system login user jmcp",
                "deactivate system login user jmcp", "set system login user jmcp class read-only",
                "delete system login user jmcp class", "rename system login user jmcp to user jmcp2",
                "delete system login", "delete system")) {
            cases.put("lock-out set " + change, Map.of("config_text", change));
        }
        cases.put("lock-out text override without system", Map.of("config_text",
                "interfaces { lo0 { unit 0 { family inet { address 10.9.9.9/32; } } } }", "config_format", "text",
                "action", "override"));
        cases.put("lock-out text inactive services", Map.of("config_text",
                "system { inactive: services { ssh; netconf { ssh; } } }", "config_format", "text"));
        cases.put("lock-out xml inactive services", Map.of("config_text",
                "<configuration><system><services inactive=\"inactive\"/></system></configuration>",
                "config_format", "xml"));
        cases.put("lock-out xml override without system", Map.of("config_text",
                "<configuration><interfaces><interface><name>lo0</name></interface></interfaces></configuration>",
                "config_format", "xml", "action", "override"));
        cases.put("lock-out json inactive services", Map.of("config_text",
                "{\"configuration\":{\"system\":{\"services\":{\"@\":{\"inactive\":true}}}}}", "config_format", "json"));
        return cases;
    }

    private static Guardrails noPatterns() {
        try {
            Path directory = Files.createTempDirectory("no-patterns");
            Guardrails guardrails = Guardrails.fromFiles(Files.writeString(directory.resolve("block.cmd"), ""),
                    Files.writeString(directory.resolve("block.cfg"), ""));
            Files.delete(directory.resolve("block.cmd"));
            Files.delete(directory.resolve("block.cfg"));
            Files.delete(directory);
            return guardrails;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static List<DynamicTest> multiLineCommands() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> separators = List.of("\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\u000b", "\u000c",
                "\u0000", "\u001b", "\u007f", "\ud800", "\udc00");
        for (String separator : separators) {
            String command = "show version" + separator + "request system reboot";
            String label = "U+" + Integer.toHexString(separator.charAt(0));
            for (boolean readOnly : List.of(false, true)) {
                String who = readOnly ? " (read-only caller)" : "";
                tests.add(invalidCommand("execute_junos_command " + label + who, readOnly, new ExecuteJunosCommand(),
                        Map.of("router_name", ROUTER, "command", command)));
                tests.add(invalidCommand("execute_junos_command_batch " + label + who, readOnly,
                        new ExecuteJunosCommandBatch(), Map.of("router_names", List.of(ROUTER), "command", command)));
                tests.add(invalidCommand("execute_junos_pfe_command " + label + who, readOnly,
                        new ExecuteJunosPfeCommand(), Map.of("router_name", ROUTER, "target", "fpc0", "command",
                                command)));
            }
        }
        return tests;
    }

    private static List<DynamicTest> runawayTemplates() {
        SimulatedToolContext limited = context.withGuardrails(Guardrails.defaults().withOptions(
                GuardOptions.defaults().withTemplateTimeLimit(Duration.ofSeconds(1))));
        String loop = "{% for a in range(1000) %}";
        String end = "{% endfor %}";
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("three nested loops", loop + loop.replace(" a ", " b ") + loop.replace(" a ", " c ")
                + "set interfaces lo0 description d{{ c }}\n" + end + end + end);
        templates.put("four nested loops with an empty body", loop + loop.replace(" a ", " b ")
                + loop.replace(" a ", " c ") + loop.replace(" a ", " d ") + end + end + end + end);
        templates.put("loops over a variable", "{% for a in xs %}{% for b in xs %}{% for c in xs %}{{ c }}{% endfor %}"
                + "{% endfor %}{% endfor %}");
        List<DynamicTest> tests = new ArrayList<>();
        templates.forEach((name, template) -> tests.add(DynamicTest.dynamicTest("runaway template " + name, () -> {
            Map<String, Object> arguments = new LinkedHashMap<>();
            arguments.put("template_content", template);
            arguments.put("vars_content", "xs: [" + "1, ".repeat(999) + "1]");
            arguments.put("apply_config", true);
            String refusal = call(new RenderAndApplyJ2Template(), withRouter(arguments), limited);
            tally(refusal == null ? "bypasses" : "refused");
            // Whichever bound a render meets first stops it: on a quiet machine a loop that prints
            // fills Jinjava's 8 MiB output limit before the second is up.
            assertThat(refusal).containsAnyOf("took longer than its time limit of 1 s",
                    "over limit of 8388608 bytes");
            assertThat(committed()).isEqualTo(baseline);
        })));
        return tests;
    }

    /**
     * Real routers often take root authentication from a group. The owner moves it there, the
     * cases try to take the group's effect away, then the owner moves it back.
     */
    private static List<DynamicTest> authenticationFromAGroup() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("owner moves root authentication into group 'global'", () -> {
            ownerCommits("delete system root-authentication\n"
                    + "set groups global system root-authentication encrypted-password \"$6$root\"\n"
                    + "set apply-groups global");
            baseline = committed();
            baselineCommits = router.rollbackHistory().size();
        }));
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        for (String change : List.of("delete apply-groups global", "deactivate apply-groups global",
                "delete groups global", "deactivate groups global", "delete groups global system",
                "deactivate groups global system root-authentication", "rename groups global to groups other",
                "set groups global system root-authentication encrypted-password " + EVIL,
                "set system root-authentication encrypted-password " + EVIL,
                "set groups first system root-authentication encrypted-password " + EVIL
                        + "\ninsert apply-groups first before global")) {
            cases.put("group set " + change, Map.of("config_text", change));
        }
        cases.put("group text replace", Map.of("config_format", "text", "config_text",
                "groups { replace: global { system { host-name x; } } }"));
        cases.put("group text inactive", Map.of("config_format", "text", "config_text",
                "inactive: groups { global { system { host-name x; } } }"));
        cases.put("group xml delete", Map.of("config_format", "xml", "config_text",
                "<configuration><groups delete=\"delete\"><name>global</name></groups></configuration>"));
        cases.put("group xml inactive apply-groups", Map.of("config_format", "xml", "config_text",
                "<configuration><apply-groups inactive=\"inactive\">global</apply-groups></configuration>"));
        cases.put("group json delete", Map.of("config_format", "json", "config_text",
                "{\"configuration\":{\"groups\":[{\"name\":\"global\",\"@\":{\"operation\":\"delete\"}}]}}"));
        cases.put("group text override without groups", Map.of("config_format", "text", "action", "override",
                "config_text", "system { host-name adversary; login { user jmcp { uid 2000; class super-user; } } "
                        + "services { ssh; netconf { ssh; } } }"));
        cases.forEach((name, arguments) -> tests.add(refused(name, new LoadAndCommitConfig(), arguments)));
        tests.add(DynamicTest.dynamicTest("owner moves root authentication back out of the group", () -> {
            ownerCommits("delete apply-groups global\ndelete groups global\n"
                    + "set system root-authentication encrypted-password \"$6$root\"");
            baseline = committed();
            baselineCommits = router.rollbackHistory().size();
            assertThat(baseline.lines()).contains("set system root-authentication encrypted-password \"$6$root\"");
        }));
        return tests;
    }

    private static List<DynamicTest> allowedChanges() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(allowed("set description", "set interfaces lo0 description \"loopback of r1\"", null,
                "set interfaces lo0 description \"loopback of r1\""));
        tests.add(allowed("set with tabs", "set\tsystem  location\tbuilding \"b 1\"", null,
                "set system location building \"b 1\""));
        tests.add(allowed("new user without authentication", "set system login user \"new one\" class operator", null,
                "set system login user \"new one\" class operator"));
        tests.add(allowed("groups outside the protected statements", "set groups mtu interfaces <ge-*> mtu 9000\n"
                + "set apply-groups mtu", null, "set apply-groups mtu"));
        tests.add(allowed("activate system after the owner deactivated it", "activate system",
                "deactivate system", "set system root-authentication encrypted-password \"$6$root\""));
        tests.add(allowed("activate a user after the owner deactivated it", "activate system login user admin",
                "deactivate system login user admin", "set system login user admin class super-user"));
        tests.add(allowed("moving the NETCONF port with lock-out protection off", context.withGuardrails(
                Guardrails.defaults().withOptions(GuardOptions.defaults().withLockoutProtection(false))),
                "set system services netconf ssh port 1830", null, "set system services netconf ssh port 1830"));
        return tests;
    }

    // ---- running and asserting ----

    /**
     * A change that must not reach the committed configuration: refused by jmcp, or refused or
     * ignored by the router (a spelling it does not know loads nothing). Any change committed is a
     * bypass.
     */
    private static DynamicTest refused(String name, ToolHandler tool, Map<String, Object> more) {
        return DynamicTest.dynamicTest(name, () -> {
            String refusal = call(tool, withRouter(more));
            boolean unchanged = committed().equals(baseline) && router.rollbackHistory().size() == baselineCommits;
            tally(!unchanged ? "bypasses" : refusal != null ? "refused" : "no change (the router loaded nothing new)");
            assertThat(committed()).as("committed configuration after %s", name).isEqualTo(baseline);
            assertThat(router.rollbackHistory()).as("commits after %s", name).hasSize(baselineCommits);
        });
    }

    private static DynamicTest refusedForLockout(String name, Map<String, Object> more, SimulatedToolContext on) {
        return DynamicTest.dynamicTest(name, () -> {
            String refusal = call(new LoadAndCommitConfig(), withRouter(more), on);
            tally(refusal == null ? "bypasses" : "refused");
            assertThat(committed()).as("committed configuration after %s", name).isEqualTo(baseline);
            assertThat(refusal).as("refusal of %s", name).isNotNull();
            // An override may fail for other reasons first; a rename is refused by the payload check first
            // (block.cfg, or the configuration model, which does not read rename lines).
            if (!name.contains("override") && !name.contains("rename")) {
                assertThat(refusal).contains("Lock-out protection refused the change", "--allow-lockout-changes");
            }
        });
    }

    private static DynamicTest invalidCommand(String name, boolean readOnly, ToolHandler tool,
            Map<String, Object> arguments) {
        return DynamicTest.dynamicTest("command " + name, () -> {
            long logins = router.loginCount();
            String refusal = call(tool, arguments, readOnly ? context.readOnly() : context);
            tally(refusal == null ? "bypasses" : "refused");
            assertThat(refusal).startsWith("Invalid input: 'command' contains ");
            assertThat(router.loginCount()).isEqualTo(logins);
            assertThat(committed()).isEqualTo(baseline);
        });
    }

    /** A change the guardrails let through, committed, then undone by the owner. */
    private static DynamicTest allowed(String name, String change, String ownerFirst, String expectedLine) {
        return allowed(name, context, change, ownerFirst, expectedLine);
    }

    private static DynamicTest allowed(String name, SimulatedToolContext on, String change, String ownerFirst,
            String expectedLine) {
        return DynamicTest.dynamicTest("allowed " + name, () -> {
            if (ownerFirst != null) {
                ownerCommits(ownerFirst);
            }
            try {
                String refusal = call(new LoadAndCommitConfig(), withRouter(Map.of("config_text", change)), on);
                tally("allowed");
                assertThat(refusal).as("refusal of %s", name).isNull();
                assertThat(committed().lines()).contains(expectedLine);
            } finally {
                restoreBaseline();
            }
        });
    }

    private static Map<String, Object> withRouter(Map<String, Object> more) {
        Map<String, Object> arguments = new LinkedHashMap<>(more);
        arguments.put("router_name", ROUTER);
        return arguments;
    }

    private static String call(ToolHandler tool, Map<String, Object> arguments) {
        return call(tool, arguments, context);
    }

    /** The refusal's message, or null when the tool succeeded. */
    private static String call(ToolHandler tool, Map<String, Object> arguments, SimulatedToolContext on) {
        tally(TRIED);
        try {
            ToolResult result = tool.call(on, arguments);
            if (result.isError()) {
                return String.join("\n", result.texts());
            }
            String text = String.join("\n", result.texts());
            return text.contains("\"isError\":true") || text.contains("\"status\":\"error\"")
                    || text.contains("\"status\":\"blocked\"") ? text : null;
        } catch (BlockedException | ToolException refusal) {
            return refusal.getMessage();
        }
    }

    private static void tally(String what) {
        synchronized (TALLY) {
            TALLY.computeIfAbsent(what, key -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static String committed() {
        return router.committedConfiguration().toSet();
    }

    private static void ownerCommits(String setLines) {
        owner.lock();
        try {
            owner.loadConfiguration(setLines, ConfigFormat.SET, LoadAction.SET);
            owner.commit(io.jmcp.netconf.CommitOptions.comment("owner"));
        } finally {
            owner.unlock();
        }
    }

    private static void restoreBaseline() {
        owner.lock();
        try {
            owner.loadConfiguration(io.jmcp.netconf.config.Configuration.parse(baseline, ConfigFormat.SET).toText(),
                    ConfigFormat.TEXT, LoadAction.OVERRIDE);
            owner.commit(io.jmcp.netconf.CommitOptions.comment("owner restores"));
        } finally {
            owner.unlock();
        }
        assertThat(committed()).isEqualTo(baseline);
        baselineCommits = router.rollbackHistory().size();
    }

    static String quoted(String word) {
        boolean plain = word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')
                && word.chars().allMatch(c -> c < 128);
        return plain ? word : "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String xmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
