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
import id.ukur.shared.InboxRound;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Beranda: what waits for the user, late items first, under the round each belongs to
 * (items of no round under their kind); the agency's running rounds with the step that
 * holds each; and the user's agencies (docs/rounds.md, "The inbox").
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
		List<InboxRound> running = new ArrayList<>();
		this.contributors.forEach((contributor) -> {
			items.addAll(contributor.itemsFor(user.id()));
			running.addAll(contributor.roundsFor(user.id()));
		});
		items.sort(Comparator.comparing(InboxItem::late)
			.reversed()
			.thenComparing(InboxItem::due, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
		Map<String, Group> groups = new LinkedHashMap<>();
		for (InboxItem item : items) {
			String heading = (item.heading() != null) ? item.heading()
					: text("inbox.group." + item.group(), null, locale);
			groups.computeIfAbsent(heading, (key) -> new Group(key, item.headingLink(), new ArrayList<>()))
				.entries()
				.add(new Entry(text(item.messageKey(), item.arguments(), locale),
						text("inbox.group." + item.group(), null, locale), item.link(), item.due(), item.late(),
						(item.note() != null) ? text(item.note().messageKey(), item.note().arguments(), locale)
								: null));
		}
		model.addAttribute("inbox", groups.values());
		model.addAttribute("inboxCount", items.size());
		model.addAttribute("running", running);
		model.addAttribute("agencies", this.organization.agenciesVisibleTo(user));
		model.addAttribute("region", this.organization.region(user.regionId()));
		return "home";
	}

	private String text(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/** The items of one round (or of one kind), under its heading and link (or none). */
	record Group(String heading, String link, List<Entry> entries) {
	}

	/**
	 * An inbox item with its texts in the reader's language: what to do, its kind, and
	 * why it came back (or null).
	 */
	record Entry(String text, String kind, String link, Instant due, boolean late, String note) {
	}

}
