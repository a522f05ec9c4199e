package app.goodenough.busytimes.internal;

import org.jspecify.annotations.Nullable;

/**
 * Where a calendar is read: an iCalendar address, or a CalDAV calendar collection with its user
 * and sealed password ({@link CredentialBox}).
 */
public record CalendarSource(String address, String username, byte @Nullable [] sealedPassword) {

    public static CalendarSource icsAddress(String address) {
        return new CalendarSource(address, "", null);
    }

    public boolean isCalDav() {
        return sealedPassword != null;
    }

    String kind() {
        return isCalDav() ? "CALDAV" : "ICS";
    }

    @Override
    public String toString() {
        return "CalendarSource[" + kind() + "]";
    }
}
