package app.goodenough.schedule;

import app.goodenough.availability.SessionType;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PublicCoach;
import java.util.Optional;

/** Everything the reader is told once a session is booked. */
public record Confirmation(
        Booking booking, SessionType sessionType, PublicCoach coach, String clientName, String clientEmail,
        Optional<Principle> focus) {
}
