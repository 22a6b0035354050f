package id.ukur.sop.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionClock;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.LaneRoles;
import id.ukur.sop.SopAction;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Sops;
import id.ukur.sop.Symbol;
import id.ukur.sop.TimeUnit;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planner's SOP editor: identity, lanes and steps in one form; add, remove and move
 * steps and lanes (each a round trip to the server, nothing stored), then publish as a
 * new revision.
 */
@Controller
@RequestMapping("/agencies/{agency}/sop/edit")
class SopEditController {

	private final Sops sops;

	private final Organization organization;

	private final SopDocuments documents;

	private final RegionClock clock;

	SopEditController(Sops sops, Organization organization, SopDocuments documents, RegionClock clock) {
		this.clock = clock;
		this.sops = sops;
		this.documents = documents;
		this.organization = organization;
	}

	@GetMapping
	String edit(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user, Model model) {
		requireEditor(agency, user);
		SopRevision active = this.documents.shown(agency, null, user);
		SopForm form = SopForm.of(active.definition());
		form.setBasedOn(active.revision());
		form.setRevisionDate(this.clock.today(user).toString());
		return page(agency, user, model, form, List.of());
	}

	@PostMapping
	String change(@PathVariable String agency, @ModelAttribute("form") SopForm form,
			@RequestParam(defaultValue = "publish") String action, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		requireEditor(agency, user);
		if (!action.equals("publish")) {
			apply(form, action);
			return page(agency, user, model, form, List.of());
		}
		List<FieldProblem> problems = new ArrayList<>();
		SopDefinition definition = form.toDefinition(problems);
		LocalDate date = null;
		try {
			date = LocalDate.parse(form.getRevisionDate());
		}
		catch (DateTimeParseException | NullPointerException ex) {
			problems.add(new FieldProblem("revisionDate", "validation.required"));
		}
		if (!problems.isEmpty()) {
			// show the rules the definition breaks too, not only the fields that could
			// not be read
			problems.addAll(this.sops.check(definition)
				.stream()
				.filter((problem) -> problems.stream().noneMatch((known) -> known.field().equals(problem.field())))
				.toList());
		}
		else {
			try {
				SopRevision published = this.sops.publish(agency, definition, date, SopForm.blank(form.getNote()),
						form.getBasedOn(), user);
				redirect.addFlashAttribute("published", published.revision());
				return "redirect:/agencies/" + agency + "/sop";
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
			catch (ConflictException ex) {
				problems.add(new FieldProblem("", ex.code(), ex.args()));
			}
		}
		return page(agency, user, model, form, problems);
	}

	/** Structural edits: addStep-i, removeStep-i, up-i, down-i, addLane, removeLane-i. */
	private static void apply(SopForm form, String action) {
		String[] parts = action.split("-");
		int index = (parts.length > 1) ? Integer.parseInt(parts[1]) : -1;
		List<StepForm> steps = form.getSteps();
		switch (parts[0]) {
			case "addStep" -> steps.add(Math.min(index + 1, steps.size()), new StepForm());
			case "removeStep" -> {
				if (index >= 0 && index < steps.size()) {
					steps.remove(index);
				}
			}
			case "up" -> {
				if (index > 0 && index < steps.size()) {
					Collections.swap(steps, index, index - 1);
				}
			}
			case "down" -> {
				if (index >= 0 && index < steps.size() - 1) {
					Collections.swap(steps, index, index + 1);
				}
			}
			case "addLane" -> form.getLanes().add(new SopForm.LaneForm());
			case "removeLane" -> {
				if (index >= 0 && index < form.getLanes().size()) {
					form.getLanes().remove(index);
				}
			}
			default -> {
				// an unknown action changes nothing
			}
		}
	}

	private String page(String agency, CurrentUser user, Model model, SopForm form, List<FieldProblem> problems) {
		model.addAttribute("agency", this.organization.agency(agency, user));
		model.addAttribute("form", form);
		// each message names its step or lane and field in words
		model.addAttribute("problems", this.sops.described(problems));
		// the installation's administrator acts in no SOP
		model.addAttribute("roles", LaneRoles.choices());
		model.addAttribute("symbols", Symbol.values());
		model.addAttribute("checkpoints", Checkpoint.values());
		model.addAttribute("units", TimeUnit.values());
		return "sop/edit";
	}

	private void requireEditor(String agency, CurrentUser user) {
		this.sops.require(agency, SopAction.EDIT, user);
	}

}
