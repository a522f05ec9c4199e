package app.goodenough.availability.ui;

import app.goodenough.availability.CoachAvailability;
import app.goodenough.availability.CoachAvailabilityService;
import app.goodenough.availability.TimeWindow;
import app.goodenough.availability.UpcomingSessions;
import app.goodenough.identity.Roles;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The coach's hours and booking rules; changes apply to new slots at once. */
@Route("coach/availability")
@PageTitle("Availability · Good Enough")
@Menu(order = 30, title = "Availability")
@RolesAllowed(Roles.COACH)
class AvailabilityView extends Main {

    private final CoachAvailabilityService availabilityService;
    private final UpcomingSessions upcomingSessions;
    private final RulesForm rules;
    private final Map<DayOfWeek, HoursList> weekdays = new EnumMap<>(DayOfWeek.class);
    private final FieldMessages messages = new FieldMessages();
    private final Paragraph outcome = new Paragraph();

    AvailabilityView(CoachAvailabilityService availabilityService, UpcomingSessions upcomingSessions) {
        this.availabilityService = availabilityService;
        this.upcomingSessions = upcomingSessions;
        addClassName("page");
        CoachAvailability current = availabilityService.myAvailability();
        rules = new RulesForm(current.timeZone(), current.settings());
        rules.register(messages);
        Div week = new Div();
        week.addClassName("weekly-hours");
        DateFormats formats = DateFormats.current();
        for (DayOfWeek day : formats.week()) {
            HoursList hours = new HoursList(formats.weekday(day, TextStyle.FULL),
                    current.weeklyHours().getOrDefault(day, List.of()));
            weekdays.put(day, hours);
            messages.field("hours." + day, hours);
            week.add(hours);
        }
        Button save = new Button("Save hours and rules", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        outcome.addClassName("save-outcome");
        add(new H1("Availability"),
                new Paragraph("When readers can book you. Changes apply to new bookings at once; booked sessions stay as they are."),
                new H2("Weekly hours"), week,
                new H2("Rules"), rules, save, outcome,
                new H2("Special dates"), new OverridesPanel(availabilityService, current.upcomingOverrides(), current.today()));
    }

    private void save() {
        messages.clear();
        List<FieldProblem> local = new ArrayList<>();
        weekdays.forEach((day, hours) -> hours.problem().ifPresent(message -> local.add(new FieldProblem("hours." + day, message))));
        try {
            if (!local.isEmpty()) {
                throw new InvalidInputException(local);
            }
            Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
            weekdays.forEach((day, hours) -> weekly.put(day, hours.windows()));
            availabilityService.saveMyRules(rules.timeZone(), rules.settings(), weekly);
            int outside = upcomingSessions.myUpcomingSessionsOutsideHours();
            outcome.setText(outside == 0 ? "Saved. New slots follow these hours."
                    : "Saved. " + outside + (outside == 1 ? " booked session now lies" : " booked sessions now lie")
                            + " outside your hours; they stay booked.");
            Notification.show("Saved");
        } catch (InvalidInputException refusal) {
            outcome.setText("Nothing was saved; please look at the marked fields.");
            messages.show(refusal);
        }
    }
}
