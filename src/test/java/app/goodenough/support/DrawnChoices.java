package app.goodenough.support;

import app.goodenough.shared.ui.ChoiceButtons;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** The buttons a {@link ChoiceButtons} element draws, read from its HTML, and pressed as the browser would: a click with the value. */
public final class DrawnChoices {

    private static final Pattern BUTTON = Pattern.compile("<button([^>]*)>(.*?)</button>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)(?:=\"([^\"]*)\")?");

    /** One drawn button: its value, what a screen reader says, what it shows, whether it can be pressed. */
    public record Choice(String value, String label, String text, String className, boolean enabled) {
    }

    private DrawnChoices() {
    }

    public static List<Choice> in(Component host) {
        String html = host.getElement().getProperty("innerHTML");
        List<Choice> choices = new ArrayList<>();
        if (html == null) {
            return choices;
        }
        Matcher button = BUTTON.matcher(html);
        while (button.find()) {
            String value = null;
            String label = null;
            String className = "";
            boolean enabled = true;
            Matcher attribute = ATTRIBUTE.matcher(button.group(1));
            while (attribute.find()) {
                String content = attribute.group(2) == null ? "" : HtmlUtils.htmlUnescape(attribute.group(2));
                switch (attribute.group(1)) {
                    case "data-choice" -> value = content;
                    case "aria-label" -> label = content;
                    case "class" -> className = content;
                    case "disabled" -> enabled = false;
                    default -> { }
                }
            }
            if (value != null) {
                choices.add(new Choice(value, label, HtmlUtils.htmlUnescape(button.group(2)), className, enabled));
            }
        }
        return choices;
    }

    /** A click on the button with {@code value}, or on any value a forged request could send. */
    public static void choose(Component host, String value) {
        DomEvents.fire(host.getElement(), "click", ChoiceButtons.CHOSEN, value);
    }
}
