package app.goodenough.booking.ui;

import app.goodenough.account.Account;
import app.goodenough.account.AccountService;
import app.goodenough.booking.BookingService;
import app.goodenough.booking.SlotTakenException;
import app.goodenough.freetimes.ui.DayStep;
import app.goodenough.freetimes.ui.TimePicker;
import app.goodenough.freetimes.ui.Times;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Role;
import app.goodenough.intake.ui.IntakeFields;
import app.goodenough.practice.PracticeService;
import app.goodenough.practice.Principle;
import app.goodenough.practice.PrincipleService;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.schedule.Confirmation;
import app.goodenough.sessiontypes.SessionType;
import app.goodenough.sessiontypes.SessionTypeId;
import app.goodenough.sessiontypes.SessionTypeService;
import app.goodenough.shared.ClientAddress;
import app.goodenough.shared.DateFormats;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.PublicFormThrottle;
import app.goodenough.shared.ui.AddressesOpenedHere;
import app.goodenough.shared.ui.Headings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking a session: session type, day, time (in the reader's zone), details, confirmation; {@code ?focus=<principle>}
 * pre-selects what to work on. Each step is its own address ({@link StepAddress}), so Back and reload work, and the new
 * step's heading takes the focus so that a screen reader announces it.
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
    private final PublicFormThrottle throttle;
    private final ConfirmationPanels confirmationPanels;
    private final List<BookingChoices> choices;
    private final ReaderZoneField zoneField = new ReaderZoneField(this::zoneChanged);
    private final Div step = new Div();
    private final Paragraph focusNote = new Paragraph();
    private Optional<Principle> focus = Optional.empty();
    private StepAddress address = new StepAddress(null, null, null, null);
    private SessionType type;
    private YearMonth month;
    private DetailsForm detailsForm;

    BookView(BookingService bookingService, SessionTypeService sessionTypeService, PracticeService practiceService,
            PrincipleService principleService, AccountService accountService, CurrentUser currentUser,
            PublicFormThrottle throttle, ConfirmationPanels confirmationPanels, List<BookingChoices> choices) {
        this.choices = choices;
        this.confirmationPanels = confirmationPanels;
        this.bookingService = bookingService;
        this.practiceService = practiceService;
        this.principles = principleService.principles();
        this.sessionTypes = sessionTypeService.bookableSessionTypes();
        this.signedInClient = currentUser.get().filter(user -> user.role() == Role.CLIENT).map(user -> accountService.myAccount());
        this.throttle = throttle;
        addClassName("book-page");
        focusNote.addClassName("focus-note");
        add(new BookHeader(), new H1("Book a session"), focusNote, zoneField, step);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        address = StepAddress.of(event.getLocation().getQueryParameters());
        focus = Optional.ofNullable(address.focus())
                .flatMap(slug -> principles.stream().filter(principle -> principle.slug().equals(slug)).findFirst());
        focusNote.setText(focus.map(principle -> "You'd like to work on: " + principle.title() + ".")
                .orElse(address.focus() == null ? "" : "We didn't recognise that principle; you can choose one below."));
        focusNote.setVisible(!focusNote.getText().isEmpty());
        showStep();
        if (event.getTrigger() != NavigationTrigger.PAGE_LOAD) {
            Headings.focusFirstIn(step);
        }
    }

    /** The step the address names, as far as what it names is offered: a time no longer free shows its day's times. */
    private void showStep() {
        Optional<SessionType> chosen = sessionTypes.stream().filter(offered -> offered.id().toString().equals(address.type())).findFirst();
        if (chosen.isEmpty()) {
            showTypes();
            return;
        }
        type = chosen.get();
        if (address.day() == null) {
            chooseDay();
        } else if (address.time() == null || !bookingService.freeTimesOn(type.id(), address.day(), zoneField.zone()).contains(address.time())) {
            chooseTime(address.day());
        } else {
            enterDetails(address.time());
        }
    }

    /** Goes to a step as a new entry in the browser's history. */
    private void go(StepAddress next) {
        getUI().ifPresent(ui -> ui.navigate(BookView.class, next.parameters()));
    }

    private void showTypes() {
        zoneField.setVisible(false);
        show(new SessionTypePicker(sessionTypes, chosen -> {
            month = null;
            go(address.withType(chosen.id().toString()));
        }));
    }

    /** The days of the month the reader was on, or of the month with the first free time. */
    private void chooseDay() {
        zoneField.setVisible(true);
        ZoneId zone = zoneField.zone();
        SessionTypeId chosen = type.id();
        show(new StepSummary(type.name() + ", " + type.durationMinutes() + " minutes", () -> go(address.start())),
                new DayStep(bookingService.openings(chosen), zone, month, shown -> bookingService.daysWithFreeTimes(chosen, shown, zone),
                        chosenDay -> go(address.withDay(chosenDay)), shown -> month = shown));
    }

    private void chooseTime(LocalDate chosenDay) {
        month = YearMonth.from(chosenDay);
        List<Instant> starts = bookingService.freeTimesOn(type.id(), chosenDay, zoneField.zone());
        var coach = practiceService.publicCoach(type.coachId());
        show(new StepSummary(type.name() + " on " + DateFormats.current().dayOfYear(chosenDay), () -> go(address.withType(type.id().toString()))),
                new TimePicker(chosenDay, starts, zoneField.zone(), coach.timeZone(), coach.displayName(),
                        start -> go(address.withTime(chosenDay, start))));
    }

    private void enterDetails(Instant start) {
        ZoneId zone = zoneField.zone();
        UUID idempotencyKey = UUID.randomUUID();
        Optional<BookingChoices.Choice> choice = choices.stream().flatMap(offered -> offered.at(type, start, zone).stream()).findFirst();
        detailsForm = new DetailsForm(principles, focus, signedInClient, new IntakeFields(bookingService.intakeQuestions(type.id())),
                choice, details -> book(start, zone, idempotencyKey, details, choice));
        show(new StepSummary(type.name() + ", " + Times.moment(start, zone), () -> go(address.withDay(address.day()))), detailsForm);
    }

    private void book(Instant start, ZoneId zone, UUID idempotencyKey, Details details, Optional<BookingChoices.Choice> choice) {
        Optional<String> wait = throttle.bookingTry(ClientAddress.current());
        if (wait.isPresent()) {
            detailsForm.show(new InvalidInputException("form", wait.get()));
            return;
        }
        try {
            var request = new BookingRequest(type.id(), start, details.name(), details.email(), details.phone(), details.focus(),
                    details.message(), zone.getId(), idempotencyKey);
            List<Confirmation> booked = choice.filter(BookingChoices.Choice::chosen).map(chosen -> chosen.book(request, details.answers()))
                    .orElseGet(() -> List.of(bookingService.book(request, details.answers())));
            Confirmation confirmation = booked.getFirst();
            zoneField.setVisible(false);
            boolean openedHere = confirmationPanels.demo() && signedInClient.isEmpty() && !confirmation.booking().awaitsClient();
            if (openedHere) {
                AddressesOpenedHere.remember(details.email());
            }
            show(confirmationPanels.of(booked, details.email().strip()));
        } catch (InvalidInputException refusal) {
            detailsForm.show(refusal);
        } catch (SlotTakenException taken) {
            show(new StepSummary(type.name() + " on " + DateFormats.current().dayOfYear(address.day()), () -> go(address.withType(type.id().toString()))),
                    new TakenNotice(taken.nearestFreeStarts(), zone, other -> go(address.withTime(other.atZone(zone).toLocalDate(), other))));
        }
    }

    private void zoneChanged() {
        if (zoneField.isVisible()) {
            showStep();
        }
    }

    private void show(Component... components) {
        step.removeAll();
        step.add(components);
    }
}
