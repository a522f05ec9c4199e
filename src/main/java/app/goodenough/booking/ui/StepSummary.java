package app.goodenough.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What the reader chose so far, with a way back to change it. */
class StepSummary extends Div {

    StepSummary(String text, Runnable change) {
        addClassName("step-summary");
        Button back = new Button("Change", click -> change.run());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Span(text), back);
    }
}
