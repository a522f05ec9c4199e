package app.goodenough.today.ui;

import app.goodenough.busytimes.ExternalCalendarService;
import app.goodenough.busytimes.ui.UnreadCalendars;
import app.goodenough.calendar.CalendarAddress;
import app.goodenough.calendar.CalendarEntry;
import app.goodenough.identity.Roles;
import app.goodenough.mail.Undelivered;
import app.goodenough.notes.NoteToWrite;
import app.goodenough.notes.NotesService;
import app.goodenough.notes.ui.NoteEditorView;
import app.goodenough.practice.CoachProfile;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.PrincipleService;
import app.goodenough.practice.ui.PrincipleCard;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.ui.RouteLinks;
import app.goodenough.today.CoachDay;
import app.goodenough.today.TodayService;
import app.goodenough.today.WeekNumbers;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The coach's home is their day: today's and tomorrow's sessions with their focus, the notes
 * still to write, messages that have not gone out, the week in numbers; then the seven principles.
 */
@Route("coach")
@PageTitle("Your day · Good Enough")
@Menu(order = 1, title = "Your day")
@RolesAllowed(Roles.COACH)
class CoachHomeView extends Main {

    private final NotesService notesService;

    CoachHomeView(TodayService todayService, NotesService notesService, PracticeService practiceService, PrincipleService principleService,
            ExternalCalendarService otherCalendars, Clock clock) {
        this.notesService = notesService;
        addClassNames("page", "coach-home");
        CoachProfile profile = practiceService.myProfile();
        CoachDay day = todayService.myDay();
        DateFormats formats = DateFormats.current();
        Paragraph ways = new Paragraph(RouteLinks.to("coach/calendar", "Open your calendar"), new Text(" · "),
                RouteLinks.to("coach/notes", "Find a note"));
        ways.addClassName("home-ways");
        add(new H1("Hello, " + profile.displayName()), new Paragraph(formats.day(day.date()) + " · " + practiceSummary(profile)), ways);
        add(sessions("Today", day.today(), day.date(), day.zone()), sessions("Tomorrow", day.tomorrow(), day.date().plusDays(1), day.zone()),
                notesToWrite(day.notesToWrite(), day.zone()));
        if (!day.undelivered().isEmpty()) {
            add(undelivered(day.undelivered(), day.zone()));
        }
        add(new UnreadCalendars(otherCalendars, clock));
        add(week(day.week()));
        Div principles = new Div();
        principles.addClassName("principle-grid");
        principleService.principles().forEach(principle -> principles.add(new PrincipleCard(principle)));
        add(new H2("The seven principles"),
                new Paragraph("Your sessions and notes speak this language: each booking can name one, each note can be tagged with several."),
                principles);
    }

    private static Section sessions(String title, List<CalendarEntry> entries, LocalDate date, ZoneId zone) {
        Section section = section("day-sessions", title);
        DateFormats formats = DateFormats.current();
        if (entries.isEmpty()) {
            section.add(new Paragraph("No sessions."));
        }
        UnorderedList list = new UnorderedList();
        for (CalendarEntry entry : entries) {
            String when = formats.timeRange(entry.start().atZone(zone).toLocalTime(), entry.end().atZone(zone).toLocalTime());
            String focus = entry.focusTitle() == null ? "" : " · focus: " + entry.focusTitle();
            String status = entry.status() == BookingStatus.BOOKED ? "" : " · " + entry.status().label().toLowerCase(Locale.ROOT);
            list.add(new ListItem(new Text(when + " · "), RouteLinks.to(CalendarAddress.dayOf(date), entry.clientName()),
                    new Text(" · " + entry.sessionTypeName() + focus + status)));
        }
        section.add(list);
        return section;
    }

    private Section notesToWrite(List<NoteToWrite> notes, ZoneId zone) {
        Section section = section("notes-to-write", "Notes to write");
        if (notes.isEmpty()) {
            section.add(new Paragraph("Every completed session has its signed note."));
        }
        UnorderedList list = new UnorderedList();
        for (NoteToWrite note : notes) {
            Button write = new Button("Write the note", click -> getUI().ifPresent(ui -> ui.navigate(NoteEditorView.class,
                    notesService.noteForSession(note.session()).id().toString())));
            write.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            write.setAriaLabel("Write the note on " + note.clientName() + "'s session");
            list.add(new ListItem(new Text(note.clientName() + " · " + note.sessionTypeName() + " · "
                    + DateFormats.current().moment(note.start().atZone(zone)) + " "), write));
        }
        section.add(list);
        return section;
    }

    private static Section undelivered(List<Undelivered> messages, ZoneId zone) {
        Section section = section("undelivered", "Messages not delivered yet");
        section.add(new Paragraph("The mail server refused these so far; they are tried again. If it goes on, tell whoever runs the practice's mail."));
        UnorderedList list = new UnorderedList();
        for (Undelivered message : messages) {
            list.add(new ListItem("To " + message.recipientName() + ": " + message.subject() + " · written "
                    + DateFormats.current().moment(message.writtenAt().atZone(zone)) + ", " + message.attempts()
                    + (message.attempts() == 1 ? " try" : " tries")));
        }
        section.add(list);
        return section;
    }

    private static Section week(WeekNumbers week) {
        Section section = section("week-numbers", "This week");
        section.add(new Paragraph(week.sessions() + (week.sessions() == 1 ? " session" : " sessions") + ": " + week.completed() + " completed, "
                + week.noShows() + (week.noShows() == 1 ? " no-show" : " no-shows") + ", " + week.toCome() + " still to come; "
                + week.cancelled() + " cancelled."));
        return section;
    }

    private static Section section(String className, String title) {
        Section section = new Section(new H2(title));
        section.addClassName(className);
        return section;
    }

    private static String practiceSummary(CoachProfile profile) {
        String clients = profile.clientCount() == 1 ? "1 client" : profile.clientCount() + " clients";
        return "Your practice runs on " + profile.timeZone().getId() + " time and has " + clients + ".";
    }
}
