package id.ukur.round.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.organization.CurrentUser;
import id.ukur.round.Recap;
import id.ukur.round.RecapExplanations;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rekap dan kertas kerja: achievement per indicator with its explanation, roll-ups per
 * node with budget absorption and efficiency, the agency's total and a chart by
 * objective; the planner or team runs the calculation here.
 */
@Controller
class RecapController {

	private final Rounds rounds;

	RecapController(Rounds rounds) {
		this.rounds = rounds;
	}

	@GetMapping("/rounds/{id}/recap")
	String recap(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Refusals.none(model);
		return page(id, user, model);
	}

	@PostMapping("/rounds/{id}/calculate")
	String calculate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.rounds.calculate(id, user);
			redirect.addFlashAttribute("done", "rounds.done.calculated");
			return "redirect:/rounds/" + id + "/recap";
		}
		catch (RuntimeException ex) {
			new Refusals().add(ex).into(model, response);
			return page(id, user, model);
		}
	}

	private String page(long id, CurrentUser user, Model model) {
		RoundView round = this.rounds.round(id, user);
		// the page shows every explanation: written here, not by the calculation, in the
		// reader's language (docs/calculation.md, "Explanations")
		Recap recap = RecapExplanations.render(this.rounds.recapSoFar(id, user), LocaleContextHolder.getLocale());
		model.addAttribute("round", round);
		model.addAttribute("recap", recap);
		model.addAttribute("canCalculate", round.actions().contains(RoundAction.CALCULATE));
		if (recap != null) {
			Map<String, List<Recap.IndicatorResult>> byNode = new LinkedHashMap<>();
			recap.indicators().forEach((i) -> byNode.computeIfAbsent(i.nodeCode(), (c) -> new ArrayList<>()).add(i));
			List<Section> sections = new ArrayList<>();
			List<NodeRow> nodes = new ArrayList<>();
			for (Recap.NodeResult node : recap.nodes()) {
				nodes.add(NodeRow.of(node));
				List<Recap.IndicatorResult> indicators = byNode.remove(node.code());
				if (indicators != null) {
					sections.add(new Section(node, indicators));
				}
			}
			byNode.forEach((code, indicators) -> sections.add(new Section(null, indicators)));
			model.addAttribute("sections", sections);
			model.addAttribute("nodes", nodes);
			model.addAttribute("objectives",
					recap.nodes().stream().filter((n) -> "OBJECTIVE".equals(n.kind())).toList());
			model.addAttribute("followUps",
					recap.indicators().stream().filter(Recap.IndicatorResult::needsFollowUp).count());
		}
		return "round/recap";
	}

	/** The indicators of one node of the plan, under its heading. */
	record Section(Recap.NodeResult node, List<Recap.IndicatorResult> indicators) {
	}

	/**
	 * A node's roll-up with its efficiency split into the verdict (a message key) and its
	 * explanation.
	 */
	record NodeRow(Recap.NodeResult node, String efficiencyKey, String efficiencyText) {

		static NodeRow of(Recap.NodeResult node) {
			String efficiency = node.efficiency();
			if (efficiency == null) {
				return new NodeRow(node, null, null);
			}
			int colon = efficiency.indexOf(':');
			String verdict = (colon > 0) ? efficiency.substring(0, colon).trim() : efficiency.trim();
			String text = (colon > 0) ? efficiency.substring(colon + 1).trim() : null;
			return new NodeRow(node, verdict.matches("[A-Z_]+") ? "report.efficiency." + verdict : null,
					(verdict.matches("[A-Z_]+")) ? text : efficiency);
		}

	}

}
