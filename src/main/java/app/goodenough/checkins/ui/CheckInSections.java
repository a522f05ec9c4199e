package app.goodenough.checkins.ui;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.calendar.ui.SessionPages;
import app.goodenough.checkins.CheckInService;
import app.goodenough.notes.Note;
import app.goodenough.notes.ui.NoteSections;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.PrincipleService;
import app.goodenough.schedule.BookingId;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.springframework.core.annotation.Order;

/** The client's check-in in the panel of a session in the coach's calendar, and beside its note, where she prepares for it. */
@org.springframework.stereotype.Component
@Order(3)
class CheckInSections implements SessionPages, NoteSections {

    private final CheckInService checkIns;
    private final PrincipleService principles;
    private final PracticeService practice;

    CheckInSections(CheckInService checkIns, PrincipleService principles, PracticeService practice) {
        this.checkIns = checkIns;
        this.principles = principles;
        this.practice = practice;
    }

    @Override
    public List<Component> linksFor(BookingDetails session) {
        if (session.awaitsClient()) {
            return List.of();
        }
        return List.of(summary(session.id()));
    }

    @Override
    public List<Component> sectionsFor(Note note) {
        if (note.bookingId() == null) {
            return List.of();
        }
        return List.of(summary(note.bookingId()));
    }

    @Override
    public List<Component> actionsFor(BookingDetails session, Runnable closePanel) {
        return List.of();
    }

    private CheckInSummary summary(BookingId session) {
        return new CheckInSummary(checkIns.ofSession(session), principles.principles(), practice.myTimeZone());
    }
}
