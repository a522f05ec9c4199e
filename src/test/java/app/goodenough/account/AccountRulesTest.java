package app.goodenough.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void emailAddressesNeedAnAtAndADomain() {
        assertThat(EmailAddresses.problemWith("sam@example.com")).isEmpty();
        assertThat(EmailAddresses.problemWith("")).contains("Enter an email address.");
        assertThat(EmailAddresses.problemWith("sam")).get().asString().contains("like name@example.com");
        assertThat(EmailAddresses.problemWith("sam@localhost")).get().asString().contains("like name@example.com");
        assertThat(EmailAddresses.problemWith("sam @example.com")).isPresent();
        assertThat(EmailAddresses.problemWith("a".repeat(250) + "@x.com")).get().asString().contains("at most 254");
    }

    @Test
    void displayNamesAreOneToOneHundredTwentyPrintableCharacters() {
        assertThat(DisplayNames.problemWith("Sam Rivera")).isEmpty();
        assertThat(DisplayNames.problemWith("שרה לוי")).isEmpty();
        assertThat(DisplayNames.problemWith(" ")).contains("Enter a name.");
        assertThat(DisplayNames.problemWith("x".repeat(121))).get().asString().contains("at most 120");
        assertThat(DisplayNames.problemWith("Sam\u0000Rivera")).get().asString().contains("control characters");
    }
}
