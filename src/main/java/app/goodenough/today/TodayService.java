package app.goodenough.today;

import app.goodenough.calendar.CalendarEntry;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.identity.Roles;
import app.goodenough.mail.UndeliveredMessages;
import app.goodenough.notes.NotesService;
import app.goodenough.practice.PracticeService;
import app.goodenough.schedule.BookingStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in coach's day, in their zone, on the application's clock. */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional(readOnly = true)
public class TodayService {

    private final CoachCalendarService calendar;
    private final NotesService notesService;
    private final UndeliveredMessages undelivered;
    private final PracticeService practiceService;
    private final Clock clock;

    TodayService(CoachCalendarService calendar, NotesService notesService, UndeliveredMessages undelivered,
            PracticeService practiceService, Clock clock) {
        this.calendar = calendar;
        this.notesService = notesService;
        this.undelivered = undelivered;
        this.practiceService = practiceService;
        this.clock = clock;
    }

    public CoachDay myDay() {
        ZoneId zone = practiceService.myTimeZone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        List<CalendarEntry> entries = calendar.myCalendar(monday, sunday.isBefore(today.plusDays(1)) ? today.plusDays(1) : sunday).entries();
        List<CalendarEntry> week = entries.stream().filter(startsBetween(monday, sunday, zone)).toList();
        return new CoachDay(zone, today, entries.stream().filter(startsBetween(today, today, zone)).toList(),
                entries.stream().filter(startsBetween(today.plusDays(1), today.plusDays(1), zone)).toList(),
                notesService.notesToWrite(), undelivered.mine(), numbers(monday, week, now));
    }

    private static WeekNumbers numbers(LocalDate monday, List<CalendarEntry> week, Instant now) {
        return new WeekNumbers(monday, count(week, entry -> entry.status() != BookingStatus.CANCELLED),
                count(week, entry -> entry.status() == BookingStatus.COMPLETED), count(week, entry -> entry.status() == BookingStatus.NO_SHOW),
                count(week, entry -> entry.status() == BookingStatus.CANCELLED),
                count(week, entry -> entry.status() == BookingStatus.BOOKED && entry.start().isAfter(now)));
    }

    private static int count(List<CalendarEntry> entries, Predicate<CalendarEntry> which) {
        return (int) entries.stream().filter(which).count();
    }

    private static Predicate<CalendarEntry> startsBetween(LocalDate first, LocalDate last, ZoneId zone) {
        return entry -> {
            LocalDate day = entry.start().atZone(zone).toLocalDate();
            return !day.isBefore(first) && !day.isAfter(last);
        };
    }
}
