package app.goodenough.checkins.ui;

import app.goodenough.checkins.CheckIn;
import app.goodenough.checkins.CheckInAnswers;
import app.goodenough.checkins.CheckInForm;
import app.goodenough.practice.Principle;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** One choice of 0 to 4 (or "I'd rather not say") per principle, with its one-line summary, and one line of wishes. */
class CheckInFields extends Div {

    /** The choice that stores nothing for its principle. */
    private static final int RATHER_NOT_SAY = -1;

    private final Map<String, RadioButtonGroup<Integer>> weights = new LinkedHashMap<>();
    private final TextField wish = TextLimits.atMost(CheckIn.MAX_WISH_LENGTH, new TextField("What I'd like from this session"));
    private final FieldMessages messages = new FieldMessages();
    private final Paragraph done = new Paragraph();

    CheckInFields(List<Principle> principles, CheckInForm form, Consumer<CheckInAnswers> send) {
        addClassName("check-in-fields");
        add(new Paragraph("How much has each of these weighed on you lately? 0 is not at all, 4 is very much. "
                + form.coachName() + " reads your answers before the session; you can change them until it starts."));
        Map<String, Integer> given = form.answered() == null ? Map.of() : form.answered().weights();
        for (Principle principle : principles) {
            RadioButtonGroup<Integer> choice = new RadioButtonGroup<>(principle.number() + ". " + principle.title());
            choice.setItems(IntStream.concat(IntStream.rangeClosed(0, CheckIn.MAX_WEIGHT), IntStream.of(RATHER_NOT_SAY)).boxed().toList());
            choice.setItemLabelGenerator(weight -> weight == RATHER_NOT_SAY ? "I'd rather not say" : weight.toString());
            choice.setHelperText(principle.summary());
            choice.setValue(given.getOrDefault(principle.slug(), RATHER_NOT_SAY));
            choice.addClassName("check-in-weight");
            weights.put(principle.slug(), choice);
            messages.field("weight-" + principle.slug(), choice);
            add(choice);
        }
        wish.setWidthFull();
        wish.setValue(form.answered() == null ? "" : form.answered().wish());
        wish.setPlaceholder("In a few words, or leave it empty");
        messages.field("wish", wish);
        Button sendButton = new Button(form.answered() == null ? "Send my check-in" : "Send my changes", click -> {
            try {
                send.accept(answers());
                messages.clear();
                done.setText("Thank you: " + form.coachName() + " will see this before your session.");
            } catch (InvalidInputException refused) {
                messages.show(refused);
            }
        });
        sendButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClassName("done-notice");
        done.getElement().setAttribute("role", "status");
        add(wish, sendButton, done);
    }

    private CheckInAnswers answers() {
        Map<String, Integer> chosen = new HashMap<>();
        weights.forEach((slug, choice) -> {
            Integer weight = choice.getValue();
            if (weight != null && weight != RATHER_NOT_SAY) {
                chosen.put(slug, weight);
            }
        });
        return new CheckInAnswers(chosen, wish.getValue());
    }
}
