package id.ukur.round.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.round.EntryView;
import id.ukur.round.EvidenceView;
import id.ukur.round.RoundReports;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import id.ukur.shared.Labels;
import id.ukur.shared.XlsxTable;
import id.ukur.sop.RegionCalendars;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The round tables as XLSX downloads (docs/formats.md, "Table downloads"): the agency's
 * rounds, the SOP time compliance and a round's validation table, each with the page's
 * headings and rows, read with the page's permission (the same services refuse the same
 * readers).
 */
@Controller
class RoundTablesController {

	private final Rounds rounds;

	private final RoundReports reports;

	private final Organization organization;

	private final RegionCalendars calendars;

	private final RoundFormats formats;

	private final MessageSource messages;

	RoundTablesController(Rounds rounds, RoundReports reports, Organization organization, RegionCalendars calendars,
			RoundFormats formats, MessageSource messages) {
		this.rounds = rounds;
		this.reports = reports;
		this.organization = organization;
		this.calendars = calendars;
		this.formats = formats;
		this.messages = messages;
	}

	@GetMapping("/agencies/{agency}/rounds.xlsx")
	ResponseEntity<byte[]> rounds(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		AgencyView found = this.organization.agency(agency, user);
		XlsxTable table = new XlsxTable(text(locale, "rounds.list.rounds"),
				texts(locale, "rounds.list.period", "rounds.list.status", "rounds.list.reference",
						"rounds.list.submittedUnits", "rounds.list.units", "rounds.list.step", "rounds.list.deadline"))
			.format(3, XlsxTable.INTEGER)
			.format(4, XlsxTable.INTEGER);
		for (RoundView r : this.rounds.rounds(agency, user)) {
			String step = (r.currentStep() != null)
					? text(locale, "rounds.list.stepValue", r.currentStep().number(), r.currentStep().activity())
					: text(locale, r.cancelled() ? "rounds.status.CANCELLED" : "rounds.list.finished");
			table.row(r.periodLabel(), Labels.of(this.messages, "rounds.status.", r.status().name(), locale),
					(r.orderReference() != null) ? r.orderReference() : r.requestLetterReference(), r.submittedForms(),
					r.forms().size(), step, r.deadline());
		}
		return table.download("pengukuran-" + found.code() + ".xlsx");
	}

	@GetMapping("/agencies/{agency}/rounds/compliance.xlsx")
	ResponseEntity<byte[]> compliance(@PathVariable String agency, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		AgencyView found = this.organization.agency(agency, user);
		long daily = this.calendars.of(found.regionId()).dailyMinutes();
		XlsxTable table = new XlsxTable(text(locale, "rounds.compliance.short"),
				texts(locale, "sop.no", "sop.activity", "rounds.compliance.standard", "rounds.compliance.measured",
						"rounds.compliance.onTime", "rounds.compliance.sharePercent", "rounds.compliance.median"))
			.format(0, XlsxTable.INTEGER)
			.format(3, XlsxTable.INTEGER)
			.format(4, XlsxTable.INTEGER);
		for (Rounds.StepCompliance s : this.reports.compliance(agency, user)) {
			Double share = (s.measured() > 0) ? Math.round(10000.0 * s.onTime() / s.measured()) / 100.0 : null;
			table.row(s.number(), s.activity(), this.formats.duration(s.standardMinutes(), daily), s.measured(),
					s.onTime(), share, this.formats.duration(s.medianMinutes(), daily));
		}
		return table.download("kepatuhan-sop-" + found.code() + ".xlsx");
	}

	@GetMapping("/rounds/{id}/validation.xlsx")
	ResponseEntity<byte[]> validation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		RoundView round = this.rounds.round(id, user);
		List<EntryView> entries = this.rounds.entries(id, user);
		XlsxTable table = new XlsxTable(text(locale, "rounds.tab.validation"),
				texts(locale, "rounds.units.unit", "indicator.code", "indicator.name", "indicator.measureUnit",
						"indicator.target", "rounds.form.actual", "rounds.validation.explanation", "report.ws.enabling",
						"report.ws.inhibiting", "rounds.validation.reasonColumn", "report.ws.evidence",
						"rounds.units.status"));
		round.forms()
			.forEach((form) -> entries.stream()
				.filter((e) -> e.unitCode().equals(form.unitCode()))
				.forEach((e) -> table.row(form.unitName(), e.indicatorCode(), e.indicatorName(), e.measureUnit(),
						(e.target() != null) ? e.target() : e.targetText(),
						(e.actual() != null) ? e.actual() : e.actualText(), e.note(), e.enablingFactors(),
						e.inhibitingFactors(), e.reason(),
						e.evidence().stream().map(EvidenceView::fileName).collect(Collectors.joining("; ")),
						Labels.of(this.messages, "rounds.entryStatus.", e.status().name(), locale))));
		return table
			.download("validasi-" + round.agencyCode() + "-" + round.year() + "-" + round.period().name() + ".xlsx");
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private List<String> texts(Locale locale, String... keys) {
		return java.util.Arrays.stream(keys).map((key) -> text(locale, key)).toList();
	}

}
