package app.goodenough.booking;

import app.goodenough.account.AddressOwner;
import app.goodenough.account.ClientAccounts;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.SystemTask;
import app.goodenough.practice.PracticeService;
import org.springframework.stereotype.Component;

/**
 * The accounts bookings belong to, and their link to the coach: work the application does for
 * a reader who may not be signed in, so it runs as the application itself ({@link SystemTask}).
 * Used by the reader's booking and by clients confirming a session booked with their address.
 */
@Component
public class CoachClients {

    private final ClientAccounts clientAccounts;
    private final PracticeService practiceService;
    private final SystemTask systemTask;

    CoachClients(ClientAccounts clientAccounts, PracticeService practiceService, SystemTask systemTask) {
        this.clientAccounts = clientAccounts;
        this.practiceService = practiceService;
        this.systemTask = systemTask;
    }

    /** The account with this address, or a new client account for it. */
    public AddressOwner ownerOf(String email, String typedName) {
        return systemTask.call("booking", () -> clientAccounts.findOrOpen(email, typedName));
    }

    /** Whether the account may be a client; staff accounts may not. */
    public boolean canBeClient(AccountId account) {
        return systemTask.call("booking", () -> clientAccounts.isClient(account));
    }

    /** Makes the account the coach's client (once; again is nothing). */
    public void link(AccountId coach, AccountId client) {
        systemTask.run("booking", () -> practiceService.addClient(coach, client));
    }
}
