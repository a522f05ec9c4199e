package app.goodenough.account;

import app.goodenough.account.internal.AccountRepository;
import app.goodenough.account.internal.SecurityLog;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.CurrentUser;
import app.goodenough.identity.Roles;
import app.goodenough.identity.SignedInUser;
import app.goodenough.shared.ClientAddress;
import app.goodenough.shared.FieldProblem;
import app.goodenough.shared.FloodGuard;
import app.goodenough.shared.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, lists and switches off accounts. */
@Service
@PreAuthorize(Roles.IS_A_PERSON)
@Transactional(readOnly = true)
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SignedInSessions sessions;
    private final Clock clock;
    private final SecurityLog securityLog;
    private final PasswordGuesses guesses;
    private final PasswordPolicy passwordPolicy = PasswordPolicy.standard();

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, SignedInSessions sessions,
            SecurityLog securityLog, PasswordGuesses guesses, Clock clock) {
        this.guesses = guesses;
        this.securityLog = securityLog;
        this.sessions = sessions;
        this.clock = clock;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    public Account myAccount() {
        return accounts.findById(currentUser.require().id()).orElseThrow(() -> new AccessDeniedException("No account"));
    }

    public MyDetails myDetails() {
        return accounts.detailsOf(currentUser.require().id()).orElseThrow(() -> new AccessDeniedException("No account"));
    }

    /** Changes the signed-in person's name, phone and time zone; each problem is named at its field, nothing is half-saved. */
    @Transactional
    public MyDetails changeMyDetails(MyDetails changed) {
        MyDetails details = new MyDetails(strip(changed.displayName()), strip(changed.phone()), strip(changed.timeZone()));
        List<FieldProblem> problems = MyDetailsCheck.problemsWith(details);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        accounts.updateDetails(currentUser.require().id(), details);
        return myDetails();
    }

    /**
     * Changes the signed-in person's password after checking the current one, and signs out
     * their other sessions, on every instance, at their next request.
     */
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        SignedInUser me = currentUser.require();
        String address = ClientAddress.current();
        Duration wait = guesses.waitFor(me.getUsername(), address);
        if (wait.isPositive()) {
            throw new InvalidInputException("currentPassword", "Too many tries. For your safety, please try again in "
                    + FloodGuard.inMinutes(wait) + ".");
        }
        String hash = accounts.passwordHashOf(me.id()).orElse(null);
        if (hash == null || currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            guesses.failed(me.getUsername(), address);
            throw new InvalidInputException("currentPassword", "That is not your current password.");
        }
        guesses.succeeded(me.getUsername(), address);
        Account account = myAccount();
        passwordPolicy.problemWith(newPassword, account.email()).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        Instant now = clock.instant();
        accounts.updatePassword(me.id(), passwordEncoder.encode(newPassword), now);
        sessions.signedInNow(now);
        securityLog.record(SecurityLog.Kind.PASSWORD_CHANGED, me.id(), me.id(), null);
    }

    @PreAuthorize(Roles.IS_SYSTEM)
    public boolean anyAccountExists() {
        return accounts.anyExists();
    }

    @PreAuthorize(Roles.IS_ADMIN_OR_SYSTEM)
    public boolean emailRegistered(String email) {
        return email != null && accounts.emailTaken(email.strip());
    }

    @Transactional
    @PreAuthorize(Roles.IS_ADMIN_OR_SYSTEM)
    public Account createAccount(NewAccount request) {
        NewAccount account = normalized(request);
        List<FieldProblem> problems = problemsWith(account);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            AccountId id = accounts.insert(account.email(), account.displayName(), account.role(),
                    passwordEncoder.encode(account.password()));
            securityLog.record(SecurityLog.Kind.ACCOUNT_OPENED, id, currentUser.get().map(SignedInUser::id).orElse(null), null);
            return accounts.findById(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw emailTaken();
        }
    }

    private static NewAccount normalized(NewAccount request) {
        return new NewAccount(strip(request.email()), strip(request.displayName()), request.role(), request.password());
    }

    private List<FieldProblem> problemsWith(NewAccount account) {
        List<FieldProblem> problems = new ArrayList<>();
        EmailAddresses.problemWith(account.email()).ifPresent(message -> problems.add(new FieldProblem("email", message)));
        if (problems.isEmpty() && accounts.emailTaken(account.email())) {
            problems.add(emailTaken().problems().getFirst());
        }
        DisplayNames.problemWith(account.displayName()).ifPresent(message -> problems.add(new FieldProblem("displayName", message)));
        if (account.role() == null) {
            problems.add(new FieldProblem("role", "Choose a role."));
        }
        passwordPolicy.problemWith(account.password(), account.email())
                .ifPresent(message -> problems.add(new FieldProblem("password", message)));
        return problems;
    }

    private static InvalidInputException emailTaken() {
        return new InvalidInputException("email", "An account with this email address already exists.");
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
