package app.goodenough.shell;

import app.goodenough.shared.StartupProblem;
import org.springframework.aot.AotDetector;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The packaged application starts from a configuration processed at build time, in which the
 * operators' health and metrics have a server of their own. Started with the operators' port
 * equal to people's port, or turned off, it would fail deep inside Spring; this check ends the
 * start first, in one sentence that names the setting.
 */
public class OperatorsPortCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment(), AotDetector.useGeneratedArtifacts());
    }

    static void check(Environment environment, boolean processedAtBuild) {
        if (processedAtBuild && ManagementPortType.get(environment) != ManagementPortType.DIFFERENT) {
            throw new StartupProblem(
                    "GOOD_ENOUGH_MANAGEMENT_PORT (" + environment.getProperty("management.server.port", "unset")
                            + ") must be a port of its own, not people's port (" + environment.getProperty("server.port", "8080")
                            + "): this build serves the operators' health and metrics on a server of their own.",
                    "Choose another GOOD_ENOUGH_MANAGEMENT_PORT, or start with -Dspring.aot.enabled=false.");
        }
    }
}
