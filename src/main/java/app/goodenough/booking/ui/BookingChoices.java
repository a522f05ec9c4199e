package app.goodenough.booking.ui;

import app.goodenough.booking.FormAnswers;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Another way to book the chosen time, which another feature offers on the details step for some
 * session types (several sessions in a series). Beans, so the booking page knows none of them.
 */
public interface BookingChoices {

    /** What it offers for this type and start, in the reader's zone; empty when it offers nothing there. */
    Optional<Choice> at(SessionType type, Instant start, ZoneId readerZone);

    /** One such way, as the details step shows it. */
    interface Choice {

        /** What the details step shows of it, above the button. */
        Component fields();

        /** Whether the reader chose it instead of the one session. */
        boolean chosen();

        /** Runs {@code changed} whenever the reader chooses it or takes it back. */
        void whenChanged(Runnable changed);

        /**
         * Books it instead of the one session, with the details as typed.
         *
         * @return every session booked, the chosen time's first
         * @throws app.goodenough.shared.InvalidInputException for anything the reader can correct, at its field
         */
        List<Confirmation> book(BookingRequest request, FormAnswers answers);
    }
}
