package app.goodenough.practice.ui;

import app.goodenough.practice.Principle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** One principle, in its colour, with its number and summary. */
public class PrincipleCard extends Div {

    public PrincipleCard(Principle principle) {
        addClassName("principle-card");
        getStyle().set("--principle-colour", principle.colour());
        Span number = new Span(String.valueOf(principle.number()));
        number.addClassName("principle-number");
        add(number, new H3(principle.title()), new Paragraph(principle.summary()));
    }
}
