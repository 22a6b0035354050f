package id.ukur.organization.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused first start into Spring Boot's short "APPLICATION FAILED TO START"
 * report: what is wrong with which variable and what to do, without a stack trace.
 * Registered in {@code META-INF/spring.factories}.
 */
class FirstAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministrator.FirstAdministratorRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministrator.FirstAdministratorRefused cause) {
		String description = "The database has no user yet, and the first administrator cannot be created:\n  - "
				+ String.join("\n  - ", cause.refusals());
		String action = "Set UKUR_ADMIN_USERNAME, UKUR_ADMIN_PASSWORD (at least 8 characters with a letter and a"
				+ " digit, not the username), UKUR_REGION_CODE (lower-case letters, digits and dashes) and"
				+ " UKUR_REGION_NAME, then start again. Nothing was created.";
		return new FailureAnalysis(description, action, cause);
	}

}
