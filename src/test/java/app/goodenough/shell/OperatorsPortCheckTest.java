package app.goodenough.shell;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goodenough.shared.StartupProblem;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class OperatorsPortCheckTest {

    @Test
    void theProcessedConfigurationRefusesTheOperatorsPortOnPeoplesPortInOneSentence() {
        MockEnvironment samePort = new MockEnvironment().withProperty("server.port", "8080").withProperty("management.server.port", "8080");

        assertThatThrownBy(() -> OperatorsPortCheck.check(samePort, true)).isInstanceOf(StartupProblem.class)
                .hasMessage("GOOD_ENOUGH_MANAGEMENT_PORT (8080) must be a port of its own, not people's port (8080): "
                        + "this build serves the operators' health and metrics on a server of their own.");
        assertThatThrownBy(() -> OperatorsPortCheck.check(new MockEnvironment().withProperty("management.server.port", "-1"), true))
                .isInstanceOf(StartupProblem.class);
    }

    @Test
    void aPortOfItsOwnOrTheClassicStartIsFine() {
        assertThatCode(() -> OperatorsPortCheck.check(new MockEnvironment().withProperty("server.port", "8080")
                .withProperty("management.server.port", "8081"), true)).doesNotThrowAnyException();
        assertThatCode(() -> OperatorsPortCheck.check(new MockEnvironment().withProperty("server.port", "8080")
                .withProperty("management.server.port", "8080"), false)).doesNotThrowAnyException();
    }
}
