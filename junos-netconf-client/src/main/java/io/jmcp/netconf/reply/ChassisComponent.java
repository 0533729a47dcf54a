package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One piece of hardware in a chassis inventory, at any level: {@code <chassis>},
 * {@code <chassis-module>} (FPC, PEM, routing engine), {@code <chassis-sub-module>} (PIC), and
 * the sub-sub levels below (transceivers).
 */
public final class ChassisComponent {
    @XmlElement(name = "name")
    private String name;
    @XmlElement(name = "version")
    private String version;
    @XmlElement(name = "part-number")
    private String partNumber;
    @XmlElement(name = "serial-number")
    private String serialNumber;
    @XmlElement(name = "description")
    private String description;
    @XmlElement(name = "model-number")
    private String modelNumber;
    @XmlElement(name = "clei-code")
    private String cleiCode;
    @XmlElement(name = "chassis-module")
    private List<ChassisComponent> modules = new ArrayList<>();
    @XmlElement(name = "chassis-sub-module")
    private List<ChassisComponent> subModules = new ArrayList<>();
    @XmlElement(name = "chassis-sub-sub-module")
    private List<ChassisComponent> subSubModules = new ArrayList<>();
    @XmlElement(name = "chassis-sub-sub-sub-module")
    private List<ChassisComponent> subSubSubModules = new ArrayList<>();

    /** e.g. {@code Chassis}, {@code FPC 0}, {@code PIC 1}, {@code Xcvr 3}. */
    public String name() {
        return name;
    }

    /** Hardware revision, e.g. {@code REV 05}. */
    public String version() {
        return version;
    }

    public String partNumber() {
        return partNumber;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public String description() {
        return description;
    }

    public String modelNumber() {
        return modelNumber;
    }

    public String cleiCode() {
        return cleiCode;
    }

    /**
     * The components one level down, whatever Junos calls that level (a component only ever
     * has children of the next level).
     */
    public List<ChassisComponent> children() {
        return Stream.of(modules, subModules, subSubModules, subSubSubModules)
                .flatMap(List::stream)
                .toList();
    }
}
