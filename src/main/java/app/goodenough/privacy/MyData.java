package app.goodenough.privacy;

import app.goodenough.checkins.CheckIn;
import app.goodenough.intake.IntakeAnswer;
import app.goodenough.takeaways.SharedTakeaway;
import java.util.List;

/**
 * Everything the practice holds about a client that the client may see: their account, their
 * sessions with every coach, the messages written to them (links taken out: they were keys) and
 * their erasure requests, their check-ins, their answers when booking and the takeaways shared with
 * them. Never a coach's notes, which are the coach's records.
 */
public record MyData(String exportedAt, Person account, List<Session> sessions, List<Message> messages, List<Request> erasureRequests,
        List<CheckIn> checkIns, List<IntakeAnswer> intakeAnswers, List<SharedTakeaway> takeaways) {

    public record Person(String name, String email, String phone, String timeZone, String accountSince) {
    }

    public record Session(String coach, String sessionType, String start, String end, String status, String focus,
            String yourMessage, String yourPhone, String bookedAt) {
    }

    public record Message(String subject, String written, String sent, String text) {
    }

    public record Request(String requestedAt, String reason, String withdrawnAt, String decidedAt) {
    }
}
