# Base images: official Docker Hub images, pinned to a Maven, JDK/JRE and Ubuntu release (noble);
# both tags are listed in docker-library/official-images (library/maven, library/eclipse-temurin).
# Checked without a Docker engine by examples/plugin-it's DockerfileIT.

# Build stage: the whole reactor, tests skipped (CI runs them), from Maven Central only.
FROM maven:3.9.16-eclipse-temurin-17-noble AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
COPY jmcp-servers-parent/pom.xml jmcp-servers-parent/
COPY jmcp-bom/pom.xml jmcp-bom/
COPY junos-netconf-client/pom.xml junos-netconf-client/
COPY junos-config/pom.xml junos-config/
COPY junos-schema-generator/pom.xml junos-schema-generator/
COPY junos-device-simulator/pom.xml junos-device-simulator/
COPY jmcp-core/pom.xml jmcp-core/
COPY jmcp-tools/pom.xml jmcp-tools/
COPY jmcp-server-common/pom.xml jmcp-server-common/
COPY jmcp-demo/pom.xml jmcp-demo/
COPY jmcp-test-fixtures/pom.xml jmcp-test-fixtures/
COPY jmcp-tool-fixtures/pom.xml jmcp-tool-fixtures/
COPY jmcp-server-stdio/pom.xml jmcp-server-stdio/
COPY jmcp-server-http/pom.xml jmcp-server-http/
COPY jmcp-token-cli/pom.xml jmcp-token-cli/
COPY benchmarks/pom.xml benchmarks/
COPY examples/custom-tool/pom.xml examples/custom-tool/
COPY examples/embedded-client/pom.xml examples/embedded-client/
COPY examples/plugin-it/pom.xml examples/plugin-it/
# Resolve dependencies and plugins in their own layer: a code change reuses it instead of
# downloading them again.
RUN mvn -B -q dependency:go-offline -DexcludeReactor=true
COPY . .
RUN mvn -B -q -DskipTests -pl jmcp-server-stdio,jmcp-server-http,jmcp-token-cli -am package

# Runtime stage: a JRE, the three runnable jars and the launcher, as a non-root user.
FROM eclipse-temurin:17.0.20_8-jre-noble
RUN groupadd --system jmcp && useradd --system --gid jmcp --home-dir /app --shell /usr/sbin/nologin jmcp
WORKDIR /app
COPY --from=build /src/jmcp-server-stdio/target/jmcp-server-stdio.jar lib/
COPY --from=build /src/jmcp-server-http/target/jmcp-server-http.jar lib/
COPY --from=build /src/jmcp-token-cli/target/jmcp-token-cli.jar lib/
COPY --from=build /src/bin/jmcp bin/jmcp
# Class-data sharing: bin/jmcp makes each server's archive at its first start; made here, once,
# every container starts with them (a short session on a simulated router in the server's own JVM;
# --help then only prints the HTTP server's usage, which would otherwise run until stopped).
RUN JMCP_HOME=/app /app/bin/jmcp -t stdio --demo 1
RUN JMCP_HOME=/app /app/bin/jmcp -t streamable-http --help >/dev/null
RUN mkdir -p /app/config /app/plugins && chown -R jmcp:jmcp /app
USER jmcp
ENV JMCP_HOME=/app JMCP_PLUGINS=/app/plugins
# Mount points: devices.json, keys and block files in /app/config; .tokens in /app/config too
# (mount the folder, not the single file: the token CLI replaces the file atomically).
VOLUME ["/app/config"]
EXPOSE 30030
ENTRYPOINT ["/app/bin/jmcp"]
CMD ["-f", "/app/config/devices.json", "-t", "stdio"]
