package app.goodenough.security;

import app.goodenough.shared.StartupProblem;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} only from the
 * proxies named in {@code GOOD_ENOUGH_TRUSTED_PROXIES} (IP addresses, comma-separated); from
 * anyone else they are ignored. Otherwise anyone could pass for another address, to the sign-in
 * throttle, the flood limits and the security log, or for a secure connection.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** An IPv4 or IPv6 address written out, so that looking it up never asks a name server. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    private final List<String> proxies;

    TrustedProxies(@Value("${good-enough.trusted-proxies}") String configured) {
        this.proxies = addresses(configured);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!proxies.isEmpty()) {
            factory.addEngineValves(valve(proxies));
        }
    }

    /** Tomcat's valve that takes the client's address, scheme and host from these proxies' headers, and from nobody else's. */
    static RemoteIpValve valve(List<String> proxies) {
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(proxies.stream().map(Pattern::quote).collect(Collectors.joining("|")));
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        return valve;
    }

    /** The proxies' addresses as the server writes them (so "::1" is "0:0:0:0:0:0:0:1"); a name or nonsense stops the start. */
    static List<String> addresses(String configured) {
        return Arrays.stream(configured == null ? new String[0] : configured.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(TrustedProxies::literal)
                .distinct()
                .toList();
    }

    private static String literal(String entry) {
        try {
            if (!IP_LITERAL.matcher(entry).matches()) {
                throw new UnknownHostException(entry);
            }
            return InetAddress.getByName(entry).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            throw new StartupProblem("GOOD_ENOUGH_TRUSTED_PROXIES names something that is not an IP address: \"" + entry + "\".",
                    "List the IP addresses of the proxies in front of the application, separated by commas, "
                            + "for example 127.0.0.1,10.0.0.5; or leave it unset when there is none.");
        }
    }
}
