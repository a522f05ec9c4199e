package app.goodenough.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, run in the browser on the page as it is at that moment (shadow roots included): what
 * it finds of impact serious or critical. The journeys ask in every state they reach, so a new
 * violation fails the suite.
 */
public final class Accessibility {

    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** Each violation as "rule (impact): what it asks, at [where, …]". */
    public static List<String> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        List<String> where = rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf).limit(6).toList();
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + ", at " + where;
    }
}
