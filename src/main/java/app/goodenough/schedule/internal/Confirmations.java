package app.goodenough.schedule.internal;

import app.goodenough.account.ClientAccounts;
import app.goodenough.identity.SystemTask;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.schedule.Booking;
import app.goodenough.schedule.BookingId;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A booking with everything that is said about it: session type, coach, client's name and address, focus. */
@Component
public class Confirmations {

    private final BookingRepository bookings;
    private final SessionTypeService sessionTypes;
    private final ClientAccounts clientAccounts;
    private final PracticeService practiceService;
    private final PrincipleService principleService;
    private final SystemTask systemTask;

    Confirmations(BookingRepository bookings, SessionTypeService sessionTypes, ClientAccounts clientAccounts,
            PracticeService practiceService, PrincipleService principleService, SystemTask systemTask) {
        this.bookings = bookings;
        this.sessionTypes = sessionTypes;
        this.clientAccounts = clientAccounts;
        this.practiceService = practiceService;
        this.principleService = principleService;
        this.systemTask = systemTask;
    }

    public Confirmation of(BookingId id) {
        return of(bookings.findById(id).orElseThrow());
    }


    public Confirmation of(Booking booking) {
        return of(booking, sessionTypes.sessionType(booking.sessionTypeId()).orElseThrow());
    }

    /** The confirmation of a booking whose session type the caller has in hand already. */
    public Confirmation of(Booking booking, SessionType type) {
        var client = systemTask.call("confirmation", () -> clientAccounts.contactOf(booking.clientId()));
        Optional<Principle> focus = principleService.principles().stream()
                .filter(principle -> principle.slug().equals(booking.focus())).findFirst();
        return new Confirmation(booking, type, practiceService.publicCoach(booking.coachId()), client.displayName(), client.email(), focus);
    }
}
