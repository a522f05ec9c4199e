package app.goodenough.sessiontypes.ui;

import app.goodenough.sessiontypes.NewSessionType;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeCheck;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.function.Consumer;

/** Creating or changing a session type: name, length, description, price shown and how it is paid, where it happens, colour. */
class SessionTypeDialog extends Dialog {

    static final List<String> COLOURS = List.of("#2d8479", "#b8643c", "#3b7699", "#74599f", "#a9557a", "#5a8447", "#56646f");

    private final TextField name = new TextField("Name");
    private final IntegerField duration = new IntegerField("Length in minutes");
    private final TextArea description = new TextArea("Description");
    private final TextField price = new TextField("Price shown");
    private final TextField payment = new TextField("How it is paid (optional)");
    private final TextField place = new TextField("Where it happens (optional)");
    private final Select<String> colour = new Select<>();
    private final FieldMessages messages = new FieldMessages()
            .field("name", name).field("duration", duration).field("description", description)
            .field("price", price).field("payment", payment).field("place", place).field("colour", colour);

    /** @param save stores the type and may refuse it; the dialog closes only when it did not */
    SessionTypeDialog(SessionType existing, Consumer<NewSessionType> save) {
        setHeaderTitle(existing == null ? "New session type" : "Change " + existing.name());
        TextLimits.atMost(SessionTypeCheck.MAX_NAME_LENGTH, name);
        duration.setMin(SessionTypeCheck.MIN_DURATION);
        duration.setMax(SessionTypeCheck.MAX_DURATION);
        duration.setStepButtonsVisible(true);
        TextLimits.atMost(SessionTypeCheck.MAX_DESCRIPTION_LENGTH, description);
        TextLimits.atMost(SessionTypeCheck.MAX_PRICE_LENGTH, price);
        price.setHelperText("As readers should see it, e.g. \"Free\" or \"90 €\". Nothing is charged here.");
        TextLimits.atMost(SessionTypeCheck.MAX_PAYMENT_LENGTH, payment);
        payment.setHelperText("Shown with the price, e.g. \"By bank transfer after the session; the invoice comes by email\".");
        TextLimits.atMost(SessionTypeCheck.MAX_PLACE_LENGTH, place);
        place.setHelperText("An address or a video link; readers see it when they book and in every message about the session.");
        colour.setLabel("Colour in the calendar");
        colour.setItems(COLOURS);
        colour.setRenderer(new ComponentRenderer<>(ColourSwatch::new));
        if (existing == null) {
            duration.setValue(50);
            colour.setValue(COLOURS.getFirst());
        } else {
            name.setValue(existing.name());
            duration.setValue(existing.durationMinutes());
            description.setValue(existing.description());
            price.setValue(existing.priceLabel());
            payment.setValue(existing.payment());
            place.setValue(existing.place());
            colour.setValue(COLOURS.contains(existing.colour()) ? existing.colour() : COLOURS.getFirst());
        }
        add(new FormLayout(name, duration, price, payment, place, colour, description));
        Button store = new Button("Save", click -> {
            try {
                save.accept(new NewSessionType(name.getValue(), duration.getValue() == null ? 0 : duration.getValue(),
                        description.getValue(), price.getValue(), place.getValue(), payment.getValue(), colour.getValue()));
                close();
            } catch (InvalidInputException refusal) {
                messages.show(refusal);
            }
        });
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), store);
    }
}
