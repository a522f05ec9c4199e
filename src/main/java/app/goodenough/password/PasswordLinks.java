package app.goodenough.password;

import app.goodenough.account.Account;
import app.goodenough.account.AccountPasswords;
import app.goodenough.account.EmailAddresses;
import app.goodenough.identity.AccountId;
import app.goodenough.identity.Roles;
import app.goodenough.password.internal.PasswordLinkRepository;
import app.goodenough.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password by emailed link: the first one, for a client whose account a booking
 * opened, and a new one when it is forgotten. A link is random, stored only as a hash, works
 * once and expires. Asking for a reset says the same whether or not the address has an account.
 */
@Service
@Transactional
public class PasswordLinks {

    /** The address of the page a password link opens, followed by the token. */
    public static final String SET_ROUTE = "password/set";

    static final Duration FIRST_LINK_LIFETIME = Duration.ofDays(14);
    static final Duration RESET_LINK_LIFETIME = Duration.ofHours(1);
    private static final int TOKEN_BYTES = 32;
    private static final String INVALID = "This link is not valid any more: it was used already, has expired or is incomplete. "
            + "Ask for a new one with \"Forgot your password?\" on the sign-in page.";

    private final AccountPasswords accounts;
    private final PasswordLinkRepository links;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordLinks(AccountPasswords accounts, PasswordLinkRepository links, ApplicationEventPublisher publisher, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A link to choose a first password, for an account that has none yet; empty otherwise. The application's own work only. */
    @PreAuthorize(Roles.IS_SYSTEM)
    public Optional<String> firstPasswordToken(AccountId accountId) {
        return accounts.find(accountId).filter(account -> !account.hasPassword() && account.enabled())
                .map(account -> issue(account.id(), "FIRST", FIRST_LINK_LIFETIME));
    }

    /** Sends a reset link if the address has an account that may sign in; says nothing either way. */
    @PreAuthorize(Roles.ANYONE)
    public void requestReset(String email) {
        if (email == null || EmailAddresses.problemWith(email.strip()).isPresent()) {
            throw new InvalidInputException("email", "Enter the email address you booked or signed in with.");
        }
        accounts.findByEmail(email).filter(Account::enabled).ifPresent(account -> publisher.publishEvent(new PasswordLinkIssued(
                account.email(), account.displayName(), issue(account.id(), "RESET", RESET_LINK_LIFETIME), !account.hasPassword())));
    }

    /** Whether a link can still be used, to show its form or say at once that it cannot. */
    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public boolean usable(String token) {
        return token != null && links.usable(hash(token), clock.instant());
    }

    /** Sets the password and uses up the link; a refused password changes nothing and leaves the link for another try. */
    @PreAuthorize(Roles.ANYONE)
    public void setPassword(String token, String password) {
        if (token == null) {
            throw new InvalidInputException("link", INVALID);
        }
        AccountId id = links.use(hash(token), clock.instant()).orElseThrow(() -> new InvalidInputException("link", INVALID));
        Account account = accounts.find(id).orElseThrow(() -> new InvalidInputException("link", INVALID));
        accounts.setByLink(account, password);
    }

    private String issue(AccountId accountId, String purpose, Duration lifetime) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        links.insert(hash(token), accountId, purpose, clock.instant().plus(lifetime));
        return token;
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
