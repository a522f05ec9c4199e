package app.goodenough.busytimes;

import app.goodenough.shared.FieldProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rules for an address of another calendar: {@code https://} or {@code http://} (a
 * {@code webcal://} address is its {@code https://} one), at most 2,000 characters, and not the
 * practice's own feed, whose sessions are here already.
 */
final class CalendarAddresses {

    static final int MAX_LENGTH = 2000;

    private final @Nullable String ownHost;

    CalendarAddresses(String baseUrl) {
        this.ownHost = URI.create(baseUrl).getHost();
    }

    /** The address to read, or "" with what is wrong added to {@code problems}. */
    String problemsWith(@Nullable String typed, List<FieldProblem> problems) {
        String address = typed == null ? "" : typed.strip();
        if (address.regionMatches(true, 0, "webcal://", 0, 9)) {
            address = "https://" + address.substring(9);
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException malformed) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (address.isEmpty() || address.length() > MAX_LENGTH || uri == null || uri.getHost() == null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            problems.add(new FieldProblem("address", "Paste the calendar's address, starting with https:// or webcal://."));
            return "";
        }
        if (uri.getHost().equalsIgnoreCase(ownHost) && uri.getPath() != null && uri.getPath().startsWith("/feeds/")) {
            problems.add(new FieldProblem("address", "This is your own Good Enough calendar: its sessions are here already."));
            return "";
        }
        return address;
    }
}
