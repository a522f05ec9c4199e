package app.goodenough.schedule;

import app.goodenough.practice.Principle;
import app.goodenough.practice.PublicCoach;
import app.goodenough.sessiontypes.SessionType;
import java.util.Optional;

/** Everything the reader is told once a session is booked. */
public record Confirmation(
        Booking booking, SessionType sessionType, PublicCoach coach, String clientName, String clientEmail,
        Optional<Principle> focus) {
}
