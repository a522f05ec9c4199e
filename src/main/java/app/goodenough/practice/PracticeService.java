package app.goodenough.practice;

import app.goodenough.account.Account;
import app.goodenough.account.AccountService;
import app.goodenough.account.NewAccount;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Role;
import app.goodenough.identity.Roles;
import app.goodenough.practice.internal.CoachProfileRepository;
import app.goodenough.shared.InvalidInputException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coaches and the clients who belong to them. */
@Service
@PreAuthorize(Roles.IS_COACH)
@Transactional(readOnly = true)
public class PracticeService {

    private final AccountService accountService;
    private final CoachProfileRepository coaches;
    private final CurrentUser currentUser;

    PracticeService(AccountService accountService, CoachProfileRepository coaches, CurrentUser currentUser) {
        this.accountService = accountService;
        this.coaches = coaches;
        this.currentUser = currentUser;
    }

    /** The signed-in coach's own profile. */
    public CoachProfile myProfile() {
        AccountId me = currentUser.require().id();
        return coaches.findByCoach(me).orElseThrow(() -> new AccessDeniedException("No coach profile"));
    }

    /** The zone the signed-in coach works in: their calendar, hours and blocks are in its local time. */
    public ZoneId myTimeZone() {
        return publicCoach(currentUser.require().id()).timeZone();
    }

    /** The signed-in coach's clients, by name. */
    public List<ClientSummary> myClients() {
        return coaches.clientsOf(currentUser.require().id());
    }

    /** One of the signed-in coach's clients; empty for anyone else. */
    public Optional<ClientSummary> myClient(AccountId clientId) {
        return Optional.ofNullable(clientId).flatMap(id -> coaches.clientOf(currentUser.require().id(), id));
    }

    /** Whether this account is a client of the signed-in coach. */
    public boolean isMyClient(AccountId clientId) {
        return clientId != null && coaches.isClientOf(currentUser.require().id(), clientId);
    }

    /** Moves the signed-in coach's practice to another time zone; their weekly hours keep their local times. */
    @Transactional
    public void changeMyTimeZone(String timeZone) {
        ZoneId zone = TimeZones.parse(timeZone)
                .orElseThrow(() -> new InvalidInputException("timeZone", "Choose a time zone such as Europe/Berlin."));
        coaches.updateTimeZone(currentUser.require().id(), zone);
    }

    /** A coach as readers see them; an unknown id is refused like any other missing coach. */
    @PreAuthorize(Roles.ANYONE)
    public PublicCoach publicCoach(AccountId coachId) {
        return coaches.findPublic(coachId).orElseThrow(() -> new InvalidInputException("coach", "There is no such coach."));
    }

    /** Opens a coach's account and practice in one step: both are stored, or neither. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN_OR_SYSTEM)
    public Account openPractice(NewAccount coach, String timeZone) {
        if (coach.role() != Role.COACH) {
            throw new InvalidInputException("role", "A practice belongs to an account with the Coach role.");
        }
        ZoneId zone = TimeZones.parse(timeZone)
                .orElseThrow(() -> new InvalidInputException("timeZone", "Choose a time zone such as Europe/Berlin."));
        Account account = accountService.createAccount(coach);
        coaches.insert(account.id(), zone);
        return account;
    }

    /** Opens any account; a coach's comes with their practice in the given time zone. */
    @Transactional
    @PreAuthorize(Roles.IS_ADMIN_OR_SYSTEM)
    public Account openAccount(NewAccount account, String coachTimeZone) {
        return account.role() == Role.COACH ? openPractice(account, coachTimeZone) : accountService.createAccount(account);
    }

    @Transactional
    @PreAuthorize(Roles.IS_SYSTEM)
    public void addClient(AccountId coachId, AccountId clientId) {
        coaches.addClient(coachId, clientId);
    }
}
