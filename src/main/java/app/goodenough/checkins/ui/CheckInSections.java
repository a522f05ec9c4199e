package app.goodenough.checkins.ui;

import app.goodenough.calendar.BookingDetails;
import app.goodenough.calendar.ui.SessionPages;
import app.goodenough.checkins.CheckInService;
import app.goodenough.intake.IntakeAnswer;
import app.goodenough.intake.IntakeService;
import app.goodenough.intake.ui.IntakeAnswersList;
import app.goodenough.notes.Note;
import app.goodenough.notes.ui.NoteSections;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.PrincipleService;
import app.goodenough.schedule.BookingId;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * What the client said before a session, in its panel in the coach's calendar and beside its note,
 * where she prepares for it: the answers to the intake questions when booking, and the check-in.
 */
@org.springframework.stereotype.Component
@Order(3)
class CheckInSections implements SessionPages, NoteSections {

    private final CheckInService checkIns;
    private final IntakeService intake;
    private final PrincipleService principles;
    private final PracticeService practice;

    CheckInSections(CheckInService checkIns, IntakeService intake, PrincipleService principles, PracticeService practice) {
        this.checkIns = checkIns;
        this.intake = intake;
        this.principles = principles;
        this.practice = practice;
    }

    @Override
    public List<Component> linksFor(BookingDetails session) {
        return beforeTheSession(session.id(), !session.awaitsClient());
    }

    @Override
    public List<Component> sectionsFor(Note note) {
        return note.bookingId() == null ? List.of() : beforeTheSession(note.bookingId(), true);
    }

    @Override
    public List<Component> actionsFor(BookingDetails session, Runnable closePanel, Runnable afterChange) {
        return List.of();
    }

    /** @param withCheckIn whether the session can have a check-in: its client has confirmed it is theirs */
    private List<Component> beforeTheSession(BookingId session, boolean withCheckIn) {
        List<Component> sections = new ArrayList<>();
        List<IntakeAnswer> answers = intake.answersFor(session);
        if (!answers.isEmpty()) {
            sections.add(new IntakeAnswersList(answers));
        }
        if (withCheckIn) {
            sections.add(new CheckInSummary(checkIns.ofSession(session), principles.principles(), practice.myTimeZone()));
        }
        return sections;
    }
}
