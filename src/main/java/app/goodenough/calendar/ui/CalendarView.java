package app.goodenough.calendar.ui;

import app.goodenough.blocks.TimeBlockService;
import app.goodenough.blocks.ui.BlockDialog;
import app.goodenough.booking.BookingService;
import app.goodenough.calendar.BookingDetails;
import app.goodenough.calendar.CalendarAddress;
import app.goodenough.calendar.CalendarEntry;
import app.goodenough.calendar.CalendarPeriod;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.identity.Roles;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.BlockedTime;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.IsoText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The coach's calendar, in the coach's zone: week by default, or day, month and agenda.
 * {@code ?view=week&date=2026-12-01} makes every view bookmarkable.
 */
@Route(CalendarAddress.ROUTE)
@PageTitle("Calendar · Good Enough")
@Menu(order = 5, title = "Calendar")
@RolesAllowed(Roles.COACH)
class CalendarView extends Main implements BeforeEnterObserver {

    private final CoachCalendarService calendar;
    private final TimeBlockService timeBlocks;
    private final NewAppointments newAppointments;
    private final BookingService bookingService;
    private final PracticeService practiceService;
    private final List<SessionPages> sessionPages;
    private final Clock clock;
    private final H1 title = new H1();
    private final CalendarToolbar toolbar;
    private final Div content = new Div();
    private CalendarMode mode = CalendarMode.WEEK;
    private LocalDate date;

    CalendarView(CoachCalendarService calendar, TimeBlockService timeBlocks, NewAppointments newAppointments,
            BookingService bookingService, PracticeService practiceService, List<SessionPages> sessionPages, Clock clock) {
        this.calendar = calendar;
        this.timeBlocks = timeBlocks;
        this.newAppointments = newAppointments;
        this.bookingService = bookingService;
        this.practiceService = practiceService;
        this.sessionPages = sessionPages;
        this.clock = clock;
        addClassNames("page", "calendar-page");
        content.addClassName("calendar-content");
        toolbar = new CalendarToolbar(this::show, () -> newAppointment(date, null),
                () -> new BlockDialog(date, today(), timeBlocks::block, this::render).open());
        add(title, toolbar, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        mode = parameters.getOrDefault("view", List.of()).stream().findFirst()
                .flatMap(CalendarMode::named).orElse(CalendarMode.WEEK);
        date = parameters.getOrDefault("date", List.of()).stream().findFirst()
                .flatMap(IsoText::date).orElseGet(this::today);
        render();
    }

    private void show(CalendarMode newMode, LocalDate newDate) {
        UI.getCurrent().navigate(CalendarView.class, QueryParameters.simple(Map.of(
                "view", newMode.name().toLowerCase(Locale.ROOT), "date", newDate.toString())));
    }

    /** Today where the coach works, by the application's clock. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(practiceService.myTimeZone()));
    }

    void render() {
        DateFormats formats = DateFormats.current();
        DayOfWeek weekStart = formats.week().getFirst();
        CalendarPeriod period = calendar.myCalendar(mode.first(date, weekStart), mode.last(date, weekStart));
        toolbar.update(mode, date, LocalDate.now(clock.withZone(period.zone())));
        title.setText(switch (mode) {
            case DAY -> formats.dayOfYear(date);
            case WEEK -> "Week of " + formats.longDate(period.from());
            case MONTH -> formats.month(date);
            case AGENDA -> "From " + formats.longDate(date);
        });
        content.removeAll();
        content.add(switch (mode) {
            case DAY, WEEK -> new TimeGrid(period, this::open, this::openBlock, this::newAppointment);
            case MONTH -> new MonthGrid(period, date, this::open);
            case AGENDA -> new AgendaList(period, this::open);
        });
    }

    private void open(CalendarEntry entry) {
        BookingDetails booking = calendar.myBooking(entry.id());
        ZoneId zone = practiceService.myTimeZone();
        BookingPanel.Actions actions = new BookingPanel.Actions(() -> calendar.markCompleted(booking.id()),
                () -> calendar.markNoShow(booking.id()), () -> calendar.undoOutcome(booking.id()),
                reason -> calendar.cancel(booking.id(), reason),
                day -> bookingService.freeTimesOn(booking.sessionTypeId(), day, zone), start -> calendar.reschedule(booking.id(), start),
                this::render);
        new BookingPanel(booking, zone, clock.instant(), actions, sessionPages).open();
    }

    /** Opens "New appointment"; once booked, the calendar shows the appointment's day in the current view. */
    private void newAppointment(LocalDate day, @Nullable LocalTime time) {
        newAppointments.dialog(day, time, booked -> show(mode, booked.booking().start().atZone(booked.coach().timeZone())
                .toLocalDate())).open();
    }

    private void openBlock(BlockedTime block) {
        ConfirmDialog confirm = new ConfirmDialog("Remove this block?", "Readers can book this time again.", "Remove block",
                event -> {
                    timeBlocks.unblock(block.id());
                    render();
                });
        confirm.setCancelable(true);
        confirm.open();
    }
}
