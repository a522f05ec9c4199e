package app.goodenough.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Finds the text inputs a person can reach from an address by pressing buttons, as a curious
 * person would: every button of every screen not seen before, a few presses deep. Screens
 * that differ only in numbers (another day, another time) count as seen.
 */
public final class ScreenWalker {

    private static final int MAX_PRESSES = 4;
    private static final int MAX_VISITS = 300;

    /** The way to a screen: an address, then what was pressed, named by where it sits and what it says. */
    public record Way(String location, List<String> presses) {

        Way then(String press) {
            List<String> longer = new ArrayList<>(presses);
            longer.add(press);
            return new Way(location, List.copyOf(longer));
        }
    }

    /** A text input, named by where it sits and its label, and the way to it. */
    public record Input(String name, Way way) {
    }

    private final Consumer<String> opener;

    /** @param opener navigates the test's UI to an address */
    public ScreenWalker(Consumer<String> opener) {
        this.opener = opener;
    }

    public List<Input> inputsFrom(String location) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<Way> ways = new ArrayDeque<>(List.of(new Way(location, List.of())));
        for (int visits = 0; !ways.isEmpty() && visits < MAX_VISITS; visits++) {
            Way way = ways.poll();
            if (!follow(way) || !seen.add(signature())) {
                continue;
            }
            Screen.textInputs().forEach(input -> inputs.putIfAbsent(nameOf(input), new Input(nameOf(input), way)));
            if (way.presses().size() < MAX_PRESSES) {
                Screen.pressables().stream().map(ScreenWalker::nameOfPressable).distinct().forEach(press -> ways.add(way.then(press)));
            }
        }
        return List.copyOf(inputs.values());
    }

    /** Opens the address and presses the buttons; false when a press is not possible any more. */
    public boolean follow(Way way) {
        Screen.closeDialogs();
        opener.accept(way.location());
        Screen.settle();
        for (String press : way.presses()) {
            Optional<Screen.Pressable> pressable = Screen.pressables().stream()
                    .filter(candidate -> nameOfPressable(candidate).equals(press)).findFirst();
            if (pressable.isEmpty()) {
                return false;
            }
            pressable.get().press().run();
        }
        return true;
    }

    public static String nameOf(TextFieldBase<?, String> input) {
        String label = input.getLabel() != null ? input.getLabel() : input.getElement().getAttribute("aria-label");
        return Screen.placeOf(input) + " › " + (label != null ? label : input.getPlaceholder());
    }

    /** What a pressable says, without its numbers: any day or time of a list is as good as the first. */
    private static String nameOfPressable(Screen.Pressable pressable) {
        return Screen.placeOf(pressable.place()) + " › " + pressable.label().replaceAll("\\d", "");
    }

    private static String signature() {
        Set<String> parts = new TreeSet<>();
        parts.add(Screen.viewName());
        Screen.textInputs().forEach(input -> parts.add("input " + nameOf(input)));
        Screen.pressables().forEach(pressable -> parts.add("press " + nameOfPressable(pressable)));
        return String.join("|", parts);
    }
}
