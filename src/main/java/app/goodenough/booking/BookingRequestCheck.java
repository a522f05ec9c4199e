package app.goodenough.booking;

import app.goodenough.account.DisplayNames;
import app.goodenough.account.EmailAddresses;
import app.goodenough.practice.TimeZones;
import app.goodenough.schedule.BookingRequest;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.TypedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The field-by-field rules of a booking form. */
public final class BookingRequestCheck {

    private static final int MAX_MESSAGE_LENGTH = BookingRequest.MAX_MESSAGE_LENGTH;
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()./-]{4,40}");

    private BookingRequestCheck() {
    }

    public static List<FieldProblem> problemsWith(BookingRequest request, Set<String> principleSlugs) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.start() == null) {
            problems.add(new FieldProblem("start", "Choose a time."));
        }
        DisplayNames.problemWith(request.name()).ifPresent(message -> problems.add(new FieldProblem("name", message)));
        EmailAddresses.problemWith(request.email()).ifPresent(message -> problems.add(new FieldProblem("email", message)));
        if (!request.phone().isEmpty() && !PHONE.matcher(request.phone()).matches()) {
            problems.add(new FieldProblem("phone", "Enter a phone number with digits, spaces and + ( ) - only, or leave it empty."));
        }
        if (request.focus() != null && !principleSlugs.contains(request.focus())) {
            problems.add(new FieldProblem("focus", "Choose one of the seven principles, or none."));
        }
        if (request.message().codePointCount(0, request.message().length()) > MAX_MESSAGE_LENGTH) {
            problems.add(new FieldProblem("message", "Please keep it to " + MAX_MESSAGE_LENGTH + " characters; you can say more in the session."));
        }
        TypedText.problemWith(request.message()).ifPresent(message -> problems.add(new FieldProblem("message", message)));
        if (TimeZones.parse(request.readerTimeZone()).isEmpty()) {
            problems.add(new FieldProblem("timeZone", "Choose your time zone."));
        }
        if (request.idempotencyKey() == null) {
            problems.add(new FieldProblem("form", "Please reload the page and try again."));
        }
        return problems;
    }

    /** The request with surrounding spaces removed and empty optional fields as empty text. */
    public static BookingRequest normalized(BookingRequest request) {
        return new BookingRequest(request.sessionType(), request.start(), strip(request.name()), strip(request.email()),
                strip(request.phone()), blankToNull(request.focus()), request.message() == null ? "" : request.message().strip(),
                strip(request.readerTimeZone()), request.idempotencyKey());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
