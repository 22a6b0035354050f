package id.ukur.organization.web;

import java.time.DayOfWeek;
import java.time.LocalDate;

import id.ukur.organization.AgencyCommand;
import id.ukur.organization.AgencyView;
import id.ukur.organization.CalendarCommand;
import id.ukur.organization.OrganizationSetup;
import id.ukur.organization.Calendars;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionClock;
import id.ukur.organization.RegionSettings;
import id.ukur.organization.RegionView;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FormErrors;
import id.ukur.shared.InvalidInputException;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pengaturan: the region's agencies at a glance with a new one's form, and the region's
 * working calendar with holidays.
 */
@Controller
class AdminController {

	private final Organization organization;

	private final Calendars calendars;

	private final RegionClock clock;

	private final OrganizationSetup setup;

	private final RegionSettings settings;

	AdminController(Organization organization, Calendars calendars, RegionClock clock, OrganizationSetup setup,
			RegionSettings settings) {
		this.settings = settings;
		this.organization = organization;
		this.calendars = calendars;
		this.clock = clock;
		this.setup = setup;
	}

	@GetMapping("/admin")
	String index(@AuthenticationPrincipal CurrentUser admin, Model model) {
		return indexPage(admin, model, new AgencyCommand("", "", "", ""));
	}

	@PostMapping("/admin/agencies")
	String createAgency(@Valid @ModelAttribute("agencyForm") AgencyCommand command, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				AgencyView created = this.setup.createAgency(admin.regionCode(), command, admin);
				redirect.addFlashAttribute("saved", created.name());
				return "redirect:/admin/agencies/" + created.code();
			}
			catch (InvalidInputException ex) {
				FormErrors.copy(result, ex);
			}
		}
		return indexPage(admin, model, null);
	}

	private String indexPage(CurrentUser admin, Model model, AgencyCommand form) {
		RegionView region = this.organization.region(admin.regionId());
		model.addAttribute("region", region);
		// the scale and its follow-up band by their names, never their codes
		// (docs/formats.md)
		this.settings.scales(admin.regionId())
			.stream()
			.filter((scale) -> scale.code().equals(region.ratingScaleCode()))
			.findFirst()
			.ifPresent((scale) -> {
				boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
				model.addAttribute("scaleName", english ? scale.nameEn() : scale.nameId());
				scale.bands()
					.stream()
					.filter((band) -> band.code().equals(region.followUpThreshold()))
					.findFirst()
					.ifPresent(
							(band) -> model.addAttribute("followUpLabel", english ? band.labelEn() : band.labelId()));
			});
		model.addAttribute("agencies", this.organization.agenciesVisibleTo(admin));
		model.addAttribute("installation", admin.administersInstallation());
		if (form != null) {
			model.addAttribute("agencyForm", form);
		}
		return "admin/index";
	}

	@GetMapping("/admin/calendar")
	String calendar(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser admin,
			Model model) {
		return calendarPage(admin, model, year, savedCalendar(admin));
	}

	@PostMapping("/admin/calendar")
	String saveCalendar(@Valid @ModelAttribute("calendarForm") CalendarCommand command, BindingResult result,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.calendars.updateCalendar(admin, command);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/calendar";
			}
			catch (InvalidInputException ex) {
				FormErrors.copy(result, ex);
			}
			catch (ConflictException ex) {
				result.reject(ex.getMessage());
			}
		}
		// a time or number that did not convert may leave the model without its form:
		// the page shows the bound values (or the saved calendar) with the fields marked
		return calendarPage(admin, model, null, (command != null) ? command : savedCalendar(admin));
	}

	private CalendarCommand savedCalendar(CurrentUser admin) {
		RegionView region = this.organization.region(admin.regionId());
		return new CalendarCommand(region.workingDays(), region.workStart(), region.workEnd(),
				region.timeZone().getId(), region.version());
	}

	@PostMapping("/admin/calendar/holidays")
	String addHoliday(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String name, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		try {
			this.calendars.addHoliday(admin, date, name);
			redirect.addFlashAttribute("saved", true);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("holidayError", ex.problems().get(0).code());
			redirect.addFlashAttribute("holidayName", name);
		}
		return "redirect:/admin/calendar" + ((date != null) ? "?year=" + date.getYear() : "");
	}

	@PostMapping("/admin/calendar/holidays/{id}/delete")
	String removeHoliday(@PathVariable long id, @RequestParam(required = false) Integer year,
			@AuthenticationPrincipal CurrentUser admin) {
		this.calendars.removeHoliday(admin, id);
		return "redirect:/admin/calendar" + ((year != null) ? "?year=" + year : "");
	}

	private String calendarPage(CurrentUser admin, Model model, Integer year, CalendarCommand form) {
		int shown = (year != null) ? year : this.clock.today(admin).getYear();
		model.addAttribute("region", this.organization.region(admin.regionId()));
		model.addAttribute("year", shown);
		model.addAttribute("holidays", this.calendars.holidays(admin.regionId(), shown));
		model.addAttribute("days", DayOfWeek.values());
		if (form != null) {
			model.addAttribute("calendarForm", form);
		}
		return "admin/calendar";
	}

}
