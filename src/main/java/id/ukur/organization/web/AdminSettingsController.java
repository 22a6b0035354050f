package id.ukur.organization.web;

import java.util.ArrayList;
import java.util.List;

import id.ukur.calculation.RatingScale;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionSettings;
import id.ukur.shared.Numbers;
import id.ukur.organization.RegionSettings.BandCommand;
import id.ukur.organization.RegionSettings.ScaleCommand;
import id.ukur.organization.RegionSettings.SettingsCommand;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Measurement settings of the region: rating scales, cap, efficiency and follow-up
 * thresholds.
 */
@Controller
class AdminSettingsController {

	private static final int BAND_ROWS = 7;

	private final RegionSettings settings;

	private final Organization organization;

	AdminSettingsController(RegionSettings settings, Organization organization) {
		this.settings = settings;
		this.organization = organization;
	}

	@GetMapping("/admin/settings")
	String page(@AuthenticationPrincipal CurrentUser admin, Model model) {
		return page(admin, model, current(admin), List.of(), emptyScale(), List.of());
	}

	@PostMapping("/admin/settings")
	String save(@RequestParam(defaultValue = "") String scaleCode,
			@RequestParam(defaultValue = "") String achievementCap,
			@RequestParam(defaultValue = "") String efficiencyThreshold,
			@RequestParam(defaultValue = "") String followUpThreshold, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String jumpFactor, @AuthenticationPrincipal CurrentUser admin, Model model,
			RedirectAttributes redirect) {
		SettingsCommand command = new SettingsCommand(scaleCode, achievementCap, efficiencyThreshold, followUpThreshold,
				version, jumpFactor);
		try {
			this.settings.update(admin, command);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/settings";
		}
		catch (InvalidInputException ex) {
			return page(admin, model, command, ex.problems(), emptyScale(), List.of());
		}
		catch (ConflictException ex) {
			return page(admin, model, command, List.of(new FieldProblem("", ex.getMessage())), emptyScale(), List.of());
		}
	}

	@PostMapping("/admin/settings/scales")
	String addScale(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameId,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam(name = "bandCode") List<String> bandCodes,
			@RequestParam(name = "bandLabelId") List<String> labelsId,
			@RequestParam(name = "bandLabelEn") List<String> labelsEn,
			@RequestParam(name = "bandLower") List<String> lowers, @AuthenticationPrincipal CurrentUser admin,
			Model model, RedirectAttributes redirect) {
		List<BandCommand> bands = new ArrayList<>();
		for (int i = 0; i < bandCodes.size(); i++) {
			bands.add(new BandCommand(bandCodes.get(i), at(labelsId, i), at(labelsEn, i), at(lowers, i)));
		}
		ScaleCommand command = new ScaleCommand(code, nameId, nameEn, bands);
		try {
			this.settings.addScale(admin, command);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/settings";
		}
		catch (InvalidInputException ex) {
			return page(admin, model, current(admin), List.of(), padded(command), ex.problems());
		}
	}

	@PostMapping("/admin/settings/scales/{code}/delete")
	String removeScale(@PathVariable String code, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		try {
			this.settings.removeScale(admin, code);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refused", ex.problems().get(0).code());
		}
		return "redirect:/admin/settings";
	}

	private String page(CurrentUser admin, Model model, SettingsCommand form, List<FieldProblem> problems,
			ScaleCommand scaleForm, List<FieldProblem> scaleProblems) {
		model.addAttribute("region", this.organization.region(admin.regionId()));
		List<RatingScale> scales = this.settings.scales(admin.regionId());
		model.addAttribute("scales", scales);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("scaleForm", scaleForm);
		model.addAttribute("scaleProblems", scaleProblems);
		model.addAttribute("chosenScale",
				scales.stream()
					.filter((scale) -> scale.code().equals(form.scaleCode()))
					.findFirst()
					.orElse(RatingScale.DEFAULT));
		return "admin/settings";
	}

	/** The region's settings as the form shows them. */
	private SettingsCommand current(CurrentUser admin) {
		RegionSettings.Settings current = this.settings.of(admin.regionId());
		return new SettingsCommand(current.scale().code(),
				(current.achievementCap() == null) ? "" : typed(current.achievementCap()),
				typed(current.efficiencyThreshold()), current.followUpThreshold(), current.version(),
				typed(current.jumpFactor()));
	}

	private static ScaleCommand emptyScale() {
		return padded(new ScaleCommand("", "", "", List.of()));
	}

	private static ScaleCommand padded(ScaleCommand command) {
		List<BandCommand> bands = new ArrayList<>(command.bands());
		while (bands.size() < BAND_ROWS) {
			bands.add(new BandCommand("", "", "", ""));
		}
		return new ScaleCommand(command.code(), command.nameId(), command.nameEn(), bands);
	}

	private static String at(List<String> values, int index) {
		return (index < values.size()) ? values.get(index) : "";
	}

	/** A number shown for editing in the reader's format, which the form reads back. */
	private static String typed(java.math.BigDecimal number) {
		return Numbers.plain(number, LocaleContextHolder.getLocale());
	}

}
