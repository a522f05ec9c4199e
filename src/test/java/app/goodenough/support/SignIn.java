package app.goodenough.support;

import app.goodenough.identity.Roles;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Puts a real account (or the system, or nobody) into the security context of the current test thread. */
@Component
public class SignIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContexts;

    SignIn(UserDetailsService users, SecurityContextHolderStrategy securityContexts) {
        this.users = users;
        this.securityContexts = securityContexts;
    }

    public void as(String email) {
        UserDetails user = users.loadUserByUsername(email);
        set(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Does the work signed in as the account with this address, then signs out again. */
    public <T> T during(String email, Supplier<T> work) {
        as(email);
        try {
            return work.get();
        } finally {
            out();
        }
    }

    public void asSystem() {
        set(UsernamePasswordAuthenticationToken.authenticated(
                "system:test", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM))));
    }

    public void out() {
        securityContexts.clearContext();
    }

    private void set(UsernamePasswordAuthenticationToken authentication) {
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(authentication);
        securityContexts.setContext(context);
    }
}
