package app.goodenough.shared.ui;

import app.goodenough.shared.DateFormats;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;

/**
 * Date and time fields that show and read dates and times the way the rest of the page writes
 * them (24-hour or 12-hour times by the person's region; dates "1 Dec 2026"
 * in Britain or Germany, "Dec 1, 2026" in the United States; typed all-digit dates too), start
 * the week on the person's first day, and open on a day the application chooses (its today,
 * by its clock) rather than the browser's today.
 */
public final class DateFields {

    private DateFields() {
    }

    /** A date field labelled {@code label}, opening on {@code opensOn} when it is empty. */
    public static DatePicker create(String label, LocalDate opensOn) {
        return localize(new DatePicker(label), opensOn);
    }

    /** Makes {@code field} read and write times this person's way (13:00, or 1:00 PM). */
    public static TimePicker localize(TimePicker field) {
        field.setLocale(DateFormats.current().locale());
        return field;
    }

    /** Makes {@code field} read and write dates this person's way, opening on {@code opensOn} when it is empty. */
    public static DatePicker localize(DatePicker field, LocalDate opensOn) {
        DateFormats formats = DateFormats.current();
        field.setLocale(formats.locale());
        field.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats(formats.datePattern(), formats.numericDatePattern(), "yyyy-MM-dd")
                .setFirstDayOfWeek(formats.week().getFirst().getValue() % 7)
                .setReferenceDate(opensOn)
                .setBadInputErrorMessage("Enter a date like " + formats.date(opensOn) + ".")
                .setMinErrorMessage("That day is too early.")
                .setMaxErrorMessage("That day is too late."));
        field.setInitialPosition(opensOn);
        return field;
    }
}
