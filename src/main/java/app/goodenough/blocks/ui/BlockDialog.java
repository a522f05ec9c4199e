package app.goodenough.blocks.ui;

import app.goodenough.availability.TimeWindow;
import app.goodenough.shared.InvalidInputException;
import app.goodenough.shared.ui.DateFields;
import app.goodenough.shared.ui.FieldMessages;
import app.goodenough.shared.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/** Blocking time: a day, from, to and an optional note; readers cannot book it any more. */
public class BlockDialog extends Dialog {

    private final DatePicker day = new DatePicker("Day");
    private final TimePicker from = new TimePicker("From");
    private final TimePicker to = new TimePicker("To");
    private final TextField note = new TextField("Note (only you see it)");
    private final FieldMessages messages = new FieldMessages().field("day", day).field("to", to).field("note", note);

    /** Blocks the hours of a day with a note; refuses with {@link InvalidInputException} at the fields. */
    @FunctionalInterface
    public interface Blocker {
        void block(LocalDate day, TimeWindow hours, String note);
    }

    public BlockDialog(LocalDate suggested, LocalDate today, Blocker blocker, Runnable onBlocked) {
        setHeaderTitle("Block time");
        DateFields.localize(day, today);
        day.setValue(suggested);
        DateFields.localize(from).setStep(Duration.ofMinutes(15));
        DateFields.localize(to).setStep(Duration.ofMinutes(15));
        from.setValue(LocalTime.of(13, 0));
        to.setValue(LocalTime.of(17, 0));
        TextLimits.atMost(200, note);
        add(new FormLayout(day, from, to, note));
        Button block = new Button("Block", click -> {
            messages.clear();
            try {
                if (from.getValue() == null || to.getValue() == null || !from.getValue().isBefore(to.getValue())) {
                    throw new InvalidInputException("to", "The end comes after the start.");
                }
                blocker.block(day.getValue(), new TimeWindow(from.getValue(), to.getValue()), note.getValue());
                close();
                onBlocked.run();
            } catch (InvalidInputException refusal) {
                messages.show(refusal);
            }
        });
        block.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), block);
    }
}
