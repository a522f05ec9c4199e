package app.goodenough.busytimes.ui;

import app.goodenough.busytimes.ExternalCalendar;
import app.goodenough.busytimes.ExternalCalendarService;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;

/**
 * The coach's other calendars: each with when it was last read (and why the last try failed),
 * removable; and a form to add one by its iCalendar address or as a CalDAV calendar, read at once.
 */
public class BusyCalendarsPanel extends Div {

    private final ExternalCalendarService service;
    private final Clock clock;
    private final Div list = new Div();

    public BusyCalendarsPanel(ExternalCalendarService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("busy-calendars");
        list.addClassName("busy-calendar-list");
        add(new H2("Busy times from your other calendars"), new Paragraph("Paste the private iCalendar address of a calendar you keep "
                + "elsewhere: readers cannot book the times it is busy. Only busy times are kept, and the events' titles only if you ask. "
                + "Each calendar is read again every five minutes."), list, form());
        showList();
    }

    private void showList() {
        list.removeAll();
        for (ExternalCalendar calendar : service.myCalendars()) {
            Span state = new Span(LastRead.describe(calendar, clock.instant()));
            if (!calendar.lastProblem().isEmpty()) {
                state.addClassName("busy-calendar-problem");
            }
            Button remove = new Button("Remove", click -> {
                service.remove(calendar.id());
                showList();
            });
            remove.setAriaLabel("Remove " + calendar.label());
            Div row = new Div(new Span(calendar.label() + " · " + calendar.addressShown()), state, remove);
            row.addClassName("busy-calendar");
            list.add(row);
        }
        if (list.getChildren().findAny().isPresent()) {
            list.add(new Button("Read them all again now", click -> {
                service.refreshMine();
                showList();
            }));
        }
    }

    private Div form() {
        TextField label = new TextField("Name");
        TextLimits.atMost(ExternalCalendarService.MAX_LABEL_LENGTH, label);
        label.setPlaceholder("Private");
        TextField address = new TextField("iCalendar address");
        TextLimits.atMost(ExternalCalendarService.MAX_ADDRESS_LENGTH, address);
        address.setHelperText("Google: Settings › your calendar › Integrate calendar › Secret address in iCal format. "
                + "Apple: share the calendar as a public calendar and copy its link. Outlook: Shared calendars › Publish a calendar › ICS.");
        Checkbox allDay = new Checkbox("All-day events block the whole day", true);
        Checkbox titles = new Checkbox("Show the events' titles in my calendar (only I see them)");
        Checkbox calDav = new Checkbox("The server asks for a user name and password (CalDAV)");
        TextField user = new TextField("User name");
        TextLimits.atMost(ExternalCalendarService.MAX_USER_LENGTH, user);
        PasswordField password = new PasswordField("Password or app password");
        TextLimits.atMost(ExternalCalendarService.MAX_PASSWORD_LENGTH, password);
        password.setHelperText("Kept encrypted, never shown again. An app password made for this is best.");
        user.setVisible(false);
        password.setVisible(false);
        calDav.addValueChangeListener(change -> {
            user.setVisible(change.getValue());
            password.setVisible(change.getValue());
            address.setLabel(change.getValue() ? "Calendar address on the server" : "iCalendar address");
        });
        FieldMessages messages = new FieldMessages().field("label", label).field("address", address).field("user", user)
                .field("password", password);
        Button add = new Button("Add calendar", click -> {
            messages.clear();
            try {
                if (calDav.getValue()) {
                    service.addCalDav(label.getValue(), address.getValue(), user.getValue(), password.getValue(), allDay.getValue(),
                            titles.getValue());
                } else {
                    service.add(label.getValue(), address.getValue(), allDay.getValue(), titles.getValue());
                }
                label.clear();
                address.clear();
                password.clear();
                showList();
            } catch (InvalidInputException refusal) {
                messages.show(refusal);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setDisableOnClick(true);
        add.addClickListener(click -> add.setEnabled(true));
        FormLayout fields = new FormLayout(label, address, calDav, user, password, allDay, titles);
        fields.setColspan(address, 2);
        fields.setColspan(calDav, 2);
        return new Div(fields, add);
    }
}
