package app.goodenough.checkins.ui;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.calendar.ui.SessionPages;
import app.goodenough.checkins.CheckInService;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.PrincipleService;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.springframework.core.annotation.Order;

/** The client's check-in in the panel of a session in the coach's calendar. */
@org.springframework.stereotype.Component
@Order(3)
class CheckInSessionPages implements SessionPages {

    private final CheckInService checkIns;
    private final PrincipleService principles;
    private final PracticeService practice;

    CheckInSessionPages(CheckInService checkIns, PrincipleService principles, PracticeService practice) {
        this.checkIns = checkIns;
        this.principles = principles;
        this.practice = practice;
    }

    @Override
    public List<Component> linksFor(BookingDetails session) {
        if (session.awaitsClient()) {
            return List.of();
        }
        return List.of(new CheckInSummary(checkIns.ofSession(session.id()), principles.principles(), practice.myTimeZone()));
    }

    @Override
    public List<Component> actionsFor(BookingDetails session, Runnable closePanel) {
        return List.of();
    }
}
