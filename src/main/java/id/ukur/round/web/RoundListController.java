package id.ukur.round.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionClock;
import id.ukur.round.Commands;
import id.ukur.round.Period;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundView;
import id.ukur.round.RoundReports;
import id.ukur.round.Rounds;
import id.ukur.sop.RegionCalendars;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pengukuran: an agency's rounds with the order form, the rounds the planning agency
 * received, and SOP time compliance across rounds.
 */
@Controller
class RoundListController {

	private final Rounds rounds;

	private final RoundReports reports;

	private final Organization organization;

	private final RegionCalendars calendars;

	private final RoundPeople people;

	private final RegionClock clock;

	RoundListController(Rounds rounds, RoundReports reports, Organization organization, RegionCalendars calendars,
			RoundPeople people, RegionClock clock) {
		this.clock = clock;
		this.rounds = rounds;
		this.reports = reports;
		this.organization = organization;
		this.calendars = calendars;
		this.people = people;
	}

	@GetMapping("/rounds")
	String start(@AuthenticationPrincipal CurrentUser user) {
		if (user.agencyCode() != null) {
			return "redirect:/agencies/" + user.agencyCode() + "/rounds";
		}
		return "redirect:/rounds/received";
	}

	@GetMapping("/agencies/{agency}/rounds")
	String list(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user, Model model) {
		return list(agency, user, model, OrderForm.empty(this.clock.today(user)));
	}

	@PostMapping("/agencies/{agency}/rounds")
	String order(@PathVariable String agency, @ModelAttribute OrderForm form, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Refusals refusals = new Refusals();
		Commands.Order order = form.toOrder(refusals);
		if (!refusals.any()) {
			try {
				RoundView round = this.rounds.order(agency, order, user);
				redirect.addFlashAttribute("done", "rounds.done.ordered");
				return "redirect:/rounds/" + round.id();
			}
			catch (RuntimeException ex) {
				refusals.add(ex);
			}
		}
		refusals.into(model, response);
		model.addAttribute("showOrder", true);
		return list(agency, user, model, form);
	}

	private String list(String agencyCode, CurrentUser user, Model model, OrderForm form) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		Refusals.none(model);
		model.addAttribute("agency", agency);
		model.addAttribute("rounds", this.rounds.rounds(agencyCode, user));
		model.addAttribute("canOrder", this.rounds.canOrder(agencyCode, user));
		model.addAttribute("form", form);
		model.addAttribute("periods", Period.values());
		return "round/list";
	}

	@GetMapping("/rounds/received")
	String received(@AuthenticationPrincipal CurrentUser user, Model model) {
		Refusals.none(model);
		return receivedPage(user, model);
	}

	private String receivedPage(CurrentUser user, Model model) {
		List<RoundView> received = this.reports.received(user);
		List<String> usernames = new ArrayList<>();
		received.forEach((round) -> {
			usernames.add(round.sentBy());
			usernames.add(round.acknowledgedBy());
		});
		model.addAttribute("rounds", received);
		model.addAttribute("people", this.people.names(usernames));
		model.addAttribute("canAcknowledge",
				received.stream().anyMatch((round) -> round.actions().contains(RoundAction.ACKNOWLEDGE)));
		model.addAttribute("canExport", this.reports.regionActions(user).contains(RoundAction.EXPORT));
		int thisYear = this.clock.today(user).getYear();
		model.addAttribute("exportYears", List.of(thisYear, thisYear - 1, thisYear - 2));
		model.addAttribute("region", this.organization.region(user.regionId()));
		return "round/received";
	}

	@PostMapping("/rounds/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.rounds.acknowledge(id, user);
			redirect.addFlashAttribute("done", "rounds.done.acknowledged");
			return "redirect:/rounds/received";
		}
		catch (RuntimeException ex) {
			new Refusals().add(ex).into(model, response);
			return receivedPage(user, model);
		}
	}

	@GetMapping("/agencies/{agency}/rounds/compliance")
	String compliance(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user, Model model) {
		AgencyView found = this.organization.agency(agency, user);
		List<Rounds.StepCompliance> steps = this.reports.compliance(agency, user);
		model.addAttribute("agency", found);
		model.addAttribute("steps", steps);
		model.addAttribute("measuredRounds", this.rounds.rounds(agency, user).size());
		model.addAttribute("dailyMinutes", this.calendars.of(found.regionId()).dailyMinutes());
		return "round/compliance";
	}

	/** The order as typed: dates as the date inputs send them (ISO). */
	record OrderForm(String year, String period, String deadline, String orderReference, String orderText,
			String requestLetterReference, String requestLetterFrom, String requestLetterDate) {

		static OrderForm empty(LocalDate today) {
			return new OrderForm(String.valueOf(today.getYear()), defaultPeriod(today), today.plusDays(7).toString(),
					"", "", "", "", "");
		}

		/** The quarter that ended most recently: what is usually measured now. */
		private static String defaultPeriod(LocalDate today) {
			int quarter = (today.getMonthValue() - 1) / 3;
			return (quarter == 0) ? "TW4" : "TW" + quarter;
		}

		Commands.Order toOrder(Refusals refusals) {
			Integer number = null;
			if (this.year != null && !this.year.isBlank()) {
				try {
					number = Integer.valueOf(this.year.trim());
				}
				catch (NumberFormatException ex) {
					refusals.field("year", "validation.number");
				}
			}
			return new Commands.Order(number, this.period, date("deadline", this.deadline, refusals),
					this.orderReference, this.orderText, this.requestLetterReference, this.requestLetterFrom,
					date("requestLetterDate", this.requestLetterDate, refusals));
		}

		public boolean hasLetter() {
			return notBlank(this.requestLetterReference) || notBlank(this.requestLetterFrom)
					|| notBlank(this.requestLetterDate);
		}

		private static boolean notBlank(String text) {
			return text != null && !text.isBlank();
		}

		static LocalDate date(String field, String text, Refusals refusals) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return LocalDate.parse(text.trim());
			}
			catch (DateTimeParseException ex) {
				refusals.field(field, "rounds.date.invalid");
				return null;
			}
		}

	}

}
