package app.goodenough.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import app.goodenough.availability.TimeWindow;
import app.goodenough.blocks.TimeBlockService;
import app.goodenough.booking.BookingService;
import app.goodenough.calendar.CoachCalendarService;
import app.goodenough.notes.Note;
import app.goodenough.notes.NoteDraft;
import app.goodenough.notes.NotesService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestClients;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Private feeds on real PostgreSQL: what a coach's and a client's calendar app reads, and who can read it. */
class CalendarFeedServiceTest extends ServiceTest {

    @Autowired CalendarFeedService feeds;
    @Autowired BookingService bookingService;
    @Autowired CoachCalendarService calendar;
    @Autowired TimeBlockService timeBlocks;
    @Autowired NotesService notes;
    @Autowired TestClients testClients;
    TestPractice.Practice practice;
    Confirmation booked;

    @BeforeEach
    void aCoachWithOneBookingAndANote() {
        practice = testPractice.open("Europe/Berlin");
        Instant start = testPractice.bookFirstFreeTime(practice, 3).booking().start().plus(Duration.ofDays(1));
        booked = bookingService.book(new BookingRequest(practice.session().id(), start, "Feed Reader", "feed-" + UUID.randomUUID() + "@example.org",
                "", "not-always-on", "Something only the coach reads.", "Asia/Tokyo", UUID.randomUUID()));
        signIn.as(practice.coach().email());
        Note note = notes.noteForSession(booked.booking().id());
        notes.save(note.id(), note.version(), new NoteDraft("A private observation.", List.of(), List.of()));
    }

