package app.goodenough.identity;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs the application's own work (not a person's) with the SYSTEM role, so that services
 * keep their access checks even for start-up tasks.
 */
@Component
public class SystemTask {

    private final SecurityContextHolderStrategy securityContexts;
    private final UserDetailsService accounts;

    SystemTask(SecurityContextHolderStrategy securityContexts, UserDetailsService accounts) {
        this.securityContexts = securityContexts;
        this.accounts = accounts;
    }

    public <T> T call(String name, Supplier<T> work) {
        return within(UsernamePasswordAuthenticationToken.authenticated(
                "system:" + name, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM))), work);
    }

    /**
     * Runs set-up work in the name of one account, through exactly the rules that person meets
     * (their role, their rows, their audit trail). Only for the application's own seeding, such
     * as the demo coach's notes; never with an address that came from a request.
     */
    public void runAs(String email, Runnable work) {
        UserDetails account = accounts.loadUserByUsername(email);
        within(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()), () -> {
            work.run();
            return null;
        });
    }

    /**
     * Vaadin's strategy prefers the signed-in person's context kept in the Vaadin session to
     * the thread's, so during the task the session is set aside for this thread, then put back.
     */
    private <T> T within(UsernamePasswordAuthenticationToken authentication, Supplier<T> work) {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        SecurityContext previous = securityContexts.getContext();
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(authentication);
        VaadinSession.setCurrent(null);
        securityContexts.setContext(context);
        try {
            return work.get();
        } finally {
            securityContexts.setContext(previous);
            VaadinSession.setCurrent(vaadinSession);
        }
    }

    public void run(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }
}
