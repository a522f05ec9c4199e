package app.goodenough.setup;

import app.goodenough.account.Account;
import app.goodenough.booking.FormAnswers;
import app.goodenough.checkins.CheckInAnswers;
import app.goodenough.checkins.CheckInLinks;
import app.goodenough.checkins.CheckInService;
import app.goodenough.identity.SystemTask;
import app.goodenough.insights.ArticleEntries;
import app.goodenough.intake.IntakeQuestion;
import app.goodenough.intake.IntakeService;
import app.goodenough.readerseries.SeriesOffer;
import app.goodenough.readerseries.SeriesOfferService;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Between sessions in the demo: the coaching session's intake questions, upcoming bookings made
 * from the article's sections with their answers, and a check-in before Sam's next session.
 */
@Component
class DemoBetweenSessions {

    /** The answers the demo's readers give: no one suggested it, and no coaching before. */
    private static final Map<Integer, String> ANSWERS = Map.of(2, "No");

    private final IntakeService intake;
    private final ArticleEntries entries;
    private final CheckInService checkIns;
    private final CheckInLinks checkInLinks;
    private final SystemTask systemTask;
    private final SeriesOfferService seriesOffers;

    DemoBetweenSessions(IntakeService intake, ArticleEntries entries, CheckInService checkIns, CheckInLinks checkInLinks,
            SystemTask systemTask, SeriesOfferService seriesOffers) {
        this.seriesOffers = seriesOffers;
        this.intake = intake;
        this.entries = entries;
        this.checkIns = checkIns;
        this.checkInLinks = checkInLinks;
        this.systemTask = systemTask;
    }

    /** The coaching session's intake questions, and readers may book it as a series of six weekly sessions. */
    void askQuestions(Account coach, SessionType coaching) {
        systemTask.runAs(coach.email(), () -> {
            intake.replaceMyQuestions(coaching.id(), List.of(
                    new IntakeQuestion(0, IntakeQuestion.Kind.SHORT_TEXT, "Did someone suggest you book? Who?", List.of(), false),
                    new IntakeQuestion(0, IntakeQuestion.Kind.YES_NO, "Have you worked with a coach before?", List.of(), false)));
            seriesOffers.offer(coaching.id(), new SeriesOffer(6, 1));
        });
    }

    /** A booking as a reader who opened the booking flow from the article's section on {@code focus} makes it. */
    Confirmation fromTheArticle(String focus, Function<FormAnswers, Confirmation> book) {
        entries.opened(focus);
        return book.apply(FormAnswers.fromBookingPage(ANSWERS, focus));
    }

    void checkIn(Optional<Booking> session) {
        session.ifPresent(booked -> checkIns.answerByLink(checkInLinks.tokenFor(booked),
                new CheckInAnswers(Map.of("black-and-white-thinking", 4, "not-always-on", 3, "mistakes-as-growth", 1),
                        "How to say no to the Friday meeting without feeling I let the team down.")));
    }
}
