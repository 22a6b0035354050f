package id.ukur.report.internal.lkjip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionSettings;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.Plans;
import id.ukur.report.ReportYears;
import id.ukur.round.History;
import id.ukur.round.PeriodFigures;
import id.ukur.shared.Numbers;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The LKjIP chapter III tables of an agency and year (docs/dashboards.md): read through
 * the plan and round modules' APIs, so whoever may read the agency's plans and rounds
 * (its own roles, the region-wide roles of its region) reads them, and nobody else.
 */
@Service
public class LkjipService {

	private final Organization organization;

	private final Plans plans;

	private final History history;

	private final RegionSettings settings;

	private final MessageSource messages;

	LkjipService(Organization organization, Plans plans, History history, RegionSettings settings,
			MessageSource messages) {
		this.organization = organization;
		this.plans = plans;
		this.history = history;
		this.settings = settings;
		this.messages = messages;
	}

	/**
	 * @throws id.ukur.shared.NotFoundException when the agency is unknown or not the
	 * user's to read
	 * @throws id.ukur.shared.InvalidInputException field {@code year} outside the years
	 * of {@link ReportYears}
	 */
	public Lkjip tables(String agencyCode, int year, CurrentUser user, Locale locale) {
		ReportYears.check(year);
		AgencyView agency = this.organization.agency(agencyCode, user);
		PlanDocument plan = this.plans.document(agency.code(), year, user).orElse(null);
		Map<Integer, PlanDocument> past = new LinkedHashMap<>();
		for (Integer earlier : this.plans.years(agency.code(), user)) {
			if (earlier < year && earlier >= year - LkjipBuilder.EARLIER_YEARS) {
				this.plans.document(agency.code(), earlier, user).ifPresent((p) -> past.put(earlier, p));
			}
		}
		List<PeriodFigures> figures = this.history.figures(agency.code(), year - LkjipBuilder.EARLIER_YEARS, year,
				user);
		RegionSettings.Settings region = this.settings.of(agency.regionId());
		return LkjipBuilder.build(new LkjipBuilder.Inputs(agency.code(), agency.name(), year, plan, past, figures,
				region.scale(), region.achievementCap(), region.efficiencyThreshold(), Numbers.isEnglish(locale)));
	}

	/**
	 * @return the years the agency has a plan for, newest first
	 */
	public List<Integer> years(String agencyCode, CurrentUser user) {
		return this.plans.years(agencyCode, user).stream().sorted(java.util.Comparator.reverseOrder()).toList();
	}

	/**
	 * @return the tables as XLSX
	 */
	public byte[] xlsx(Lkjip lkjip, Locale locale) {
		return LkjipWorkbook.write(lkjip, new LkjipTexts(this.messages, locale));
	}

	/**
	 * @return the tables as a Word document (DOCX)
	 */
	public byte[] docx(Lkjip lkjip, Locale locale) {
		return LkjipDocument.write(lkjip, new LkjipTexts(this.messages, locale));
	}

	/**
	 * @return the texts and formats of the reader's language
	 */
	public LkjipTexts texts(Locale locale) {
		return new LkjipTexts(this.messages, locale);
	}

}
