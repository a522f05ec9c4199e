package app.goodenough.shared.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The email addresses a reader in this browser opened an account for by booking: the reader
 * typed them, so the messages to them are the reader's own. Kept in the browser's session on the
 * server; only the demo mailbox reads them.
 */
public final class AddressesOpenedHere {

    private static final int MOST = 20;

    private AddressesOpenedHere() {
    }

    public static void remember(String email) {
        VaadinSession session = VaadinSession.getCurrent();
        Set<String> addresses = all();
        if (session != null && addresses.size() < MOST) {
            addresses.add(email.strip().toLowerCase(Locale.ROOT));
            session.setAttribute(AddressesOpenedHere.class.getName(), addresses);
        }
    }

    public static Set<String> all() {
        VaadinSession session = VaadinSession.getCurrent();
        Object stored = session == null ? null : session.getAttribute(AddressesOpenedHere.class.getName());
        Set<String> addresses = new LinkedHashSet<>();
        if (stored instanceof Set<?> set) {
            set.forEach(address -> addresses.add(String.valueOf(address)));
        }
        return addresses;
    }
}
