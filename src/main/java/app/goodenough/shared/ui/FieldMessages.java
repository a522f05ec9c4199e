package app.goodenough.shared.ui;

import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Shows a service's refusal next to the fields it concerns. A problem with no matching field
 * (the form cannot fix it) appears as a notification instead.
 */
public final class FieldMessages {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Consumer<String> elsewhere = FieldMessages::notify;

    public FieldMessages field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Where a problem without a matching field is shown, instead of a notification. */
    public FieldMessages otherwise(Consumer<String> show) {
        elsewhere = show;
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException refusal) {
        clear();
        for (FieldProblem problem : refusal.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                elsewhere.accept(problem.message());
            } else {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        }
    }

    private static void notify(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
