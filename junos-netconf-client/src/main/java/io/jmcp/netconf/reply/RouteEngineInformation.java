package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code <route-engine-information>}: reply to {@code <get-route-engine-information/>} ("show
 * chassis routing-engine"), one {@code <route-engine>} per routing engine of the chassis.
 */
@XmlRootElement(name = "route-engine-information")
public final class RouteEngineInformation {
    @XmlElement(name = "route-engine")
    private List<RouteEngineEntry> routeEngines = new ArrayList<>();

    public List<RouteEngineEntry> routeEngines() {
        return Collections.unmodifiableList(routeEngines);
    }

    /** {@code <route-engine>}: state of one routing engine. */
    public static final class RouteEngineEntry {
        @XmlElement(name = "slot")
        private Integer slot;
        @XmlElement(name = "mastership-state")
        private String mastershipState;
        @XmlElement(name = "mastership-priority")
        private String mastershipPriority;
        @XmlElement(name = "status")
        private String status;
        @XmlElement(name = "model")
        private String model;
        @XmlElement(name = "serial-number")
        private String serialNumber;
        @XmlElement(name = "start-time")
        private JunosTime startTime;
        @XmlElement(name = "up-time")
        private JunosTime upTime;
        @XmlElement(name = "last-reboot-reason")
        private String lastRebootReason;

        /** Null on platforms with a single routing engine, which omit it. */
        public Integer slot() {
            return slot;
        }

        /** {@code master}, {@code backup}, ...; null on single-RE platforms, which omit it. */
        public String mastershipState() {
            return mastershipState;
        }

        /** e.g. {@code master (default)}. */
        public String mastershipPriority() {
            return mastershipPriority;
        }

        /** e.g. {@code OK}, {@code Testing}. */
        public String status() {
            return status;
        }

        /** e.g. {@code RE-S-1800x4}, {@code RE-VMX}. */
        public String model() {
            return model;
        }

        public String serialNumber() {
            return serialNumber;
        }

        public JunosTime startTime() {
            return startTime;
        }

        public JunosTime upTime() {
            return upTime;
        }

        public String lastRebootReason() {
            return lastRebootReason;
        }
    }
}
