package app.goodenough.shared.ui;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;

/** A phone number: a phone shows its number pad for it, and the browser offers the number it knows. */
public class PhoneField extends TextField {

    public PhoneField(String label) {
        super(label);
        setAutocomplete(Autocomplete.TEL);
        // The input is made once the web component has rendered, after it is attached
        addAttachListener(attached -> getElement().executeJs("(this.updateComplete || Promise.resolve()).then(() => this.inputElement.type = 'tel')"));
    }
}
