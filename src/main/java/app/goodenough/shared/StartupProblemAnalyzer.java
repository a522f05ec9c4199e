package app.goodenough.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link StartupProblem} into Spring Boot's short start-up failure report, without a stack trace. */
class StartupProblemAnalyzer extends AbstractFailureAnalyzer<StartupProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupProblem problem) {
        return new FailureAnalysis(problem.getMessage(), problem.action(), problem);
    }
}
