package app.goodenough.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is signed in for the current request or UI access. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContexts;

    CurrentUser(SecurityContextHolderStrategy securityContexts) {
        this.securityContexts = securityContexts;
    }

    public Optional<SignedInUser> get() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Whether the application itself is at work ({@link SystemTask}), not a person. */
    public boolean isSystem() {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Roles.SYSTEM).equals(authority.getAuthority()));
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
