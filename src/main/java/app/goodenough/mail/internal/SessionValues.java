package app.goodenough.mail.internal;

import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.shared.DateFormats;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** What every letter about a session says, whoever it is for. */
final class SessionValues {

    /** Letters are written in the practice's own way: the person's browser is not there when reminders are read. */
    static final DateFormats FORMATS = DateFormats.practice();

    private SessionValues() {
    }

    /** What every letter about the session says, in the recipient's zone. */
    static Map<String, Object> of(Confirmation session, ZoneId zone, String subject, Map<String, Object> more) {
        Map<String, Object> values = new HashMap<>(more);
        values.put("subject", subject);
        values.put("when", FORMATS.longMoment(session.booking().start().atZone(zone)));
        values.put("zone", zone.getId());
        values.put("typedName", session.booking().typedName());
        session.focus().ifPresent(focus -> values.put("focus", focus.title()));
        SessionType type = session.sessionType();
        if (!type.place().isBlank()) {
            values.put("place", type.place());
        }
        if (!type.priceAndPayment().isEmpty()) {
            values.put("price", type.priceAndPayment());
        }
        return values;
    }
}
