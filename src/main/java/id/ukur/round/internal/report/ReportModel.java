package id.ukur.round.internal.report;

import id.ukur.organization.Letterheads.Letterhead;
import id.ukur.round.ActionPlanView;
import id.ukur.round.EntryView;
import id.ukur.round.FormView;
import id.ukur.round.Recap;
import id.ukur.round.RoundView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything the round's documents print: the report (PDF, XLSX) and the worksheet.
 *
 * @param draft true before the signature: the documents say so and carry no code
 * @param signedAt when the head signed, null for a draft
 * @param verificationCode the code printed with the QR code, null for a draft
 * @param verifyUrl the public address the QR code points to, null for a draft
 * @param zone the region's time zone for printed times
 * @param letterhead the region's letterhead (logo and contact lines), null for a text
 * letterhead of the names only
 * @param actionPlans the follow-up action plans made in the round and those of earlier
 * rounds still open
 */
public record ReportModel(String agencyName, String agencyAddress, String regionName, RoundView round, Recap recap,
		List<EntryView> entries, Signatory signatory, boolean draft, Instant signedAt, String verificationCode,
		String verifyUrl, ZoneId zone, Letterhead letterhead, List<ActionPlanView> actionPlans) {

	public ReportModel {
		entries = (entries != null) ? List.copyOf(entries) : List.of();
		actionPlans = (actionPlans != null) ? List.copyOf(actionPlans) : List.of();
	}

	/** Without a letterhead and without action plans. */
	public ReportModel(String agencyName, String agencyAddress, String regionName, RoundView round, Recap recap,
			List<EntryView> entries, Signatory signatory, boolean draft, Instant signedAt, String verificationCode,
			String verifyUrl, ZoneId zone) {
		this(agencyName, agencyAddress, regionName, round, recap, entries, signatory, draft, signedAt, verificationCode,
				verifyUrl, zone, null, List.of());
	}

	/**
	 * @return the indicators whose unit wrote enabling or inhibiting factors, in the
	 * order of the entries, each with its unit's name
	 */
	public List<Factors> factors() {
		return this.entries.stream()
			.filter((e) -> present(e.enablingFactors()) || present(e.inhibitingFactors()))
			.map((e) -> new Factors(e.indicatorName(), unitName(e.unitCode()), trimmed(e.enablingFactors()),
					trimmed(e.inhibitingFactors())))
			.toList();
	}

	/**
	 * @return the name of a unit of the round's forms, the code itself for a unit without
	 * a form (a person reads names, not codes)
	 */
	public String unitName(String unitCode) {
		Map<String, String> units = (this.round != null) ? this.round.forms()
			.stream()
			.collect(Collectors.toMap(FormView::unitCode, FormView::unitName, (a, b) -> a)) : Map.of();
		return units.getOrDefault(unitCode, unitCode);
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private static String trimmed(String text) {
		return present(text) ? text.strip() : null;
	}

	/** One indicator's factors as its unit wrote them (null when none). */
	public record Factors(String indicatorName, String unitName, String enabling, String inhibiting) {
	}

	/**
	 * @return the message key of the marking a provisional document carries (its note
	 * under the same key with {@code .note}): {@code report.provisional.notCalculated}
	 * before the calculation (the values so far, achievements computed on the fly),
	 * {@code report.provisional.stale} when a value changed since; null for a current
	 * calculation
	 */
	public String provisionalKey() {
		if (this.recap == null || !this.recap.calculated()) {
			return "report.provisional.notCalculated";
		}
		return this.recap.current() ? null : "report.provisional.stale";
	}

	/** Who signs: name, position, rank (pangkat/golongan) and NIP as printed. */
	public record Signatory(String name, String position, String rank, String nip) {
	}

}
