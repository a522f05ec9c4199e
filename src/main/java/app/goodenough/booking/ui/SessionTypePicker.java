package app.goodenough.booking.ui;

import app.goodenough.sessiontypes.SessionType;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;

/** Step 1: the kinds of session on offer, one card each. */
class SessionTypePicker extends Div {

    SessionTypePicker(List<SessionType> types, Consumer<SessionType> onChoose) {
        addClassName("step");
        add(new H2("What kind of session?"));
        if (types.isEmpty()) {
            add(new Paragraph("No sessions can be booked at the moment. Please come back soon."));
        }
        Div cards = new Div();
        cards.addClassName("session-types");
        types.forEach(type -> cards.add(card(type, onChoose)));
        add(cards);
    }

    private static Button card(SessionType type, Consumer<SessionType> onChoose) {
        Span name = new Span(type.name());
        name.addClassName("session-type-name");
        Span facts = new Span(type.durationMinutes() + " minutes" + (type.priceLabel().isBlank() ? "" : " · " + type.priceLabel()));
        facts.addClassName("session-type-facts");
        Span description = new Span(type.description());
        description.addClassName("session-type-description");
        Div text = new Div(name, facts, description);
        if (!type.place().isBlank()) {
            Span place = new Span("Where: " + type.place());
            place.addClassName("session-type-place");
            text.add(place);
        }
        Button card = new Button(text, click -> onChoose.accept(type));
        card.addClassName("session-type");
        card.getStyle().set("--session-colour", type.colour());
        card.setAriaLabel(type.name() + ", " + type.durationMinutes() + " minutes");
        return card;
    }
}
