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
		// the password rule is the one policy's (docs/security.md, "Passwords"), not a
		// copy
		String action = "Set UKUR_ADMIN_USERNAME, UKUR_ADMIN_PASSWORD (" + PasswordPolicy.MIN_LENGTH + " to "
				+ PasswordPolicy.MAX_LENGTH + " characters, not a common password, not containing the username),"
				+ " UKUR_REGION_CODE (lower-case letters, digits and dashes) and UKUR_REGION_NAME, then start"
				+ " again. Nothing was created.";
		return new FailureAnalysis(description, action, cause);
	}

}
