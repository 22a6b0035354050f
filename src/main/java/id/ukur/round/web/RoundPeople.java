package id.ukur.round.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;

import org.springframework.stereotype.Component;

/**
 * The names people know each other by, for the usernames rounds record (who ordered,
 * completed a step, submitted a form, wrote a journal line). Unknown usernames stay as
 * they are.
 */
@Component
class RoundPeople {

	private final UserAccounts accounts;

	RoundPeople(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * @param usernames usernames, nulls and repeats allowed
	 * @return display name by username, for those known
	 */
	Map<String, String> names(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		usernames.stream()
			.filter(Objects::nonNull)
			.distinct()
			.forEach((username) -> this.accounts.byUsername(username)
				.map(CurrentUser::displayName)
				.ifPresent((name) -> names.put(username, name)));
		return names;
	}

}
