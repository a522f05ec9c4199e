package app.goodenough.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether this is the demo practice ({@code GOOD_ENOUGH_DEMO=true}), where a few things exist that a real practice must not have. */
@Component
public class DemoMode {

    private final boolean on;

    public DemoMode(@Value("${good-enough.demo}") boolean on) {
        this.on = on;
    }

    public boolean isOn() {
        return on;
    }
}
