package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code <chassis-inventory>}: reply to {@code <get-chassis-inventory/>} ("show chassis hardware"). */
@XmlRootElement(name = "chassis-inventory")
public final class ChassisInventory {
    @XmlElement(name = "chassis")
    private List<ChassisComponent> chassis = new ArrayList<>();

    public List<ChassisComponent> chassis() {
        return Collections.unmodifiableList(chassis);
    }

    /**
     * The serial number that identifies the device: the first chassis's own, else (on platforms
     * that leave the chassis without one) that of its Backplane, else that of its Midplane.
     */
    public Optional<String> serialNumber() {
        return chassis.stream()
                .flatMap(c -> Stream.of(c.serialNumber(), moduleSerial(c, "Backplane"), moduleSerial(c, "Midplane")))
                .map(Text::orNull)
                .filter(Objects::nonNull)
                .findFirst();
    }

    private static String moduleSerial(ChassisComponent chassis, String moduleName) {
        return chassis.children().stream()
                .filter(module -> moduleName.equals(module.name()))
                .map(ChassisComponent::serialNumber)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
