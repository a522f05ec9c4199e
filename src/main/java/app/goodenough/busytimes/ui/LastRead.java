package app.goodenough.busytimes.ui;

import app.goodenough.busytimes.ExternalCalendar;
import java.time.Duration;
import java.time.Instant;

/** "Last read 40 minutes ago", and why the last try failed when it did. */
final class LastRead {

    private LastRead() {
    }

    static String describe(ExternalCalendar calendar, Instant now) {
        String read = calendar.lastSuccessAt() == null ? "Not read yet" : "Last read " + ago(Duration.between(calendar.lastSuccessAt(), now));
        return calendar.lastProblem().isEmpty() ? read : read + ": the last try failed, " + calendar.lastProblem()
                + ". Its busy times from then still count.";
    }

    static String ago(Duration elapsed) {
        long minutes = Math.max(elapsed.toMinutes(), 0);
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes == 1 ? "a minute ago" : minutes + " minutes ago";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours == 1 ? "an hour ago" : hours + " hours ago";
        }
        return elapsed.toDays() + " days ago";
    }
}
