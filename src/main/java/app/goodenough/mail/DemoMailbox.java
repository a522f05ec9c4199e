package app.goodenough.mail;

import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.mail.internal.OutboxRepository;
import app.goodenough.shared.DemoMode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Only in the demo, where there is no mail server: each person reads the messages to them, so
 * that every flow can be followed (the first password, a reset, the link to a session). Messages
 * are the signed-in person's, and those to the addresses this browser opened accounts for by
 * booking; never anyone else's, and in a real practice nobody's, since the links in them are keys.
 */
@Service
@PreAuthorize(Roles.ANYONE)
@Transactional(readOnly = true)
public class DemoMailbox {

    private static final int SHOWN = 50;

    private final OutboxRepository outbox;
    private final CurrentUser currentUser;
    private final DemoMode demo;
    private final Clock clock;

    DemoMailbox(OutboxRepository outbox, CurrentUser currentUser, DemoMode demo, Clock clock) {
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.demo = demo;
        this.clock = clock;
    }

    public boolean isOpen() {
        return demo.isOn();
    }

    /** The newest messages to the signed-in person and to {@code openedHere}, the addresses this browser opened accounts for. */
    public List<DemoLetter> letters(Set<String> openedHere) {
        if (!demo.isOn()) {
            throw new AccessDeniedException("The demo mailbox exists only in the demo");
        }
        Set<String> addresses = new TreeSet<>();
        openedHere.forEach(address -> addresses.add(address.strip().toLowerCase(Locale.ROOT)));
        currentUser.get().ifPresent(user -> addresses.add(user.getUsername().toLowerCase(Locale.ROOT)));
        return addresses.isEmpty() ? List.of() : outbox.lettersTo(addresses, clock.instant(), SHOWN);
    }
}
