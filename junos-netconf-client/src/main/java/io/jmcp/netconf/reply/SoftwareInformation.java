package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code <software-information>}: reply to {@code <get-software-information/>} ("show version"). */
@XmlRootElement(name = "software-information")
public final class SoftwareInformation {
    private static final Pattern BRACKETED = Pattern.compile("\\[(.*)]");
    private static final Pattern UP_TO_LAST_DIGIT = Pattern.compile("(.*\\d)");

    @XmlElement(name = "host-name")
    private String hostName;
    @XmlElement(name = "product-model")
    private String productModel;
    @XmlElement(name = "product-name")
    private String productName;
    @XmlElement(name = "junos-version")
    private String junosVersion;
    @XmlElement(name = "package-information")
    private List<PackageInformation> packages = new ArrayList<>();
    @XmlElement(name = "version-information")
    private List<VersionInformation> versionInformation = new ArrayList<>();

    public String hostName() {
        return hostName;
    }

    /** As the device spells it, usually lower case (e.g. {@code mx960}). */
    public String productModel() {
        return productModel;
    }

    public String productName() {
        return productName;
    }

    /** The {@code <junos-version>} element, which Junos sends from 15.1 on. */
    public String junosVersion() {
        return junosVersion;
    }

    public List<PackageInformation> packages() {
        return Collections.unmodifiableList(packages);
    }

    /** Per-component build details, sent by some platforms (NFX, JDM). */
    public List<VersionInformation> versionInformation() {
        return Collections.unmodifiableList(versionInformation);
    }

    /**
     * The Junos release, from wherever this platform and release put it, in order: the {@code
     * <junos-version>} element (15.1 and later); the bracketed release in the comment of the
     * {@code junos} package (e.g. {@code JUNOS Base OS boot [12.3R6.6]}); the last word of the
     * {@code JUNOS version} package of a node-slicing JDM; the MGD component's release (NFX).
     */
    public Optional<String> version() {
        return Optional.ofNullable(Text.orNull(junosVersion))
                .or(() -> packageComment("junos").flatMap(comment -> firstGroup(BRACKETED, comment)))
                .or(() -> packageComment("JUNOS version").map(SoftwareInformation::lastWord))
                .or(() -> mgdRelease().flatMap(release -> firstGroup(UP_TO_LAST_DIGIT, release)));
    }

    private Optional<String> packageComment(String packageName) {
        return first(packages, p -> packageName.equals(p.name()) ? p.comment() : null);
    }

    private Optional<String> mgdRelease() {
        return first(versionInformation, v -> "MGD".equals(v.component()) ? v.release() : null);
    }

    private static <E> Optional<String> first(List<E> elements, Function<E, String> value) {
        return elements.stream().map(value).map(Text::orNull).filter(Objects::nonNull).findFirst();
    }

    private static Optional<String> firstGroup(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.ofNullable(Text.orNull(matcher.group(1))) : Optional.empty();
    }

    private static String lastWord(String text) {
        String[] words = text.split("\\s+");
        return words[words.length - 1];
    }

    /** {@code <package-information>}: one installed software package. */
    public static final class PackageInformation {
        @XmlElement(name = "name")
        private String name;
        @XmlElement(name = "comment")
        private String comment;

        public String name() {
            return name;
        }

        /** e.g. {@code JUNOS Base OS boot [14.2R4]}. */
        public String comment() {
            return comment;
        }
    }

    /** {@code <version-information>}: build details of one software component. */
    public static final class VersionInformation {
        @XmlElement(name = "component")
        private String component;
        @XmlElement(name = "release")
        private String release;

        public String component() {
            return component;
        }

        /** e.g. {@code 15.1X53-D45.3.secure [dc-builder]}. */
        public String release() {
            return release;
        }
    }
}
