package app.goodenough.readerseries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.availability.TimeWindow;
import app.goodenough.blocks.TimeBlockService;
import app.goodenough.booking.FormAnswers;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.support.ServiceTest;
import app.goodenough.support.TestPractice;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Readers booking a series on real PostgreSQL: only where the coach offers it, only free times, all of it or nothing, one letter. */
class ReaderSeriesServiceTest extends ServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired ReaderSeriesService series;
    @Autowired SeriesOfferService offers;
    @Autowired TimeBlockService timeBlocks;
    TestPractice.Practice practice;
    Instant first;

    @BeforeEach
    void aCoachOffersFourWeeklySessions() {
        practice = testPractice.open("Europe/Berlin");
        first = testPractice.freeTimes(practice, 3).get(2);
        signIn.as(practice.coach().email());
        offers.offer(practice.session().id(), new SeriesOffer(4, 1));
        signIn.out();
    }

    @Test
    void aReaderSeesEverySessionInTheirZoneWithTheBlockedOneLeftOutAndBooksTheFreeOnesWithOneLetter() {
        LocalDate third = first.atZone(BERLIN).toLocalDate().plusWeeks(2);
        signIn.as(practice.coach().email());
        timeBlocks.block(third, TimeWindow.of("00:00", "23:30"), "Away");
        signIn.out();

        List<ReaderOccurrence> preview = series.preview(practice.session().id(), first);
        assertThat(preview).extracting(ReaderOccurrence::free).containsExactly(true, true, false, true);
        assertThat(preview).extracting(occurrence -> occurrence.start().atZone(BERLIN).toLocalTime()).containsOnly(first.atZone(BERLIN).toLocalTime());
        String email = "series-" + UUID.randomUUID() + "@example.org";
        List<Confirmation> booked = series.book(request(email, UUID.randomUUID()), FormAnswers.none(), Set.of(1, 2, 4));

        assertThat(booked).hasSize(3).extracting(confirmation -> confirmation.booking().start())
                .containsExactly(preview.get(0).start(), preview.get(1).start(), preview.get(3).start());
        assertThat(jdbc.queryForList("select series_position from booking where series_id = ? order by series_position", Integer.class,
                seriesOf(booked))).containsExactly(1, 2, 4);
        assertThat(jdbc.queryForList("select kind from outbox_message where recipient_email = ? and kind <> 'REMINDER'", String.class, email))
                .containsExactly("CONFIRMATION");
        assertThat(jdbc.queryForObject("select text_body from outbox_message where recipient_email = ? and kind = 'CONFIRMATION'", String.class,
                email)).as("a new reader can choose a password").contains("choose a password", "(1 of 4)", "(4 of 4)").doesNotContain("(3 of 4)");
        assertThat(jdbc.queryForObject("select count(distinct client_id) from booking where series_id = ?", Integer.class, seriesOf(booked)))
                .isEqualTo(1);
    }

    @Test
    void aSessionTakenAfterThePreviewRefusesTheWholeSeries() {
        String email = "series-" + UUID.randomUUID() + "@example.org";
        List<ReaderOccurrence> preview = series.preview(practice.session().id(), first);
        testPractice.book(practice, preview.get(1).start(), BERLIN);

        assertThatThrownBy(() -> series.book(request(email, UUID.randomUUID()), FormAnswers.none(), Set.of(1, 2, 3, 4)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().getFirst())
                        .satisfies(problem -> assertThat(problem.field()).isEqualTo("series"))
                        .satisfies(problem -> assertThat(problem.message()).startsWith("Session 2, ").endsWith("is no longer free, so nothing was booked. Look at the sessions again.")));
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).as("nothing stored").isZero();
    }

    @Test
    void anAddressWithAnAccountMustSignInAndATypeWithoutAnOfferHasNoSeries() {
        String sams = testPractice.bookFirstFreeTime(practice, 1).clientEmail();

        assertThatThrownBy(() -> series.book(request(sams, UUID.randomUUID()), FormAnswers.none(), Set.of(1, 2)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.field()).isEqualTo("email")));
        assertThat(jdbc.queryForObject("select count(*) from booking_series where coach_id = ?", Integer.class, practice.coach().id().value()))
                .isZero();

        signIn.as(practice.coach().email());
        offers.offer(practice.session().id(), null);
        signIn.out();
        assertThat(series.offerFor(practice.session().id())).isEmpty();
        assertThat(series.preview(practice.session().id(), first)).isEmpty();
        assertThatThrownBy(() -> series.book(request("x-" + UUID.randomUUID() + "@example.org", UUID.randomUUID()), FormAnswers.none(), Set.of(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().getFirst().field()).isEqualTo("series"));
    }

    @Test
    void theCoachOffersOnlyHerOwnTypesAndOnlySensibleSeries() {
        signIn.as(practice.coach().email());
        assertThat(offers.myOffer(practice.session().id())).contains(new SeriesOffer(4, 1));
        assertThatThrownBy(() -> offers.offer(practice.session().id(), new SeriesOffer(13, 3)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.field()).containsExactly("sessions", "everyWeeks"));
        signIn.as(testPractice.open("Europe/Berlin").coach().email());
        assertThat(offers.myOffer(practice.session().id())).isEmpty();
        assertThatThrownBy(() -> offers.offer(practice.session().id(), null)).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select sessions from reader_series_offer where session_type_id = ?", Integer.class,
                practice.session().id().value())).isEqualTo(4);
    }

    private BookingRequest request(String email, UUID key) {
        return new BookingRequest(practice.session().id(), first, "Robin Reader", email, "", null, "", "America/New_York", key);
    }

    private UUID seriesOf(List<Confirmation> booked) {
        return jdbc.queryForObject("select series_id from booking where id = ?", UUID.class, booked.getFirst().booking().id().value());
    }
}
