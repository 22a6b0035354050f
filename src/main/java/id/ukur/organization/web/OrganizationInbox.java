package id.ukur.organization.web;

import java.util.ArrayList;
import java.util.List;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import id.ukur.shared.InboxContributor;
import id.ukur.shared.InboxItem;

import org.springframework.stereotype.Component;

/** What the organisation asks of a user: replace a temporary password. */
@Component
class OrganizationInbox implements InboxContributor {

	private final UserAccounts accounts;

	OrganizationInbox(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<InboxItem> itemsFor(long userId) {
		List<InboxItem> items = new ArrayList<>();
		CurrentUser user = this.accounts.byId(userId).orElse(null);
		if (user == null) {
			return items;
		}
		if (this.accounts.mustChangePassword(userId)) {
			items.add(new InboxItem("account", "inbox.changePassword", new Object[0], "/profile", null, true));
		}
		return items;
	}

}
