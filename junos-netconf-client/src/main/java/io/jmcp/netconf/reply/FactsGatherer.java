package io.jmcp.netconf.reply;

import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.error.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers {@link Facts} with five read-only RPCs: software, routing engines, chassis inventory,
 * system uptime, and the configured domain name. An RPC the platform lacks or refuses (an
 * rpc-error, or text instead of data) leaves its facts null, as PyEZ does; a failure of the
 * connection or an unreadable reply is not hidden.
 *
 * <p>When a reply holds one part per routing engine (cluster, virtual chassis, TX matrix, node
 * slicing), the part of the first node's master routing engine is used; when none matches it,
 * the first part.
 */
public final class FactsGatherer {
    static final String GET_SOFTWARE_INFORMATION = "<get-software-information/>";
    static final String GET_ROUTE_ENGINE_INFORMATION = "<get-route-engine-information/>";
    static final String GET_CHASSIS_INVENTORY = "<get-chassis-inventory/>";
    static final String GET_SYSTEM_UPTIME_INFORMATION = "<get-system-uptime-information/>";
    static final String GET_DOMAIN_NAME = "<get-configuration database=\"committed\" inherit=\"inherit\">"
            + "<configuration><system><domain-name/></system></configuration></get-configuration>";

    private static final Logger LOG = LoggerFactory.getLogger(FactsGatherer.class);

    private FactsGatherer() {
    }

    /**
     * @throws io.jmcp.netconf.error.NetconfException other than an rpc-error, from {@code source}
     * @throws InvalidReplyException when a reply is not well-formed XML or does not bind
     */
    public static Facts gather(ReplySource source) {
        List<RoutingEngine> engines = routingEngines(source);
        Optional<RoutingEngine> master = firstNodeMaster(engines);
        Optional<SoftwareInformation> software = forRoutingEngine(
                fetch(source, GET_SOFTWARE_INFORMATION, SoftwareInformation.class), master);
        String model = software.map(SoftwareInformation::productModel).map(Text::orNull)
                .map(productModel -> productModel.toUpperCase(Locale.ROOT)).orElse(null);
        Optional<Platform> platform = Platform.classify(model, engines.isEmpty() ? null : engines.get(0).model());
        return new Facts(
                software.map(SoftwareInformation::hostName).orElse(null),
                model,
                software.flatMap(SoftwareInformation::version).orElse(null),
                serialNumber(source).orElse(null),
                platform.map(Platform::personality).orElse(null),
                platform.map(Platform::virtual).orElse(null),
                engines,
                master.map(RoutingEngine::name).orElse(null),
                uptime(source, master).orElse(null),
                domain(source).orElse(null));
    }

    private static Optional<String> serialNumber(ReplySource source) {
        return fetch(source, GET_CHASSIS_INVENTORY, ChassisInventory.class).stream()
                .flatMap(item -> item.content().serialNumber().stream())
                .findFirst();
    }

    /** From the uptime RPC; from the master routing engine's own uptime when that is refused. */
    private static Optional<Duration> uptime(ReplySource source, Optional<RoutingEngine> master) {
        return forRoutingEngine(fetch(source, GET_SYSTEM_UPTIME_INFORMATION, SystemUptimeInformation.class), master)
                .flatMap(SystemUptimeInformation::uptime)
                .or(() -> master.map(RoutingEngine::uptime));
    }

    private static Optional<String> domain(ReplySource source) {
        return fetch(source, GET_DOMAIN_NAME, DomainNameConfiguration.class).stream()
                .flatMap(item -> item.content().domainName().stream())
                .findFirst();
    }

    /** Every part of the reply bound to {@code type}; none when the device refused the RPC. */
    private static <T> List<RoutingEngineItem<T>> fetch(ReplySource source, String request, Class<T> type) {
        try (InputStream reply = Objects.requireNonNull(source.call(request), "reply source returned no reply")) {
            return JunosXml.unmarshalEach(reply, type);
        } catch (RpcErrorException | UnexpectedReplyException refused) {
            LOG.debug("facts: {} not available on this device: {}", request, refused.getMessage());
            return List.of();
        } catch (IOException e) {
            throw new TransportException("closing the reply to " + request + " failed: " + e.getMessage(), e);
        }
    }

    private static List<RoutingEngine> routingEngines(ReplySource source) {
        List<RoutingEngine> engines = new ArrayList<>();
        for (RoutingEngineItem<RouteEngineInformation> item
                : fetch(source, GET_ROUTE_ENGINE_INFORMATION, RouteEngineInformation.class)) {
            for (RouteEngineInformation.RouteEngineEntry entry : item.content().routeEngines()) {
                engines.add(routingEngine(item.routingEngineName(), entry));
            }
        }
        return engines;
    }

    /** Single-RE platforms report neither slot nor mastership: their one RE is RE0 and master. */
    private static RoutingEngine routingEngine(String node, RouteEngineInformation.RouteEngineEntry entry) {
        JunosTime upTime = entry.upTime();
        return new RoutingEngine(
                node,
                entry.slot() == null ? 0 : entry.slot(),
                entry.model(),
                entry.status(),
                entry.mastershipState() == null ? "master" : entry.mastershipState(),
                upTime == null ? null : upTime.asDuration().orElse(null),
                upTime == null ? null : upTime.text(),
                entry.lastRebootReason());
    }

    private static Optional<RoutingEngine> firstNodeMaster(List<RoutingEngine> engines) {
        return engines.stream()
                .filter(engine -> Objects.equals(engine.node(), engines.get(0).node()))
                .filter(RoutingEngine::isMaster)
                .findFirst();
    }

    /**
     * The part of a multi-routing-engine reply that the master produced: the item named after it
     * ({@code re1}), or after it within a chassis ({@code lcc0-re1}, {@code bsys-re1}).
     */
    private static <T> Optional<T> forRoutingEngine(List<RoutingEngineItem<T>> items, Optional<RoutingEngine> master) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> masterName = master.map(engine -> engine.name().toLowerCase(Locale.ROOT));
        return items.stream()
                .filter(item -> masterName.isPresent() && item.routingEngineName() != null
                        && (item.routingEngineName().equals(masterName.get())
                                || item.routingEngineName().endsWith("-" + masterName.get())))
                .findFirst()
                .or(() -> Optional.of(items.get(0)))
                .map(RoutingEngineItem::content);
    }
}
