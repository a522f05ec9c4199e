package app.goodenough.booking.ui;

import app.goodenough.managelinks.ManageLinks;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.DemoMode;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Makes the booking page's last step, with the booker's copy of the first session's manage link. */
@Component
class ConfirmationPanels {

    private final ManageLinks manageLinks;
    private final DemoMode demo;
    private final Clock clock;

    ConfirmationPanels(ManageLinks manageLinks, DemoMode demo, Clock clock) {
        this.manageLinks = manageLinks;
        this.demo = demo;
        this.clock = clock;
    }

    /** @param booked one session, or the sessions of a series, the first's link shown and each one's in the calendar file */
    ConfirmationPanel of(List<Confirmation> booked, String typedEmail) {
        String token = manageLinks.bookersTokenFor(booked.getFirst().booking());
        return new ConfirmationPanel(booked, typedEmail, new ConfirmationPanel.ManageLink(ManageLinks.ROUTE + "/" + token,
                session -> manageLinks.url(manageLinks.bookersTokenFor(session.booking()))), demo.isOn(), clock);
    }

    boolean demo() {
        return demo.isOn();
    }
}
