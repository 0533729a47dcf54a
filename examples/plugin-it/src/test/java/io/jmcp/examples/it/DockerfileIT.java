package io.jmcp.examples.it;

import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.SimulatedDevice;
import io.jmcp.simulator.SimulatorFleet;
import io.jmcp.simulator.UserAccount;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dockerfile and the README's docker lines, checked without a Docker engine (none runs here;
 * users build the image with theirs): base images pinned to a full version of the project's Java
 * release; a build stage whose every input comes from the build context; a runtime stage that
 * copies only what the build stage makes (the reactor's shaded jars, the launcher); README runs in
 * line with the image (tag, volumes, files, stdin, ports, user); and the image's command run with
 * the local JRE in a folder laid out as the image, examples/configs bound to its config volume
 * with its devices on simulated routers, answering an MCP client over stdio.
 */
class DockerfileIT {
    private static final Path ROOT = Repository.root();
    private static final Dockerfile DOCKERFILE = Dockerfile.read(ROOT.resolve("Dockerfile"));
    private static final DockerIgnore IGNORED = DockerIgnore.read(ROOT.resolve(".dockerignore"));
    private static final Readme README = Readme.ofRepository();
    /** A tag that starts with a full version (x.y.z), not a moving one (3.9, 17-jre, latest). */
    private static final Pattern PINNED_TAG = Pattern.compile("\\d+\\.\\d+\\.\\d+[\\w.-]*");
    private static final Pattern REACTOR_JAR = Pattern.compile("(?<module>.+)/target/(?<name>[^/]+)\\.jar");
    private static final Pattern DEFAULT_PORT = Pattern.compile("--port=PORT.*?\\(default: (\\d+)\\)", Pattern.DOTALL);
    private static final String EVERY_INTERFACE = "0.0.0.0";
    private static final String EXAMPLE_CONFIGURATION = "examples/configs";
    private static final Set<String> ROOT_USERS = Set.of("root", "0");

    @TempDir
    Path directory;

    @Test
    void baseImagesArePinnedToAFullVersion() {
        assertThat(DOCKERFILE.stages()).allSatisfy(stage -> assertThat(tag(stage))
                .as("%s: pin a full version (Maven x.y.z, JDK x.y.z_b), not a tag that moves", stage.from())
                .matches(PINNED_TAG));
    }

    @Test
    void baseImagesCarryTheProjectsJavaRelease() {
        String release = MavenPom.read(ROOT.resolve("pom.xml")).property("maven.compiler.release").orElseThrow();

        assertThat(DOCKERFILE.stages()).allSatisfy(stage -> assertThat(tag(stage))
                .as("%s: the JDK or JRE of Java %s, which the project compiles for", stage.from(), release)
                .containsPattern("(^|temurin-)" + release + "[._-]"));
    }

    @Test
    void dependencyLayerCopiesThePomOfEveryModule() {
        List<String> modules = MavenPom.read(ROOT.resolve("pom.xml")).modules();
        List<String> copiedPoms = buildStage().all("COPY").stream().takeWhile(copy -> !isWholeContext(copy))
                .flatMap(copy -> sources(copy).stream()).filter(source -> source.endsWith("pom.xml")).toList();

        assertThat(copiedPoms).as("the poms copied before the sources (every module's, or Maven cannot "
                + "resolve the reactor)").contains("pom.xml")
                .containsAll(modules.stream().map(module -> module + "/pom.xml").toList());
    }

    @Test
    void buildStageCopiesOnlyFilesOfTheBuildContext() {
        assertThat(buildStage().all("COPY")).allSatisfy(copy -> assertThat(sources(copy)).allSatisfy(source -> {
            assertThat(ROOT.resolve(source)).as("%s copies %s", copy, source).exists();
            assertThat(IGNORED.excludes(source)).as("%s copies %s, which .dockerignore leaves out", copy, source)
                    .isFalse();
        }));
    }

    @Test
    void runtimeStageCopiesTheShadedJarsTheBuildStagePackages() throws IOException {
        List<String> packaged = packagedModules();
        List<String> jars = runtimeSources().stream().filter(source -> REACTOR_JAR.matcher(source).matches()).toList();

        assertThat(jars).as("the runtime stage copies the servers' jars").isNotEmpty();
        for (String jar : jars) {
            Matcher reactorJar = REACTOR_JAR.matcher(jar);
            assertThat(reactorJar.matches()).isTrue();
            String module = reactorJar.group("module");
            assertThat(packaged).as("the build stage packages %s", module).contains(module);
            assertThat(MavenPom.read(ROOT.resolve(module).resolve("pom.xml")).shadedJarName())
                    .as("the shaded jar's name in %s/pom.xml", module).contains(reactorJar.group("name"));
            try (JarFile built = new JarFile(ROOT.resolve(jar).toFile())) {
                assertThat(built.getManifest().getMainAttributes().getValue("Main-Class"))
                        .as("%s is runnable", jar).isNotBlank();
            }
        }
    }

    @Test
    void runtimeStageTakesItsOtherFilesFromTheCopiedContext() {
        List<String> others = runtimeSources().stream().filter(source -> !REACTOR_JAR.matcher(source).matches())
                .toList();

        assertThat(buildStage().all("COPY")).as("the build stage copies the whole context").anyMatch(DockerfileIT::isWholeContext);
        assertThat(others).allSatisfy(source -> {
            assertThat(ROOT.resolve(source)).exists();
            assertThat(IGNORED.excludes(source)).as("%s is left out by .dockerignore", source).isFalse();
        });
    }

    @Test
    void imageRunsAsAnUnprivilegedUser() {
        assertThat(DOCKERFILE.image().last("USER")).as("the runtime stage sets a USER").isPresent()
                .get().extracting(Dockerfile.Instruction::arguments).isNotIn(ROOT_USERS);
    }

    @Test
    void readmeBuildsTheImageFromTheRepositoryRoot() {
        assertThat(dockerCommands("build")).isNotEmpty().allSatisfy(build -> {
            List<String> words = CommandWords.of(build.text()).words();
            assertThat(words.get(words.size() - 1)).as("%s: the build context, the root the README's commands run "
                    + "in, where the Dockerfile is", build).isEqualTo(".");
            assertThat(words).as(build.toString()).doesNotContain("-f", "--file");
        });
    }

    @Test
    void readmeRunsTheImageItBuilds() {
        List<String> tags = dockerCommands("build").stream()
                .flatMap(build -> CommandWords.of(build.text()).option("-t", "--tag").stream()).toList();

        assertThat(runs()).isNotEmpty().allSatisfy(run -> assertThat(tags).as(run.command().toString())
                .contains(run.image()));
    }

    @Test
    void readmeMountsTheImagesVolumes() {
        List<String> volumes = volumes();

        assertThat(runs()).allSatisfy(run -> assertThat(volumes).as(run.command().toString())
                .containsAll(run.mountedPaths()));
    }

    @Test
    void everyFileARunNamesLiesInAFolderItMounts() {
        assertThat(runs()).allSatisfy(run -> {
            ServerCommand server = containerServer(run);
            List<String> files = new ArrayList<>(server.devicesFile().stream().toList());
            if (server.isHttp()) {
                files.add(server.tokenFile().startsWith("/") ? server.tokenFile()
                        : DOCKERFILE.image().workdir() + "/" + server.tokenFile());
            }
            assertThat(files).as("%s: the files its server reads", run.command()).allSatisfy(file ->
                    assertThat(run.mountedPaths()).as("the mounts holding %s", file)
                            .anyMatch(volume -> file.startsWith(volume + "/")));
        });
    }

    @Test
    void stdioRunsKeepStdinOpenWithoutATerminal() {
        assertThat(runs().stream().filter(run -> !containerServer(run).isHttp())).isNotEmpty().allSatisfy(run -> {
            assertThat(run.has("-i", "--interactive")).as("%s: stdin carries MCP", run.command()).isTrue();
            assertThat(run.has("-t", "--tty")).as("%s: a terminal would echo and rewrite the JSON-RPC stream",
                    run.command()).isFalse();
        });
    }

    @Test
    void httpRunsPublishThePortTheServerListensOnOnEveryInterface() {
        int defaultPort = defaultHttpPort();
        List<Integer> exposed = DOCKERFILE.image().all("EXPOSE").stream()
                .flatMap(expose -> expose.words().stream()).map(port -> Integer.parseInt(port.split("/")[0])).toList();

        assertThat(runs().stream().filter(run -> containerServer(run).isHttp())).isNotEmpty().allSatisfy(run -> {
            CommandWords server = containerServer(run).words();
            int port = server.option("-p", "--port").map(Integer::parseInt).orElse(defaultPort);
            assertThat(server.option("-H", "--host")).as("%s: a published port reaches the container's own "
                    + "interface, not its loopback", run.command()).contains(EVERY_INTERFACE);
            assertThat(run.publishedContainerPorts()).as(run.command().toString()).contains(port);
            assertThat(exposed).as("the image's EXPOSE").contains(port);
        });
    }

    @Test
    void defaultCommandServesTheExampleConfigurationOverStdio() throws IOException {
        DockerRun run = runs().stream().filter(candidate -> candidate.arguments().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the README runs the image with its default command nowhere"));
        JsonNode exampleDevices = ConfigBlock.JSON.readTree(ROOT.resolve(EXAMPLE_CONFIGURATION + "/devices.json").toFile());

        try (ContainerLayout image = ContainerLayout.create(DOCKERFILE, directory.resolve("image"));
             SimulatorFleet routers = SimulatorFleet.start(routersLike(exampleDevices))) {
            Path config = image.mount(ROOT.resolve(EXAMPLE_CONFIGURATION), run.mountedPaths().get(0));
            JsonNode devices = onRouters(ConfigBlock.JSON.readTree(config.resolve("devices.json").toFile()), routers);
            UserFiles.createMissing(devices, config);
            UserFiles.write(devices, config.resolve("devices.json"));

            StdioServer server = startContainerCommand(image, run, UserFiles.environment(devices));
            CallToolResult routerList = server.call("get_router_list", Map.of());
            assertThat(StdioServer.text(routerList)).as(server.stderr()).contains(exampleDevices.propertyNames())
                    .contains("\"site\"");
            for (String router : reachableWithoutKnownHosts(exampleDevices)) {
                CallToolResult version = server.call("execute_junos_command",
                        Map.of("router_name", router, "command", "show version"));
                assertThat(version.isError()).as("%s: %s", router, StdioServer.text(version)).isFalse();
            }
            assertThat(server.client().listTools().tools()).extracting(McpSchema.Tool::name).contains("add_device");
            assertThat(server.stop()).as("stopped; stderr:\n%s", server.stderr()).isTrue();
        }
    }

    /** Runs the image's command in the layout, with the image's environment and its user's home. */
    private StdioServer startContainerCommand(ContainerLayout image, DockerRun run, Map<String, String> secrets) {
        List<String> command = image.command(run.containerCommand(entryPoint(), defaultCommand()));
        StdioServer.Builder server = Bash.stdioServer(command, image.host(DOCKERFILE.image().workdir()));
        image.environment().forEach(server::environment);
        // docker run -e would pass the secrets the devices file takes from the environment.
        secrets.forEach(server::environment);
        // The image's user has its home (useradd --home-dir), where known_hosts goes; a JVM takes
        // its home from the user database, which no variable changes.
        String home = image.host(userHome()).toString();
        return server.environment("HOME", home).environment("JAVA_OPTS", "-Duser.home=" + home).start();
    }

    private static String tag(Dockerfile.Stage stage) {
        int colon = stage.image().lastIndexOf(':');
        assertThat(colon).as("%s names no tag", stage.from()).isPositive();
        return stage.image().substring(colon + 1);
    }

    private static Dockerfile.Stage buildStage() {
        List<String> names = DOCKERFILE.image().all("COPY").stream().flatMap(copy -> copy.flag("from").stream())
                .distinct().toList();
        assertThat(names).as("the runtime stage copies from one build stage").hasSize(1);
        return DOCKERFILE.stage(names.get(0));
    }

    private static boolean isWholeContext(Dockerfile.Instruction copy) {
        return copy.flag("from").isEmpty() && sources(copy).equals(List.of("."));
    }

    private static List<String> sources(Dockerfile.Instruction copy) {
        List<String> operands = copy.operands();
        return operands.subList(0, operands.size() - 1);
    }

    /** What the runtime stage copies from the build stage, relative to the build's working directory (the repository). */
    private static List<String> runtimeSources() {
        Path buildWorkdir = Path.of(buildStage().workdir());
        return DOCKERFILE.image().all("COPY").stream().flatMap(copy -> sources(copy).stream())
                .map(source -> buildWorkdir.relativize(Path.of(source)).toString()).toList();
    }

    /** The modules the build stage's {@code mvn ... -pl a,b package} builds. */
    private static List<String> packagedModules() {
        return buildStage().all("RUN").stream().map(Dockerfile.Instruction::words)
                .filter(words -> words.get(0).equals("mvn") && words.contains("package"))
                .flatMap(words -> Arrays.stream(words.get(words.indexOf("-pl") + 1).split(","))).toList();
    }

    private static List<String> volumes() {
        return DOCKERFILE.image().all("VOLUME").stream().flatMap(volume -> volume.arguments().startsWith("[")
                ? volume.execForm().stream() : volume.words().stream()).toList();
    }

    private static List<String> entryPoint() {
        return DOCKERFILE.image().last("ENTRYPOINT").map(Dockerfile.Instruction::execForm).orElse(List.of());
    }

    private static List<String> defaultCommand() {
        return DOCKERFILE.image().last("CMD").map(Dockerfile.Instruction::execForm).orElse(List.of());
    }

    private static String userHome() {
        return DOCKERFILE.image().all("RUN").stream().map(Dockerfile.Instruction::words)
                .filter(words -> words.contains("--home-dir")).map(words -> words.get(words.indexOf("--home-dir") + 1))
                .findFirst().orElse(DOCKERFILE.image().workdir());
    }

    private static List<ShellCommand> dockerCommands(String subcommand) {
        return ReadmeCommandOwner.DOCKER.commandsIn(README).stream()
                .filter(command -> command.text().startsWith("docker " + subcommand + " ")).toList();
    }

    private static List<DockerRun> runs() {
        return dockerCommands("run").stream().map(DockerRun::of).toList();
    }

    /** The server command the container runs for {@code run}. */
    private static ServerCommand containerServer(DockerRun run) {
        return new ServerCommand(new CommandWords(run.containerCommand(entryPoint(), defaultCommand())));
    }

    /** The HTTP server's default port, as its {@code --help} gives it. */
    private static int defaultHttpPort() {
        CommandResult help = Bash.run("java -jar jmcp-server-http/target/jmcp-server-http.jar --help", ROOT);
        Matcher port = DEFAULT_PORT.matcher(help.stdout());
        assertThat(port.find()).as(help.describe()).isTrue();
        return Integer.parseInt(port.group(1));
    }

    /** One simulated router per device of {@code devices}, with its name and login, the password {@link UserFiles#SECRET}. */
    private static List<DeviceSpec> routersLike(JsonNode devices) {
        return devices.propertyStream().map(device -> DeviceSpec.builder(device.getKey())
                .user(UserAccount.withPassword(device.getValue().get("username").stringValue(), UserFiles.SECRET))
                .build()).toList();
    }

    /** {@code devices} with each device's address and port those of its simulated router. */
    private static JsonNode onRouters(JsonNode devices, SimulatorFleet routers) {
        ObjectNode moved = (ObjectNode) devices.deepCopy();
        for (SimulatedDevice router : routers.devices()) {
            ((ObjectNode) moved.get(router.name())).put("ip", router.host()).put("port", router.port());
        }
        return moved;
    }

    /** The password devices whose host key policy lets them connect with an empty known_hosts. */
    private static List<String> reachableWithoutKnownHosts(JsonNode devices) {
        List<String> reachable = devices.propertyStream()
                .filter(device -> Optional.ofNullable(device.getValue().get("host_key")).map(JsonNode::stringValue)
                        .filter(policy -> !policy.equals("strict")).isPresent())
                .filter(device -> device.getValue().path("auth").path("type").stringValue("").equals("password"))
                .map(Map.Entry::getKey).collect(Collectors.toList());
        assertThat(reachable).as("the example has a password device that needs no known_hosts entry").isNotEmpty();
        return reachable;
    }
}
