package app.goodenough.shared.ui;

import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.Locale;

/**
 * A text input's limit, in the browser and on the server: {@code maxlength} stops a person at the
 * limit, and a value beyond it that a client sends anyway is marked at the field (the service
 * refuses it too). How much text can reach a component at all is bounded before that, per
 * request ({@code security.RequestSizeLimitFilter}), so no session can be made to hold much.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static <F extends TextFieldBase<F, String>> F atMost(int max, F field) {
        field.getElement().setProperty("maxlength", max);
        field.addValueChangeListener(change -> {
            String value = change.getValue();
            if (value != null && value.codePointCount(0, value.length()) > max) {
                field.setErrorMessage(String.format(Locale.ROOT, "Use at most %,d characters here.", max));
                field.setInvalid(true);
            }
        });
        return field;
    }

    /** The limit set on a field, or 0 when it has none. */
    public static int of(TextFieldBase<?, String> field) {
        return field.getElement().getProperty("maxlength", 0);
    }
}
