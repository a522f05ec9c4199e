package app.goodenough.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the context begins to
 * refresh, so that it comes up while Spring reads the configuration (seconds on a small
 * machine) instead of after it. The decision is taken at that moment, when every initializer has
 * set its properties: with {@code spring.datasource.url} nothing is started, and nothing either
 * while the build processes the configuration ahead of time.
 */
public class EmbeddedDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "embeddedPostgresStarting";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.addBeanFactoryPostProcessor(new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                Environment environment = context.getEnvironment();
                if (!DatabaseSettings.isExternalIn(environment) && !Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
                    EmbeddedDatabaseServer server = EmbeddedDatabaseServer.configuredIn(environment);
                    Starting starting = new Starting(CompletableFuture.supplyAsync(server::start,
                            task -> Thread.ofPlatform().daemon().name("embedded-postgres-start").start(task)));
                    context.getBeanFactory().registerSingleton(BEAN, starting);
                    if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry singletons) {
                        singletons.registerDisposableBean(BEAN, starting::stop);
                    }
                }
            }
        });
    }

    /**
     * The embedded PostgreSQL on its way up. It is stopped with the context's other beans, after
     * those that use it, also when the context fails before the application's database bean was made.
     */
    record Starting(CompletableFuture<EmbeddedPostgres> postgres) {

        void stop() throws IOException {
            EmbeddedPostgres started = postgres.exceptionally(failed -> null).join();
            if (started != null) {
                started.close();
            }
        }

        /** Waits until it runs; a failure to start is thrown as it was raised. */
        EmbeddedPostgres await() {
            try {
                return postgres.join();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw failed;
            }
        }
    }
}
