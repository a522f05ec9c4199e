package app.goodenough.shared.ui;

import app.goodenough.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Cancelling one session or several with a reason; a refusal is shown at the reason, and the dialog stays open. */
public class CancelDialog extends Dialog {

    /**
     * @param title the question, such as "Cancel Sam's session?"
     * @param consequence what follows, in a sentence
     * @param cancelWithReason cancels with the reason as typed, or refuses with {@link InvalidInputException}
     */
    public CancelDialog(String title, String consequence, String confirmLabel, Consumer<String> cancelWithReason, Runnable onCancelled) {
        setHeaderTitle(title);
        addClassName("cancel-dialog");
        TextArea reason = new TextArea("Reason (kept in the booking's history)");
        TextLimits.atMost(500, reason);
        FieldMessages messages = new FieldMessages().field("reason", reason).field("status", reason);
        add(new Paragraph(consequence), reason);
        Button cancel = new Button(confirmLabel, click -> {
            try {
                cancelWithReason.accept(reason.getValue());
                close();
                onCancelled.run();
            } catch (InvalidInputException refusal) {
                messages.show(refusal);
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Keep it", click -> close()), cancel);
    }
}
