package app.goodenough.mail.internal;

import app.goodenough.availability.AvailabilityService;
import app.goodenough.feeds.RepeatingEvents;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.Confirmation;
import app.goodenough.series.SeriesChanged;
import app.goodenough.series.SeriesRhythm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One letter to the client and one to the coach about several sessions of a series booked, moved
 * or cancelled at once, listing every date, in the transaction of the change. The client's letter
 * about a booked series carries one calendar file with the whole series as a repeating event.
 * Each session's reminders come from {@link BookingMessages}, as for any session.
 */
@Component
class SeriesMessages {

    private final OutboxRepository outbox;
    private final MessageTemplates templates;
    private final ManageLinks manageLinks;
    private final AvailabilityService availability;
    private final LetterParties parties;
    private final Clock clock;

    SeriesMessages(OutboxRepository outbox, MessageTemplates templates, ManageLinks manageLinks, AvailabilityService availability,
            LetterParties parties, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.manageLinks = manageLinks;
        this.availability = availability;
        this.parties = parties;
        this.clock = clock;
    }

    @EventListener
    void on(SeriesChanged change) {
        Confirmation first = change.first();
        Instant now = clock.instant();
        boolean cancelled = change.change() == SeriesChanged.Change.CANCELLED;
        boolean booked = change.change() == SeriesChanged.Change.BOOKED;
        String dates = change.sessions().size() + (change.sessions().size() == 1 ? " session" : " sessions");
        String every = SeriesRhythm.every(change.rhythm().everyWeeks());
        String clientSubject = switch (change.change()) {
            case BOOKED -> "Your series is booked: " + dates + ", " + every;
            case MOVED -> "Moved: " + dates + " of your series";
            case CANCELLED -> "Cancelled: " + dates + " of your series";
        };
        Map<String, Object> client = values(change, first.booking().clientTimeZone(), clientSubject, true);
        parties.forClient(client, first);
        if (booked) {
            parties.withFirstPasswordLink(client, first);
        }
        MessageTemplates.Rendered toClient = templates.render("series-client", client);
        boolean withFile = booked;
        MessageKind kind = switch (change.change()) {
            case BOOKED -> MessageKind.CONFIRMATION;
            case MOVED -> MessageKind.RESCHEDULED;
            case CANCELLED -> MessageKind.CANCELLED;
        };
        String manageUrl = manageLinks.url(manageLinks.tokenFor(first.booking()));
        String coachSubject = (booked ? "New series: " : cancelled ? "Cancelled: " : "Moved: ") + first.clientName() + ", " + dates + ", " + every;
        Map<String, Object> coach = values(change, first.coach().timeZone(), coachSubject, false);
        parties.forCoach(coach, first, first.coach().timeZone());
        MessageTemplates.Rendered toCoach = templates.render("series-coach", coach);
        outbox.insertAll(List.of(
                new NewMessage(kind, first.booking().id(), first.clientEmail(),
                        first.clientName(), clientSubject, toClient.text(), toClient.html(),
                        withFile ? "good-enough-series-" + change.rhythm().firstDay() + ".ics" : null,
                        withFile ? calendarFile(change, manageUrl, now) : null, now),
                new NewMessage(booked ? MessageKind.NEW_BOOKING : kind, first.booking().id(), first.coach().email(),
                        first.coach().displayName(), coachSubject, toCoach.text(), toCoach.html(), null, null, now)));
    }

    /** The booked series as one repeating event, the places not booked left out. */
    private static byte[] calendarFile(SeriesChanged change, String manageUrl, Instant now) {
        SeriesRhythm rhythm = change.rhythm();
        Set<Integer> booked = change.sessions().stream().map(SeriesChanged.Session::position).collect(Collectors.toSet());
        List<LocalDateTime> leftOut = IntStream.rangeClosed(1, rhythm.count()).filter(position -> !booked.contains(position))
                .mapToObj(rhythm::localStart).toList();
        return RepeatingEvents.ics(change.first(), new RepeatingEvents.Repeating(rhythm.id() + "@good-enough", rhythm.zone(),
                rhythm.localStart(1), rhythm.everyWeeks(), rhythm.count(), leftOut), "Sessions " + SeriesRhythm.every(rhythm.everyWeeks())
                + ": " + booked.size() + " booked. Each one is moved or cancelled by its link in the letter about the series; the first's: "
                + manageUrl, now);
    }

    /** What both letters say, in the recipient's zone: each session's time and place in the series, and for the client its link. */
    private Map<String, Object> values(SeriesChanged change, ZoneId zone, String subject, boolean withLinks) {
        Confirmation first = change.first();
        Map<String, Object> values = SessionValues.of(first, zone, subject, Map.of());
        Duration window = availability.settingsOf(first.booking().coachId()).cancellationWindow();
        values.put("every", SeriesRhythm.every(change.rhythm().everyWeeks()));
        values.put("cancelled", change.change() == SeriesChanged.Change.CANCELLED);
        values.put("moved", change.change() == SeriesChanged.Change.MOVED);
        if (!change.reason().isBlank()) {
            values.put("reason", change.reason());
        }
        values.put("sessions", change.sessions().stream().map(session -> {
            Booking booking = session.confirmation().booking();
            Map<String, Object> one = new HashMap<>();
            one.put("when", SessionValues.FORMATS.longMoment(booking.start().atZone(zone)));
            one.put("place", "(" + session.position() + " of " + change.rhythm().count() + ")"
                    + (session.previousStart() == null ? "" : ", was " + SessionValues.FORMATS.longMoment(session.previousStart().atZone(zone))));
            if (withLinks) {
                one.put("manageUrl", manageLinks.url(manageLinks.tokenFor(booking)));
                one.put("manageUntil", SessionValues.FORMATS.moment(booking.start().minus(window).atZone(zone)));
            }
            return one;
        }).toList());
        return values;
    }
}
