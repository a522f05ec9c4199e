package app.goodenough.mail.internal;

import app.goodenough.calendar.CalendarAddress;
import app.goodenough.identity.SystemTask;
import app.goodenough.password.PasswordLinks;
import app.goodenough.schedule.Confirmation;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What every letter says about the people in it, whether it is about one session or a series:
 * to the client, with whom and how to reach them (and, in a confirmation, the link to choose a
 * first password); to the coach, who the client is and where the day is in her calendar.
 */
@Component
class LetterParties {

    private final PasswordLinks passwordLinks;
    private final SystemTask systemTask;
    private final String baseUrl;

    LetterParties(PasswordLinks passwordLinks, SystemTask systemTask, @Value("${good-enough.base-url}") String baseUrl) {
        this.passwordLinks = passwordLinks;
        this.systemTask = systemTask;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The client's letter: their name, the session with whom, and the coach's address. */
    void forClient(Map<String, Object> values, Confirmation session) {
        values.put("name", session.clientName());
        values.put("what", session.sessionType().name() + " with " + session.coach().displayName());
        values.put("minutes", session.sessionType().duration().toMinutes());
        values.put("coachName", session.coach().displayName());
        values.put("coachEmail", session.coach().email());
    }

    /** A confirmation: the link to choose a first password, when the client has none yet. */
    void withFirstPasswordLink(Map<String, Object> values, Confirmation session) {
        systemTask.call("messages", () -> passwordLinks.firstPasswordToken(session.booking().clientId()))
                .ifPresent(token -> values.put("passwordUrl", baseUrl + "/" + PasswordLinks.SET_ROUTE + "/" + token));
    }

    /** The coach's letter: the client, the session type, and the session's day in her calendar. */
    void forCoach(Map<String, Object> values, Confirmation session, ZoneId zone) {
        values.put("clientName", session.clientName());
        values.put("sessionType", session.sessionType().name());
        values.put("clientEmail", session.clientEmail());
        values.put("calendarUrl", baseUrl + "/" + CalendarAddress.dayOf(session.booking().start().atZone(zone).toLocalDate()));
    }
}
