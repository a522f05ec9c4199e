package app.goodenough.booking.ui;

import app.goodenough.account.Account;
import app.goodenough.account.DisplayNames;
import app.goodenough.account.EmailAddresses;
import app.goodenough.booking.FormAnswers;
import app.goodenough.intake.ui.IntakeFields;
import app.goodenough.practice.Principle;
import app.goodenough.practice.ui.FocusSelect;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.PhoneField;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Step 4: who is coming and what they would like to work on. */
class DetailsForm extends Div {

    private final TextField name = new TextField("Your name");
    private final EmailField email = new EmailField("Email");
    private final PhoneField phone = new PhoneField("Phone (optional)");
    private final FocusSelect focus;
    private final TextArea message = new TextArea("What brings you? (optional)");
    private final Button book = new Button("Book this session");
    private final Paragraph formMessage = new Paragraph();
    private final FieldMessages messages;

    /** @param preselected the principle the booking page was opened with, which also says where in the article the reader came from */
    /** @param choice another way to book the time, such as a series, shown above the button */
    DetailsForm(List<Principle> principles, Optional<Principle> preselected, Optional<Account> signedIn, IntakeFields intake,
            Optional<BookingChoices.Choice> choice, Consumer<Details> onBook) {
        String cameFrom = preselected.map(Principle::slug).orElse(null);
        focus = new FocusSelect("What would you like to work on?", principles);
        messages = new FieldMessages().field("name", name).field("email", email).field("phone", phone).field("focus", focus)
                .field("message", message).otherwise(formMessage::setText);
        intake.listIn(messages);
        addClassName("details-form");
        TextLimits.atMost(DisplayNames.MAX_LENGTH, name);
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(Autocomplete.NAME);
        TextLimits.atMost(EmailAddresses.MAX_LENGTH, email);
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setHelperText("Your confirmation goes here. No account or password needed.");
        TextLimits.atMost(BookingRequest.MAX_PHONE_LENGTH, phone);
        preselected.ifPresent(focus::setValue);
        TextLimits.atMost(BookingRequest.MAX_MESSAGE_LENGTH, message);
        message.setValueChangeMode(ValueChangeMode.EAGER);
        message.addValueChangeListener(change -> message.setHelperText(
                change.getValue().length() + " / " + BookingRequest.MAX_MESSAGE_LENGTH));
        signedIn.ifPresent(account -> {
            name.setValue(account.displayName());
            email.setValue(account.email());
        });
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.setDisableOnClick(true);
        book.addClickListener(click -> {
            try {
                onBook.accept(new Details(name.getValue(), email.getValue(), phone.getValue(),
                        focus.slug(), message.getValue(), FormAnswers.fromBookingPage(intake.answers(), cameFrom)));
            } finally {
                book.setEnabled(true);
            }
        });
        FormLayout form = new FormLayout(name, email, phone, focus, message);
        form.setColspan(message, 2);
        formMessage.addClassName("form-refusal");
        add(new H3("Your details"), form, intake);
        choice.ifPresent(chosen -> {
            add(chosen.fields());
            chosen.whenChanged(() -> book.setText(chosen.chosen() ? "Book these sessions" : "Book this session"));
        });
        add(formMessage, book);
    }

    void show(InvalidInputException refusal) {
        formMessage.setText("");
        messages.show(refusal);
    }
}
