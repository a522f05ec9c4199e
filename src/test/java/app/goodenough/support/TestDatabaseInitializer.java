package app.goodenough.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the application under test at {@link TestDatabase} and at the SMTP server of
 * {@link TestMail}, which it polls often and retries soon, so tests need not wait long.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Every test books and asks for links from the same address, so the public forms allow plenty. */
    public static final int PUBLIC_FORM_ALLOWANCE = 10_000;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.connection();
        TestPropertyValues.of(
                "spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + (db.username() == null ? "" : db.username()),
                "spring.datasource.password=" + (db.password() == null ? "" : db.password()),
                // the races here (50 readers at once on 10 connections, on a 2-core machine shared with Chromium) may wait
                // longer for a connection than a live instance's 5 s; the outage tests start applications with the real setting
                "spring.datasource.hikari.connection-timeout=30000",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + TestMail.port(),
                "good-enough.mail.poll-interval=200ms",
                "good-enough.backup.enabled=true",
                "good-enough.backup.folder=" + TestBackups.FOLDER,
                "good-enough.backup.first-check=365d",
                "good-enough.privacy.first-purge=365d",
                "good-enough.mail.first-retry=1s",
                "good-enough.sign-in.account-window=40s",
                "good-enough.sign-in.address-window=40s",
                "good-enough.public-forms.bookings-per-address=" + PUBLIC_FORM_ALLOWANCE,
                "good-enough.public-forms.password-links-per-address=" + PUBLIC_FORM_ALLOWANCE)
                .applyTo(context);
    }
}
