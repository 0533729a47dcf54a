package io.jmcp.netconf.reply;

import io.jmcp.netconf.JunosReplies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.jmcp.netconf.error.RpcErrorException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reply to a facts RPC captured from a real device binds, wherever the file is: a new
 * capture is covered by dropping it into the replies folder.
 */
class ReplyFilesBindTest {

    /** An RPC, the type its reply binds to, and what any real reply to it must contain. */
    private record FactsRpc<T>(String name, Class<T> type, Predicate<T> meaningful, String expectation) {
        boolean holdsData(Object content) {
            return meaningful.test(type.cast(content));
        }
    }

    private static final List<FactsRpc<?>> FACTS_RPCS = List.of(
            new FactsRpc<>("get-software-information", SoftwareInformation.class,
                    software -> software.hostName() != null, "a host name"),
            new FactsRpc<>("get-route-engine-information", RouteEngineInformation.class,
                    engines -> !engines.routeEngines().isEmpty(), "a route-engine"),
            new FactsRpc<>("get-chassis-inventory", ChassisInventory.class,
                    inventory -> !inventory.chassis().isEmpty(), "a chassis"),
            new FactsRpc<>("get-system-uptime-information", SystemUptimeInformation.class,
                    uptime -> uptime.uptime().isPresent(), "an uptime"));

    /** Captures in which the device answered with no data, and the device's words for why. */
    private record Refusal(Class<? extends Exception> type, String deviceMessage) {
    }

    private static final Map<String, Refusal> REFUSALS = Map.of(
            "facts/chassis_error_xml_get-chassis-inventory.xml",
            new Refusal(RpcErrorException.class, "Some error message."),
            "facts/chassis_connect_not_master_get-chassis-inventory.xml",
            new Refusal(UnexpectedReplyException.class,
                    "Aborted! This command can only be used on the master routing engine."),
            "facts/personality_olive_get-route-engine-information.xml",
            new Refusal(RpcErrorException.class, "Unrecognized command (chassis-control)"));

    @TestFactory
    Stream<DynamicTest> everyCapturedReplyToAFactsRpcBinds() {
        return FACTS_RPCS.stream().flatMap(rpc -> JunosReplies.named(name -> name.contains(rpc.name())).stream()
                .map(file -> dynamicTest(file, () -> {
                    Refusal refusal = REFUSALS.get(file);
                    if (refusal == null) {
                        assertBinds(file, rpc);
                    } else {
                        assertRefused(file, rpc, refusal);
                    }
                })));
    }

    @Test
    void repliesOfEveryFactsRpcAreCaptured() {
        for (FactsRpc<?> rpc : FACTS_RPCS) {
            assertThat(JunosReplies.named(name -> name.contains(rpc.name())))
                    .as("captured replies to %s", rpc.name())
                    .isNotEmpty();
        }
    }

    @Test
    void everyRefusalIsACapturedFile() {
        assertThat(REFUSALS.keySet()).allMatch(file -> JunosReplies.path(file).toFile().isFile());
    }

    private static void assertBinds(String file, FactsRpc<?> rpc) throws Exception {
        try (InputStream reply = JunosReplies.open(file)) {
            List<? extends RoutingEngineItem<?>> items = JunosXml.unmarshalEach(reply, rpc.type());
            assertThat(items).isNotEmpty();
            assertThat(items).allSatisfy(item -> assertThat(rpc.holdsData(item.content()))
                    .as("%s (%s) holds %s", file, item.routingEngineName(), rpc.expectation())
                    .isTrue());
        }
    }

    private static void assertRefused(String file, FactsRpc<?> rpc, Refusal refusal) throws Exception {
        try (InputStream reply = JunosReplies.open(file)) {
            assertThatThrownBy(() -> JunosXml.unmarshalEach(reply, rpc.type()))
                    .isInstanceOf(refusal.type())
                    .hasMessageContaining(refusal.deviceMessage());
        }
    }
}
