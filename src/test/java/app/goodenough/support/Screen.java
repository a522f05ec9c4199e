package app.goodenough.support;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonTester;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.textfield.TextFieldTester;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person can reach on the screen right now: the open modal dialog if there is one,
 * otherwise the current view (the menu around it is left out), walked in page order.
 */
public final class Screen {

    private Screen() {
    }

    public static List<TextFieldBase<?, String>> textInputs() {
        List<TextFieldBase<?, String>> inputs = new ArrayList<>();
        for (Component component : reachable()) {
            if (component instanceof TextFieldBase<?, ?> input && input.getEmptyValue() instanceof String && input.isEnabled()
                    && !input.isReadOnly()) {
                @SuppressWarnings("unchecked")
                TextFieldBase<?, String> text = (TextFieldBase<?, String>) input;
                inputs.add(text);
            }
        }
        return inputs;
    }

    /** Types into an input as a person would: the value arrives as the browser's. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void type(TextFieldBase<?, String> input, String value) {
        new TextFieldTester(input).setValue(value);
        settle();
    }

    public static void press(Component pressable) {
        if (pressable instanceof Button button) {
            new ButtonTester<>(button).click();
        } else {
            ComponentUtil.fireEvent(pressable, new ClickEvent<>(pressable));
        }
        settle();
    }

    /** Closes the dialogs left open, as loading a page would. */
    public static void closeDialogs() {
        UI ui = UI.getCurrent();
        ui.getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).toList().forEach(Dialog::close);
        ui.getChildren().filter(ConfirmDialog.class::isInstance).map(ConfirmDialog.class::cast).toList().forEach(ConfirmDialog::close);
        settle();
    }

    /** Runs what the server does before it answers the browser, such as attaching a dialog just opened. */
    public static void settle() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
    }

    public static List<Button> buttons() {
        return reachable().stream().filter(Button.class::isInstance).map(Button.class::cast).filter(Button::isEnabled).toList();
    }

    /** Something a person can press: where it sits, what it says, and pressing it. */
    public record Pressable(Component place, String label, Runnable press) {
    }

    /** Everything a person can click: buttons, other components that answer a click, enabled drawn choices and radio buttons. */
    public static List<Pressable> pressables() {
        List<Pressable> found = new ArrayList<>();
        for (Component component : reachable()) {
            if (component instanceof Button button ? button.isEnabled() : ComponentUtil.hasEventListener(component, ClickEvent.class)) {
                String label = component.getElement().getAttribute("aria-label");
                found.add(new Pressable(component, label != null ? label : component.getElement().getTextRecursively(),
                        () -> press(component)));
            }
            DrawnChoices.in(component).stream().filter(DrawnChoices.Choice::enabled).forEach(choice ->
                    found.add(new Pressable(component, choice.label(), () -> DrawnChoices.choose(component, choice.value()))));
            if (component instanceof RadioButtonGroup<?> group && group.isEnabled()) {
                found.addAll(optionsOf(group));
            }
        }
        return found;
    }

    private static <T> List<Pressable> optionsOf(RadioButtonGroup<T> group) {
        return group.getListDataView().getItems()
                .map(item -> new Pressable(group, group.getLabel() + ": " + group.getItemLabelGenerator().apply(item), () -> group.setValue(item)))
                .toList();
    }

    /** Every element on the screen, the menu included, for looking at what was rendered. */
    public static List<Element> allElements() {
        List<Element> elements = new ArrayList<>();
        UI.getCurrent().getChildren().forEach(component -> collect(component.getElement(), elements));
        return elements;
    }

    /** Where the component sits: the dialog it is in, or the view. */
    public static String placeOf(Component component) {
        Element view = UI.getCurrent().getCurrentView().getElement();
        Component place = component;
        while (!(place instanceof Dialog || place instanceof ConfirmDialog) && !place.getElement().equals(view) && place.getParent().isPresent()) {
            place = place.getParent().get();
        }
        return place.getElement().equals(view) ? viewName() : place.getClass().getSimpleName();
    }

    /** The current view's class, as written (not the class of a proxy around it). */
    public static String viewName() {
        Element view = UI.getCurrent().getCurrentView().getElement();
        return view.getComponent().map(component -> component.getClass().getSimpleName()).orElse("?");
    }

    private static List<Component> reachable() {
        UI ui = UI.getCurrent();
        Component root = ui.getChildren().filter(Screen::isOpenDialog).reduce((first, second) -> second)
                .orElseGet(() -> (Component) ui.getCurrentView());
        List<Element> elements = new ArrayList<>();
        collect(root.getElement(), elements);
        return elements.stream().flatMap(element -> element.getComponent().stream()).distinct().toList();
    }

    private static boolean isOpenDialog(Component component) {
        return component instanceof Dialog dialog && dialog.isOpened()
                || component instanceof ConfirmDialog confirm && confirm.isOpened();
    }

    private static void collect(Element element, List<Element> into) {
        if (element.isTextNode() || !element.isVisible()) {
            return;
        }
        into.add(element);
        element.getChildren().forEach(child -> collect(child, into));
        element.getComponent().filter(Dialog.class::isInstance).map(Dialog.class::cast).ifPresent(dialog -> {
            collect(dialog.getHeader().getElement(), into);
            collect(dialog.getFooter().getElement(), into);
        });
    }
}
