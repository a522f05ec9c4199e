package app.goodenough.support;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A DOM event as the browser sends it to an element's server-side listeners: its type and the values the listener asked for. */
public final class DomEvents {

    private DomEvents() {
    }

    public static void fire(Element element, String type, String expression, String value) {
        ObjectNode eventData = JsonNodeFactory.instance.objectNode();
        eventData.put(expression, value);
        fire(element, type, eventData);
    }

    public static void fire(Element element, String type, String expression, boolean value) {
        ObjectNode eventData = JsonNodeFactory.instance.objectNode();
        eventData.put(expression, value);
        fire(element, type, eventData);
    }

    /** A DOM event with all the values its listener asked for. */
    public static void fire(Element element, String type, ObjectNode eventData) {
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, type, eventData));
        Screen.settle();
    }
}
