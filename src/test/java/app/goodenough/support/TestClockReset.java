package app.goodenough.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Puts the {@link TestClock} back on the suite's time line after each test, whatever the test did with it. */
public class TestClockReset implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        TestClock.get().reset();
    }
}
