package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.xml.SafeXml;

import java.util.List;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * RFC 6241 subtree filtering of a configuration document, as Junos applies a
 * {@code <configuration>} filter in {@code get-configuration}: empty filter elements select
 * whole subtrees, elements with text match content ({@code <name>ge-0/0/0</name>}), elements
 * with children narrow down.
 */
final class SubtreeFilter {

    private SubtreeFilter() {
    }

    /**
     * The parts of {@code data} that {@code filter} selects, in a new document; {@code data}
     * itself (attributes kept) when the filter has no children; an empty root when nothing matches.
     */
    static Element apply(Element data, Element filter) {
        Document target = SafeXml.newDocument();
        Element result = select(data, filter, target)
                .orElseGet(() -> (Element) target.importNode(data, false));
        target.appendChild(result);
        return result;
    }

    private static Optional<Element> select(Element data, Element filter, Document target) {
        List<Element> criteria = SafeXml.children(filter);
        if (criteria.isEmpty()) {
            return Optional.of((Element) target.importNode(data, true));
        }
        List<Element> contentMatches = criteria.stream().filter(SubtreeFilter::isContentMatch).toList();
        for (Element match : contentMatches) {
            if (!hasChildWithText(data, SafeXml.localNameOf(match), match.getTextContent().strip())) {
                return Optional.empty();
            }
        }
        List<Element> narrowing = criteria.stream().filter(criterion -> !isContentMatch(criterion)).toList();
        if (narrowing.isEmpty()) {
            return Optional.of((Element) target.importNode(data, true));
        }
        Element result = (Element) target.importNode(data, false);
        for (Element match : contentMatches) {
            SafeXml.child(data, SafeXml.localNameOf(match))
                    .ifPresent(key -> result.appendChild(target.importNode(key, true)));
        }
        boolean selectedAny = false;
        for (Element criterion : narrowing) {
            for (Element child : SafeXml.children(data)) {
                if (SafeXml.localNameOf(child).equals(SafeXml.localNameOf(criterion))) {
                    Optional<Element> selected = select(child, criterion, target);
                    selected.ifPresent(result::appendChild);
                    selectedAny |= selected.isPresent();
                }
            }
        }
        return selectedAny ? Optional.of(result) : Optional.empty();
    }

    private static boolean isContentMatch(Element criterion) {
        return SafeXml.children(criterion).isEmpty() && !criterion.getTextContent().isBlank();
    }

    private static boolean hasChildWithText(Element data, String name, String text) {
        return SafeXml.children(data).stream()
                .anyMatch(child -> SafeXml.localNameOf(child).equals(name) && child.getTextContent().strip().equals(text));
    }
}
