package app.goodenough.setup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The first admin and coach of a production start, from {@code GOOD_ENOUGH_ADMIN_*} and
 * {@code GOOD_ENOUGH_COACH_*}. Each is created once, when its email is not yet taken.
 */
@ConfigurationProperties("good-enough.first")
record FirstAccountSettings(Person admin, Person coach) {

    record Person(String email, String name, String password, String timeZone) {

        boolean isSet() {
            return StringUtils.hasText(email);
        }
    }
}
