package app.goodenough.account;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs the application's own work (not a person's) with the SYSTEM role, so that services
 * keep their access checks even for start-up tasks.
 */
@Component
public class SystemTask {

    private final SecurityContextHolderStrategy securityContexts;

    SystemTask(SecurityContextHolderStrategy securityContexts) {
        this.securityContexts = securityContexts;
    }

    public <T> T call(String name, Supplier<T> work) {
        SecurityContext previous = securityContexts.getContext();
        SecurityContext context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system:" + name, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM))));
        securityContexts.setContext(context);
        try {
            return work.get();
        } finally {
            securityContexts.setContext(previous);
        }
    }

    public void run(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }
}
