package app.goodenough.appointments.ui;

import app.goodenough.appointments.AppointmentService;
import app.goodenough.calendar.ui.NewAppointments;
import app.goodenough.schedule.Confirmation;
import app.goodenough.series.SeriesService;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Opens the appointment dialog for the calendar: one session, or a series. */
@Component
class AppointmentDialogs implements NewAppointments {

    private final AppointmentService appointments;
    private final SeriesService series;

    AppointmentDialogs(AppointmentService appointments, SeriesService series) {
        this.appointments = appointments;
        this.series = series;
    }

    @Override
    public Dialog dialog(LocalDate suggestedDay, @Nullable LocalTime suggestedTime, Consumer<Confirmation> onBooked) {
        return new AppointmentDialog(appointments, series, suggestedDay, suggestedTime, onBooked);
    }
}
