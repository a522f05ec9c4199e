package app.goodenough.account;

import app.goodenough.shared.FieldProblem;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a person may write as their name, phone and time zone. */
final class MyDetailsCheck {

    static final int MAX_PHONE_LENGTH = 40;
    private static final Pattern PHONE = Pattern.compile("[0-9+()./\\- ]*");

    private MyDetailsCheck() {
    }

    static List<FieldProblem> problemsWith(MyDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        DisplayNames.problemWith(details.displayName()).ifPresent(problem -> problems.add(new FieldProblem("displayName", problem)));
        if (details.phone().length() > MAX_PHONE_LENGTH || !PHONE.matcher(details.phone()).matches()) {
            problems.add(new FieldProblem("phone", "Write a phone number with digits, spaces and + ( ) - only, at most "
                    + MAX_PHONE_LENGTH + " characters."));
        }
        if (!details.timeZone().isEmpty() && !isRegionZone(details.timeZone())) {
            problems.add(new FieldProblem("timeZone", "Choose a time zone such as Europe/Berlin."));
        }
        return problems;
    }

    private static boolean isRegionZone(String zone) {
        try {
            return zone.contains("/") && ZoneId.of(zone).getId().equals(zone);
        } catch (DateTimeException unknown) {
            return false;
        }
    }
}
