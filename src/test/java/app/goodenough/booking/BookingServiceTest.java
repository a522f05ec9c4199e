package app.goodenough.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.BookingStatus;
import app.goodenough.schedule.Confirmation;
import app.goodenough.schedule.PastSessions;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.StatementCounter;
import app.goodenough.support.TestClock;
import app.goodenough.support.TestPractice;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class BookingServiceTest extends ServiceTest {

    static final ZoneId READER = ZoneId.of("America/New_York");

    @Autowired BookingService bookingService;
    @Autowired PastSessions pastSessions;
    @Autowired StatementCounter statements;
    TestPractice.Practice practice;
    List<Instant> free;

    @BeforeEach
    void openPractice() {
        practice = testPractice.open("Europe/Berlin");
        free = bookingService.freeTimesOn(typeId(), TestClock.get().today(practice.zone()).plusDays(3), practice.zone());
    }

    @Test
    void aFirstTimeReaderBooksAndGetsAPasswordlessClientAccountLinkedToTheCoach() {
        String email = "Reader-" + UUID.randomUUID() + "@Example.org";

        Confirmation confirmation = bookingService.book(request(free.getFirst(), email));

        assertThat(confirmation.booking().status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(confirmation.booking().start()).isEqualTo(free.getFirst());
        assertThat(confirmation.booking().end()).isEqualTo(free.getFirst().plusSeconds(50 * 60));
        assertThat(confirmation.booking().clientTimeZone()).isEqualTo(READER);
        assertThat(confirmation.sessionType().name()).isEqualTo("Coaching session");
        assertThat(confirmation.coach().displayName()).isEqualTo("Test Coach");
        assertThat(confirmation.focus()).get().extracting(p -> p.title()).isEqualTo("Black-and-white thinking");
        assertThat(jdbc.queryForObject("select password_hash is null from account where email = ?", Boolean.class, email)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from coach_client where coach_id = ? and client_id = ?", Integer.class,
                practice.coach().id().value(), confirmation.booking().clientId().value())).isOne();
    }

    @Test
    void whenTheDaysAroundAreFullTheNearestFreeTimesComeFromFurtherAway() {
        LocalDate day = TestClock.get().today(practice.zone()).plusDays(3);
        for (LocalDate full = day.minusDays(1); !full.isAfter(day.plusDays(1)); full = full.plusDays(1)) {
            for (List<Instant> left = freeOn(full); !left.isEmpty(); left = freeOn(full)) {
                bookingService.book(request(left.getFirst(), "fill-" + UUID.randomUUID() + "@example.org"));
            }
        }
        Instant taken = free.getFirst();

        assertThatThrownBy(() -> bookingService.book(request(taken, "late-" + UUID.randomUUID() + "@example.org")))
                .isInstanceOfSatisfying(SlotTakenException.class, refused -> assertThat(refused.nearestFreeStarts())
                        .hasSize(3).isSorted().allSatisfy(start ->
                                assertThat(Duration.between(start, taken).abs()).isGreaterThan(Duration.ofDays(1))));
    }

    @Test
    void aBookingAndItsMessagesTakeEighteenStatementsAndConfirmWhatWasStored() {
        bookingService.book(request(free.get(0), "first-" + UUID.randomUUID() + "@example.org"));
        Confirmation[] confirmation = new Confirmation[1];

        int sent = statements.statementsOf(() -> confirmation[0] = bookingService.book(request(free.get(4),
                "budget-" + UUID.randomUUID() + "@example.org")));

        assertThat(sent).as("statements for one booking, its client, claim, history, four messages and its type's intake questions")
                .isLessThanOrEqualTo(18);
        Booking told = confirmation[0].booking();
        assertThat(jdbc.queryForMap("select starts_at = ? as starts, ends_at = ? as ends, status, focus_principle, client_message, "
                + "client_time_zone, client_id, session_type_id from booking where id = ?", Timestamp.from(told.start()),
                Timestamp.from(told.end()), told.id().value()))
                .containsEntry("starts", true).containsEntry("ends", true)
                .containsEntry("status", told.status().name()).containsEntry("focus_principle", told.focus())
                .containsEntry("client_message", told.clientMessage()).containsEntry("client_time_zone", told.clientTimeZone().getId())
                .containsEntry("client_id", told.clientId().value()).containsEntry("session_type_id", told.sessionTypeId().value());
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where booking_id = ?", Integer.class, told.id().value()))
                .isEqualTo(4);
    }

    @Test
    void aReturningReaderIsRecognisedByEmailWhateverItsCase() {
        String email = "again-" + UUID.randomUUID() + "@example.org";
        Confirmation first = bookingService.book(request(free.get(0), email));
        Confirmation second = bookingService.book(request(free.get(4), email.toUpperCase(Locale.ROOT)));

        assertThat(second.booking().clientId()).isEqualTo(first.booking().clientId());
    }

    @Test
    void theSameFormSubmittedTwiceBooksOnce() {
        BookingRequest request = request(free.getFirst(), "twice-" + UUID.randomUUID() + "@example.org");

        Confirmation first = bookingService.book(request);
        Confirmation second = bookingService.book(request);

        assertThat(second.booking().id()).isEqualTo(first.booking().id());
        assertThat(bookingsOfCoach()).isOne();
    }

    @Test
    void aTakenTimeIsRefusedWithTheNearestFreeTimes() {
        Instant start = free.get(2);
        bookingService.book(request(start, "first-" + UUID.randomUUID() + "@example.org"));

        assertThatThrownBy(() -> bookingService.book(request(start, "second-" + UUID.randomUUID() + "@example.org")))
                .isInstanceOfSatisfying(SlotTakenException.class, taken -> assertThat(taken.nearestFreeStarts())
                        .hasSize(3).doesNotContain(start).isSorted());
        assertThat(bookingsOfCoach()).isOne();
    }

    @Test
    void aBookedTimeAndItsBufferDisappearFromTheFreeTimes() {
        Instant start = free.get(2);
        bookingService.book(request(start, "gone-" + UUID.randomUUID() + "@example.org"));

        List<Instant> after = bookingService.freeTimesOn(typeId(), TestClock.get().today(practice.zone()).plusDays(3), practice.zone());

        assertThat(after).doesNotContain(free.get(1), start, free.get(3)).contains(free.get(0), free.get(4));
    }

    @Test
    void daysWithFreeTimesAreCountedInTheReadersZone() {
        YearMonth month = YearMonth.from(TestClock.get().today(READER)).plusMonths(1);

        var days = bookingService.daysWithFreeTimes(typeId(), month, READER);

        assertThat(days).isNotEmpty().allSatisfy(day -> assertThat(YearMonth.from(day)).isEqualTo(month));
    }

    @Test
    void timesTheRulesDoNotOfferAreRefusedAtTheTimeField() {
        LocalDate day = TestClock.get().today(practice.zone()).plusDays(3);
        List<Instant> notOffered = List.of(
                TestClock.get().instant().minusSeconds(3600),
                day.atTime(8, 0).atZone(practice.zone()).toInstant(),
                day.atTime(16, 30).atZone(practice.zone()).toInstant(),
                day.atTime(10, 10).atZone(practice.zone()).toInstant(),
                TestClock.get().today(practice.zone()).plusDays(90).atTime(10, 0).atZone(practice.zone()).toInstant(),
                TestClock.get().instant().plusSeconds(3600));
        for (Instant start : notOffered) {
            assertThatThrownBy(() -> bookingService.book(request(start, "never-" + UUID.randomUUID() + "@example.org")))
                    .as("start %s", start)
                    .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                            .extracting(FieldProblem::field).containsExactly("start"));
        }
        assertThat(bookingsOfCoach()).isZero();
    }

    @Test
    void anUnknownOrInactiveSessionTypeIsRefused() {
        BookingRequest unknown = withType(request(free.getFirst(), "x@example.org"), new SessionTypeId(UUID.randomUUID()));
        assertThatThrownBy(() -> bookingService.book(unknown)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sessionType");

        jdbc.update("update session_type set active = false where id = ?", typeId().value());
        assertThatThrownBy(() -> bookingService.book(request(free.getFirst(), "x@example.org")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sessionType");
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsStored() {
        int accounts = jdbc.queryForObject("select count(*) from account", Integer.class);
        BookingRequest hostile = new BookingRequest(typeId(), free.getFirst(), "x".repeat(10_000), "not an email",
                "call me <maybe>", "perfection-<script>", "m".repeat(2001), "Mars/Olympus_Mons", UUID.randomUUID());

        assertThatThrownBy(() -> bookingService.book(hostile))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("name", "email", "phone", "focus", "message", "timeZone"));
        assertThat(bookingsOfCoach()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(accounts);
    }

    @Test
    void markupIsStoredAsTheTextItIs() {
        String message = "<script>alert('hi')</script> & <b>bold</b>";
        Confirmation confirmation = bookingService.book(new BookingRequest(typeId(), free.getFirst(), "<i>Sam</i>",
                "markup-" + UUID.randomUUID() + "@example.org", "", null, message, READER.getId(), UUID.randomUUID()));

        assertThat(confirmation.booking().clientMessage()).isEqualTo(message);
        assertThat(confirmation.clientName()).isEqualTo("<i>Sam</i>");
    }

    @Test
    void postgresqlItselfRefusesOverlappingClaims() {
        bookingService.book(request(free.getFirst(), "claim-" + UUID.randomUUID() + "@example.org"));

        assertThatThrownBy(() -> jdbc.update("""
                insert into time_claim (coach_id, period, kind)
                select coach_id, tstzrange(starts_at + interval '5 minutes', ends_at, '[)'), 'BLOCK' from booking where coach_id = ?
                """, practice.coach().id().value()))
                .hasMessageContaining("time_claim_no_overlap");
    }

    @Test
    void blockedTimeIsNeitherOfferedNorBookable() {
        Instant start = free.get(3);
        jdbc.update("insert into time_claim (coach_id, period, kind) values (?, tstzrange(?::timestamptz, ?::timestamptz, '[)'), 'BLOCK')",
                practice.coach().id().value(), start.toString(), start.plusSeconds(3600).toString());

        assertThat(bookingService.freeTimesOn(typeId(), TestClock.get().today(practice.zone()).plusDays(3), practice.zone())).doesNotContain(start);
        assertThatThrownBy(() -> bookingService.book(request(start, "blocked-" + UUID.randomUUID() + "@example.org")))
                .isInstanceOf(SlotTakenException.class);
    }

    @Test
    void onlyTheApplicationRecordsPastSessionsAndOnlyForTimesThatHavePassed() {
        Confirmation reader = bookingService.book(request(free.getFirst(), "past-" + UUID.randomUUID() + "@example.org"));
        Instant lastWeek = free.getFirst().minus(Duration.ofDays(10));
        BookingRequest past = request(lastWeek, reader.clientEmail());

        signIn.as(practice.coach().email());
        assertThatThrownBy(() -> pastSessions.record(past, reader.booking().clientId()))
                .isInstanceOf(AccessDeniedException.class);

        signIn.asSystem();
        BookingId recorded = pastSessions.record(past, reader.booking().clientId());
        assertThat(jdbc.queryForObject("select starts_at = ?::timestamptz and claim_id is not null from booking where id = ?",
                Boolean.class, lastWeek.toString(), recorded.value())).isTrue();
        assertThatThrownBy(() -> pastSessions.record(request(free.get(4), reader.clientEmail()), reader.booking().clientId()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly("start"));
    }

    private List<Instant> freeOn(LocalDate day) {
        return bookingService.freeTimesOn(typeId(), day, practice.zone());
    }

    private int bookingsOfCoach() {
        return jdbc.queryForObject("select count(*) from booking where coach_id = ?", Integer.class, practice.coach().id().value());
    }

    private SessionTypeId typeId() {
        return practice.session().id();
    }

    private BookingRequest request(Instant start, String email) {
        return new BookingRequest(typeId(), start, "A Reader", email, "+1 212 555 0100", "black-and-white-thinking",
                "I would like to stop all-or-nothing thinking.", READER.getId(), UUID.randomUUID());
    }

    private static BookingRequest withType(BookingRequest request, SessionTypeId type) {
        return new BookingRequest(type, request.start(), request.name(), request.email(), request.phone(), request.focus(),
                request.message(), request.readerTimeZone(), request.idempotencyKey());
    }
}
