package app.goodenough.readerseries.ui;

import app.goodenough.readerseries.SeriesOfferService;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.ui.SessionTypeLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** Beside each session type in the coach's list: whether readers may book it as a series. */
@org.springframework.stereotype.Component
class SeriesOfferLinks implements SessionTypeLinks {

    private final SeriesOfferService offers;

    SeriesOfferLinks(SeriesOfferService offers) {
        this.offers = offers;
    }

    @Override
    public Component linkFor(SessionType type) {
        Button series = new Button("Series", click -> new SeriesOfferDialog(offers, type).open());
        series.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        series.getElement().setAttribute("aria-label", "Series of " + type.name() + " for readers");
        return series;
    }
}
