package app.goodenough.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.springframework.web.util.HtmlUtils;

/**
 * Many choices drawn as plain HTML buttons inside one element, with one click listener on it:
 * a month's days cost a session one element instead of a component each (about a third of a
 * booking flow's memory). The browser says which button was pressed, so the listener must check
 * the value it is given. Native buttons take focus and answer Enter and Space; disabled ones
 * send no clicks.
 */
public final class ChoiceButtons {

    /** What a click sends: the {@code data-choice} of the button pressed. */
    public static final String CHOSEN = "event.target.dataset.choice";

    private ChoiceButtons() {
    }

    /** Calls {@code chosen} with the value of each button pressed inside {@code host}. */
    public static void onChoice(Component host, Consumer<String> chosen) {
        host.getElement().addEventListener("click", event -> {
            String value = event.getEventData().path(CHOSEN).stringValue(null);
            if (value != null) {
                chosen.accept(value);
            }
        }).addEventData(CHOSEN);
    }

    /** Replaces what {@code host} shows with {@code html}, made of {@link #button} and {@link #cell} parts. */
    public static void draw(Component host, CharSequence html) {
        host.getElement().setProperty("innerHTML", html.toString());
    }

    public static String button(String value, String text, String label, String className, boolean enabled) {
        return "<button type=\"button\" class=\"" + escape(className) + "\" data-choice=\"" + escape(value) + "\" aria-label=\""
                + escape(label) + "\"" + (enabled ? "" : " disabled") + ">" + escape(text) + "</button>";
    }

    public static String cell(String text, String className) {
        return "<span class=\"" + escape(className) + "\">" + escape(text) + "</span>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
