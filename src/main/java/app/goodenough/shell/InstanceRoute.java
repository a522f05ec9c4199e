package app.goodenough.shell;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Names this instance in its session ids ({@code <id>.<instance>}, Tomcat's jvmRoute), so that a
 * load balancer can send every request of a session to the instance that holds it. Vaadin keeps
 * each open page's state in the session, so this affinity is what several instances need.
 * Set with {@code GOOD_ENOUGH_INSTANCE}; without it session ids carry no route.
 */
@Component
class InstanceRoute implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final String instance;

    InstanceRoute(@Value("${good-enough.instance:}") String instance) {
        this.instance = instance;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (instance.matches("[a-z0-9]{1,16}")) {
            factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                // the engine's route reaches the session id generator when the context's session manager starts
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent().getParent() instanceof Engine engine) {
                    engine.setJvmRoute(instance);
                }
            }));
        }
    }
}