    @Test
    void theCoachsFeedListsHerSessionsAndBlocksButNoNoteAndNothingTheClientWrote() throws Exception {
        timeBlocks.block(TestClock.get().today(practice.zone()).plusDays(9), TimeWindow.of("10:00", "11:00"), "Dentist");
        FeedAddress address = feeds.makeNewAddress();

        Calendar ics = parse(feedAt(address));
        VEvent session = eventWithUid(ics, booked.booking().id() + "@good-enough");

        assertThat(value(session, "SUMMARY")).isEqualTo("Feed Reader · Coaching session");
        assertThat(value(session, "DESCRIPTION")).isEqualTo("Focus: You don't have to be \"on\" all the time");
        assertThat(value(session, "URL")).contains("/coach/calendar?view=day&date=");
        assertThat(value(session, "SEQUENCE")).isEqualTo("0");
        assertThat(value(session, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(ics.getComponents("VEVENT")).anySatisfy(event -> assertThat(value((VEvent) event, "SUMMARY")).isEqualTo("Blocked"));
        String text = new String(feeds.feed(tokenOf(address)).orElseThrow().ics(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("private observation", "Something only the coach reads", "Dentist");
        assertThat(address.webcal()).startsWith("webcal://").endsWith(tokenOf(address) + ".ics");
    }

    @Test
    void aMoveRaisesTheSequenceOfTheSameEventAndACancellationIsListedForThirtyDays() throws Exception {
        FeedAddress address = feeds.makeNewAddress();
        String uid = booked.booking().id() + "@good-enough";
        String before = feeds.feed(tokenOf(address)).orElseThrow().etag();

        calendar.reschedule(booked.booking().id(), booked.booking().start().plus(Duration.ofHours(2)));
        assertThat(value(eventWithUid(parse(feedAt(address)), uid), "SEQUENCE")).isEqualTo("1");
        assertThat(feeds.feed(tokenOf(address)).orElseThrow().etag()).isNotEqualTo(before);

        calendar.cancel(booked.booking().id(), "Travelling");
        assertThat(value(eventWithUid(parse(feedAt(address)), uid), "STATUS")).isEqualTo("CANCELLED");

        TestClock.get().runFrom(TestClock.get().instant().plus(Duration.ofDays(31)));
        assertThat(parse(feedAt(address)).getComponents("VEVENT")).noneSatisfy(event ->
                assertThat(value((VEvent) event, "UID")).isEqualTo(uid));
    }

    @Test
    void anUnchangedFeedKeepsItsEtag() {
        String token = tokenOf(feeds.makeNewAddress());

        assertThat(feeds.feed(token).orElseThrow().etag()).isEqualTo(feeds.feed(token).orElseThrow().etag());
    }

    @Test
    void aNewAddressRevokesTheOldOneAtOnce() {
        String old = tokenOf(feeds.makeNewAddress());
        String fresh = tokenOf(feeds.makeNewAddress());

        assertThat(feeds.feed(old)).isEmpty();
        assertThat(feeds.feed(fresh)).isPresent();
        assertThat(feeds.myAddress()).map(FeedTokens::tokenIn).hasValue(fresh);
    }

    @Test
    void aClientsFeedListsOnlyTheirOwnConfirmedSessions() throws Exception {
        String email = testClients.withPassword("Feed Client", TestPractice.PASSWORD);
        signIn.as(email);
        bookingService.book(new BookingRequest(practice.session().id(), booked.booking().start().plus(Duration.ofHours(3)), "Feed Client", email,
                "", null, "", "Europe/Berlin", UUID.randomUUID()));
        FeedAddress address = feeds.makeNewAddress();
        signIn.out();
        Confirmation onTrust = bookingService.book(new BookingRequest(practice.session().id(),
                booked.booking().start().plus(Duration.ofHours(5)), "Someone Else", email, "", null, "", "Europe/Berlin", UUID.randomUUID()));

        Calendar ics = parse(feedAt(address));

        assertThat(ics.getComponents("VEVENT")).singleElement().satisfies(event -> {
            assertThat(value((VEvent) event, "SUMMARY")).isEqualTo("Coaching session with Test Coach");
            assertThat(value((VEvent) event, "URL")).endsWith("/my/sessions");
        });
        assertThat(feedAt(address)).doesNotContain(onTrust.booking().id().toString(), booked.booking().id().toString(), "Feed Reader");
    }

    @Test
    void theCoachsFeedCarriesTheIntakeAnswersAndSaysSoInTheTrailTheClientsFeedDoesNot() throws Exception {
        String email = testClients.withPassword("Feed Answers", TestPractice.PASSWORD);
        Confirmation answered = signIn.during(email, () -> bookingService.book(new BookingRequest(practice.session().id(),
                booked.booking().start().plus(Duration.ofHours(3)), "Feed Answers", email, "", null, "", "Europe/Berlin", UUID.randomUUID())));
        jdbc.update("insert into intake_answer (booking_id, coach_id, position, prompt, answer) values (?, ?, 1, 'Who referred you?', 'Dr Weiss')",
                answered.booking().id().value(), practice.coach().id().value());
        signIn.as(practice.coach().email());
        FeedAddress coachs = feeds.makeNewAddress();

        VEvent session = eventWithUid(parse(feedAt(coachs)), answered.booking().id() + "@good-enough");
        assertThat(value(session, "DESCRIPTION")).isEqualTo("Who referred you?: Dr Weiss");
        assertThat(jdbc.queryForObject("select count(*) from answer_read where coach_id = ? and what = 'FEED'", Integer.class,
                practice.coach().id().value())).isEqualTo(1);

        signIn.as(email);
        assertThat(feedAt(feeds.makeNewAddress())).contains(answered.booking().id().toString()).doesNotContain("Dr Weiss", "referred");
    }

    @Test
    void aMalformedForgedOrUnknownTokenOpensNothing() {
        String mine = tokenOf(feeds.makeNewAddress());
        signIn.as(testClients.withPassword("Feed Client", TestPractice.PASSWORD));
        String clients = tokenOf(feeds.makeNewAddress());
        signIn.out();
        String forged = clients.substring(0, 22) + mine.substring(22);

        for (String token : new String[] {"", "x", mine + "x", forged, mine.substring(0, 53) + "!", null}) {
            assertThat(feeds.feed(token)).as(String.valueOf(token)).isEmpty();
        }
        assertThat(feeds.feed(mine)).isPresent();
    }

    private String feedAt(FeedAddress address) {
        Optional<Feed> feed = feeds.feed(tokenOf(address));
        return new String(feed.orElseThrow().ics(), StandardCharsets.UTF_8);
    }

    private static String tokenOf(FeedAddress address) {
        return FeedTokens.tokenIn(address);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent eventWithUid(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(event -> value(event, "UID").equals(uid)).findFirst().orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    /** The token inside an address, as a calendar app sends it back. */
    static final class FeedTokens {
        static String tokenIn(FeedAddress address) {
            String https = address.https();
            return https.substring(https.indexOf(CalendarFeedService.PATH) + CalendarFeedService.PATH.length(),
                    https.length() - CalendarFeedService.SUFFIX.length());
        }
    }
}
