package id.ukur.organization.web;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own password through the API: the one call a user with a temporary
 * password may make before choosing its own (docs/api.md, "Temporary passwords").
 */
@RestController
@Tag(name = "Organisation", description = "Agencies and their units")
class ProfileApiController {

	private final UserAccounts accounts;

	ProfileApiController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@PutMapping("/api/v1/profile/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the caller's own password; ends the caller's page sessions")
	void changePassword(@RequestBody PasswordJson body, @AuthenticationPrincipal CurrentUser user) {
		this.accounts.changePassword(user, body.currentPassword(), body.newPassword(), body.newPassword());
	}

	/** The current password and the new one. */
	record PasswordJson(String currentPassword, String newPassword) {
	}

}
