package app.goodenough.sessiontypes.ui;

import com.vaadin.flow.component.html.Span;

/** A small dot in a calendar colour. */
class ColourSwatch extends Span {

    ColourSwatch(String colour) {
        addClassName("colour-swatch");
        getStyle().set("background", colour);
        getElement().setAttribute("aria-label", colour);
    }
}
