package app.goodenough.booking.ui;

import app.goodenough.practice.TimeZones;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.stream.Stream;

/** The reader's time zone: detected from the browser, changeable. */
class ReaderZoneField extends ComboBox<String> {

    private static final String BEFORE_DETECTION = "UTC";

    ReaderZoneField(Runnable onChange) {
        super("Your time zone");
        addClassName("reader-zone");
        setItems(Stream.concat(Stream.of(BEFORE_DETECTION), TimeZones.choices().stream()).toList());
        setValue(BEFORE_DETECTION);
        setAllowCustomValue(false);
        addValueChangeListener(change -> {
            if (change.getValue() == null) {
                setValue(change.getOldValue());
            } else if (!change.getValue().equals(change.getOldValue())) {
                onChange.run();
            }
        });
        addAttachListener(attached -> attached.getUI().getPage().retrieveExtendedClientDetails(details -> detected(details.getTimeZoneId())));
    }

    ZoneId zone() {
        return TimeZones.parse(getValue()).orElse(ZoneId.of(BEFORE_DETECTION));
    }

    void detected(String zoneId) {
        TimeZones.parse(zoneId).ifPresent(zone -> setValue(zone.getId()));
    }
}
