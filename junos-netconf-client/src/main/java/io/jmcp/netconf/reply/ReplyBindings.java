package io.jmcp.netconf.reply;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;
import jakarta.xml.bind.ValidationEventLocator;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * JAXB contexts, created once: one for the bindings of this package, one per foreign bound type
 * (a caller may bind replies of its own with {@link JunosXml}). Unmarshalling tolerates unknown
 * elements but not a value that does not fit its type: that fails with the line it is on,
 * instead of silently becoming null.
 */
final class ReplyBindings {
    private static final List<Class<?>> BUILT_IN = List.of(
            SoftwareInformation.class, RouteEngineInformation.class, ChassisInventory.class,
            SystemUptimeInformation.class, CommitResults.class, LoadConfigurationResults.class,
            DomainNameConfiguration.class, RpcErrorElement.class, XnmMessage.class);

    private static final ClassValue<JAXBContext> CONTEXTS = new ClassValue<>() {
        @Override
        protected JAXBContext computeValue(Class<?> type) {
            return BUILT_IN.contains(type) ? BuiltIn.CONTEXT : newContext(type);
        }
    };

    /** Holder, so that the shared context is built on first use, not when the class loads. */
    private static final class BuiltIn {
        static final JAXBContext CONTEXT = newContext(BUILT_IN.toArray(Class<?>[]::new));
    }

    private ReplyBindings() {
    }

    /** Local name of the element {@code type} is bound to, from its {@link XmlRootElement}. */
    static String rootElementName(Class<?> type) {
        XmlRootElement root = type.getAnnotation(XmlRootElement.class);
        if (root == null || root.name().equals("##default")) {
            throw new IllegalArgumentException(
                    type.getName() + " must be annotated @XmlRootElement(name = \"<element>\") to be found in a reply");
        }
        return root.name();
    }

    /** Binds the element the reader stands on to {@code type}; leaves the reader after it. */
    static <T> T unmarshal(XMLStreamReader reader, Class<T> type) {
        String element = reader.getLocalName();
        StrictEventHandler handler = new StrictEventHandler();
        try {
            Unmarshaller unmarshaller = CONTEXTS.get(type).createUnmarshaller();
            unmarshaller.setEventHandler(handler);
            return unmarshaller.unmarshal(reader, type).getValue();
        } catch (UnmarshalException e) {
            throw failure(e, handler.rejected, element);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot bind " + type.getName() + ": " + e, e);
        }
    }

    private static RuntimeException failure(UnmarshalException e, ValidationEvent rejected, String element) {
        if (e.getLinkedException() instanceof XMLStreamException parseError) {
            return ReplyXml.failure(parseError);
        }
        if (rejected != null) {
            return new InvalidReplyException("reply does not bind" + where(rejected.getLocator())
                    + ": " + rejected.getMessage(), e);
        }
        return new InvalidReplyException("reply does not bind near <" + element + ">: " + e, e);
    }

    private static String where(ValidationEventLocator locator) {
        if (locator == null || locator.getLineNumber() < 0) {
            return "";
        }
        return " (line " + locator.getLineNumber() + ", column " + locator.getColumnNumber() + ")";
    }

    private static JAXBContext newContext(Class<?>... types) {
        try {
            return JAXBContext.newInstance(types);
        } catch (JAXBException e) {
            throw new IllegalArgumentException("cannot create a JAXB context for " + List.of(types) + ": " + e, e);
        }
    }

    /**
     * Lets unknown elements and attributes pass (every Junos release adds some) and stops at the
     * first value that does not convert to its type (such events carry the conversion's
     * exception), remembering it for the exception message.
     */
    private static final class StrictEventHandler implements ValidationEventHandler {
        private ValidationEvent rejected;

        @Override
        public boolean handleEvent(ValidationEvent event) {
            boolean badValue = event.getLinkedException() != null;
            if (event.getSeverity() != ValidationEvent.FATAL_ERROR && !badValue) {
                return true;
            }
            rejected = event;
            return false;
        }
    }
}
