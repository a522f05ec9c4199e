package app.goodenough.appointments;

import app.goodenough.practice.ClientSummary;
import app.goodenough.practice.Principle;
import app.goodenough.sessiontypes.SessionType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the coach chooses from when making an appointment: their clients, their session types
 * (also those not offered to readers), the principles, and today in their zone.
 */
public record AppointmentChoices(List<ClientSummary> clients, List<SessionType> sessionTypes, List<Principle> principles,
        ZoneId zone, LocalDate today) {
}
