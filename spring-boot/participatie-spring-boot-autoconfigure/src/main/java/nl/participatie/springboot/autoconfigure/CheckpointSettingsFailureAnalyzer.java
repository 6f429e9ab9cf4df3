package nl.participatie.springboot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells at start-up what is missing for scheduled checkpoints, and what to set. */
class CheckpointSettingsFailureAnalyzer extends AbstractFailureAnalyzer<CheckpointSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CheckpointSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
