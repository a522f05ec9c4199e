package app.goodenough.support;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;

/** Looks at the screen as rendered: markup that came to life, and refusals without a message. */
public final class RenderedScreen {

    private RenderedScreen() {
    }

    /** Scripts, event handlers and script links anywhere on the screen, in elements or in inner HTML. */
    public static List<String> liveMarkup() {
        List<String> found = new ArrayList<>();
        for (Element element : Screen.allElements()) {
            if ("script".equalsIgnoreCase(element.getTag())) {
                found.add("a script element");
            }
            element.getAttributeNames().filter(RenderedScreen::isLive)
                    .forEach(name -> found.add("attribute " + name + " on <" + element.getTag() + ">"));
            element.getAttributeNames().filter(name -> isScriptLink(element.getAttribute(name)))
                    .forEach(name -> found.add("script link in " + name + " on <" + element.getTag() + ">"));
            String html = element.getProperty("innerHTML");
            if (html != null) {
                for (org.jsoup.nodes.Element inner : Jsoup.parseBodyFragment(html).getAllElements()) {
                    if ("script".equals(inner.tagName())) {
                        found.add("a script in the HTML of <" + element.getTag() + ">");
                    }
                    for (Attribute attribute : inner.attributes()) {
                        if (isLive(attribute.getKey()) || isScriptLink(attribute.getValue())) {
                            found.add(attribute.getKey() + " in the HTML of <" + element.getTag() + ">");
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Fields marked invalid with nothing said about why. */
    public static List<String> refusalsWithoutMessage() {
        List<String> found = new ArrayList<>();
        for (Element element : Screen.allElements()) {
            element.getComponent().filter(HasValidation.class::isInstance).map(HasValidation.class::cast)
                    .filter(field -> field.isInvalid() && (field.getErrorMessage() == null || field.getErrorMessage().isBlank()))
                    .ifPresent(field -> found.add(element.getTag() + " " + element.getProperty("label")));
        }
        return found;
    }

    private static boolean isLive(String attribute) {
        return attribute.toLowerCase(Locale.ROOT).startsWith("on");
    }

    private static boolean isScriptLink(String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:");
    }
}
