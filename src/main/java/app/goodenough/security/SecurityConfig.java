package app.goodenough.security;

import app.goodenough.account.PasswordGuesses;
import app.goodenough.account.SignedInSessions;
import app.goodenough.security.ui.LoginView;
import app.goodenough.shell.ui.HomeView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Who may reach what over HTTP. Views declare their own access with annotations; services
 * check again with {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** OWASP's argon2id minimum: 19 MiB of memory, 2 iterations, 1 lane. */
    private static final int ARGON2_MEMORY_KIB = 19 * 1024;
    private static final int ARGON2_ITERATIONS = 2;
    private static final int BCRYPT_COST = 12;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PasswordGuesses throttle, SignedInSessions sessions,
            SecurityContextHolderStrategy securityContexts, RequestUtil vaadinRequests,
            @Value("${good-enough.session.absolute-timeout}") Duration absoluteTimeout, Clock clock) throws Exception {
        http.addFilterBefore(new AbsoluteSessionTimeoutFilter(absoluteTimeout, clock), SecurityContextHolderFilter.class);
        http.addFilterAfter(new SessionStandingFilter(sessions, securityContexts), SecurityContextHolderFilter.class);
        http.addFilterAfter(new RequestSizeLimitFilter(securityContexts), SessionStandingFilter.class);
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        // the security headers come from SecurityHeadersFilter, for Vaadin's pages too
        http.headers(headers -> headers.disable());
        // Vaadin's own requests carry Vaadin's own token; everything else, the sign-in form included, needs Spring's
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, "/").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/").permitAll()
                .requestMatchers("/health", "/livez", "/readyz").permitAll()
                // calendar apps sign in nowhere: a feed's address carries its own secret
                .requestMatchers(HttpMethod.GET, "/feeds/*").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/feeds/*").permitAll()
                // the management port (health details, metrics) is for operators; it listens on this machine only by default
                .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll()
                .requestMatchers("/styles/**", "/icons/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .enableCsrfConfiguration(false)
                        .loginView(LoginView.class, "/login")
                        .defaultSuccessUrl("/" + HomeView.ROUTE)
                        // signed-in people reach the router even for unknown addresses, which answers with a friendly 404
                        .anyRequest(any -> any.authenticated()))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2";
        return new DelegatingPasswordEncoder(current, Map.of(
                current, new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS),
                "bcrypt", new BCryptPasswordEncoder(BCRYPT_COST)));
    }

    /**
     * Method checks run a dozen times for every booking; recording each as an observation cost
     * about a twentieth of a booking's time. Requests and sign-ins are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }
}
