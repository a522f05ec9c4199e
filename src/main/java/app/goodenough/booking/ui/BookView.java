package app.goodenough.booking.ui;

import app.goodenough.account.Account;
import app.goodenough.account.AccountService;
import app.goodenough.booking.BookingService;
import app.goodenough.booking.SlotTakenException;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Role;
import app.goodenough.managelinks.ManageLinks;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.ClientAddress;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.DemoMode;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.PublicFormThrottle;
import app.goodenough.shared.ui.AddressesOpenedHere;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking a session: session type, day, time (in the reader's zone), details, confirmation.
 * {@code /book?focus=<principle-slug>} pre-selects what the reader wants to work on.
 */
@Route(value = "book", autoLayout = false)
@PageTitle("Book a session · Good Enough")
@AnonymousAllowed
public class BookView extends Main implements BeforeEnterObserver {

    private final BookingService bookingService;
    private final PracticeService practiceService;
    private final List<Principle> principles;
    private final List<SessionType> sessionTypes;
    private final Optional<Account> signedInClient;
    private final Clock clock;
    private final PublicFormThrottle throttle;
    private final DemoMode demo;
    private final ManageLinks manageLinks;
    private final ReaderZoneField zoneField = new ReaderZoneField(this::zoneChanged);
    private final Div step = new Div();
    private final Paragraph focusNote = new Paragraph();
    private Optional<Principle> focus = Optional.empty();
    private SessionType type;
    private YearMonth month;
    private LocalDate day;
    private DetailsForm detailsForm;

    public BookView(BookingService bookingService, SessionTypeService sessionTypeService, PracticeService practiceService,
            PrincipleService principleService, AccountService accountService, CurrentUser currentUser, Clock clock,
            PublicFormThrottle throttle, DemoMode demo, ManageLinks manageLinks) {
        this.demo = demo;
        this.manageLinks = manageLinks;
        this.bookingService = bookingService;
        this.practiceService = practiceService;
        this.principles = principleService.principles();
        this.sessionTypes = sessionTypeService.bookableSessionTypes();
        this.signedInClient = currentUser.get().filter(user -> user.role() == Role.CLIENT).map(user -> accountService.myAccount());
        this.clock = clock;
        this.throttle = throttle;
        addClassName("book-page");
        focusNote.addClassName("focus-note");
        add(header(), new H1("Book a session"), focusNote, zoneField, step);
        showTypes();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> requested = event.getLocation().getQueryParameters().getParameters().getOrDefault("focus", List.of());
        focus = requested.stream().findFirst()
                .flatMap(slug -> principles.stream().filter(principle -> principle.slug().equals(slug)).findFirst());
        focusNote.setText(focus.map(principle -> "You'd like to work on: " + principle.title() + ".")
                .orElse(requested.isEmpty() ? "" : "We didn't recognise that principle; you can choose one below."));
        focusNote.setVisible(!focusNote.getText().isEmpty());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> zoneField.detected(details.getTimeZoneId()));
    }

    private void showTypes() {
        type = null;
        zoneField.setVisible(false);
        show(new SessionTypePicker(sessionTypes, this::typeChosen));
    }

    private void typeChosen(SessionType chosen) {
        type = chosen;
        month = null;
        chooseDay();
    }

    /** The days of the month the reader was on, or of the month with the first free time. */
    private void chooseDay() {
        day = null;
        zoneField.setVisible(true);
        ZoneId zone = zoneField.zone();
        SessionType chosen = type;
        show(summary(chosen.name() + ", " + chosen.durationMinutes() + " minutes", this::showTypes),
                new DayStep(bookingService.openings(chosen.id()), zone, month,
                        shown -> bookingService.daysWithFreeTimes(chosen.id(), shown, zone), this::chooseTime, shown -> month = shown));
    }

    private void chooseTime(LocalDate chosenDay) {
        day = chosenDay;
        month = YearMonth.from(chosenDay);
        List<Instant> starts = bookingService.freeTimesOn(type.id(), chosenDay, zoneField.zone());
        var coach = practiceService.publicCoach(type.coachId());
        show(summary(type.name() + " on " + DateFormats.current().dayOfYear(chosenDay), this::chooseDay),
                new TimePicker(chosenDay, starts, zoneField.zone(), coach.timeZone(), coach.displayName(), this::enterDetails));
    }

    private void enterDetails(Instant start) {
        ZoneId zone = zoneField.zone();
        UUID idempotencyKey = UUID.randomUUID();
        detailsForm = new DetailsForm(principles, focus, signedInClient, details -> book(start, zone, idempotencyKey, details));
        show(summary(type.name() + ", " + Times.moment(start, zone), () -> chooseTime(day)), detailsForm);
    }

    private void book(Instant start, ZoneId zone, UUID idempotencyKey, Details details) {
        Optional<String> wait = throttle.bookingTry(ClientAddress.current());
        if (wait.isPresent()) {
            detailsForm.show(new InvalidInputException("form", wait.get()));
            return;
        }
        try {
            var confirmation = bookingService.book(new BookingRequest(type.id(), start, details.name(), details.email(),
                    details.phone(), details.focus(), details.message(), zone.getId(), idempotencyKey));
            zoneField.setVisible(false);
            boolean openedHere = demo.isOn() && signedInClient.isEmpty() && !confirmation.booking().awaitsClient();
            if (openedHere) {
                AddressesOpenedHere.remember(details.email());
            }
            String token = manageLinks.bookersTokenFor(confirmation.booking());
            show(new ConfirmationPanel(confirmation, details.email().strip(),
                    new ConfirmationPanel.ManageLink(ManageLinks.ROUTE + "/" + token, manageLinks.url(token)), demo.isOn(), clock));
        } catch (InvalidInputException refusal) {
            detailsForm.show(refusal);
        } catch (SlotTakenException taken) {
            show(summary(type.name() + " on " + DateFormats.current().dayOfYear(day), this::chooseDay),
                    new TakenNotice(taken.nearestFreeStarts(), zone, this::enterDetails));
        }
    }

    private void zoneChanged() {
        if (type != null && day == null) {
            chooseDay();
        } else if (type != null) {
            chooseTime(day);
        }
    }

    private static Component summary(String text, Runnable change) {
        return new StepSummary(text, change);
    }

    private void show(Component... components) {
        step.removeAll();
        step.add(components);
    }

    private static Component header() {
        Header header = new Header(new Anchor("/", "Good Enough"), new Anchor("/login", "Sign in"));
        header.addClassName("book-header");
        return header;
    }
}
