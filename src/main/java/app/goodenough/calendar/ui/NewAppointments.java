package app.goodenough.calendar.ui;

import app.goodenough.schedule.Confirmation;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** "New appointment", which the appointments feature offers as a bean, so the calendar knows nothing of how one is made. */
public interface NewAppointments {

    /** A dialog for an appointment suggested on this day (and time); {@code onBooked} runs with the (first) session booked. */
    Dialog dialog(LocalDate suggestedDay, @Nullable LocalTime suggestedTime, Consumer<Confirmation> onBooked);
}
