package id.ukur.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.shared.InboxContributor;
import id.ukur.shared.InboxItem;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Beranda: what waits for the user, late items first, grouped; and the user's agencies.
 */
@Controller
class HomeController {

	private final List<InboxContributor> contributors;

	private final Organization organization;

	private final MessageSource messages;

	HomeController(List<InboxContributor> contributors, Organization organization, MessageSource messages) {
		this.contributors = contributors;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		List<InboxItem> items = new ArrayList<>();
		this.contributors.forEach((contributor) -> items.addAll(contributor.itemsFor(user.id())));
		items.sort(Comparator.comparing(InboxItem::late)
			.reversed()
			.thenComparing(InboxItem::due, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
		Map<String, List<Entry>> groups = new LinkedHashMap<>();
		items.forEach((item) -> groups.computeIfAbsent(item.group(), (key) -> new ArrayList<>())
			.add(new Entry(this.messages.getMessage(item.messageKey(), item.arguments(), item.messageKey(), locale),
					item.link(), item.due(), item.late())));
		model.addAttribute("inbox", groups);
		model.addAttribute("inboxCount", items.size());
		model.addAttribute("agencies", this.organization.agenciesVisibleTo(user));
		model.addAttribute("region", this.organization.region(user.regionId()));
		return "home";
	}

	/** An inbox item with its text in the reader's language. */
	record Entry(String text, String link, Instant due, boolean late) {
	}

}
