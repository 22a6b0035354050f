package id.ukur.round.internal.report;

import id.ukur.round.EntryView;
import id.ukur.round.Recap;
import id.ukur.round.RoundView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the round's documents print: the report (PDF, XLSX) and the worksheet.
 *
 * @param draft true before the signature: the documents say so and carry no code
 * @param signedAt when the head signed, null for a draft
 * @param verificationCode the code printed with the QR code, null for a draft
 * @param verifyUrl the public address the QR code points to, null for a draft
 * @param zone the region's time zone for printed times
 */
public record ReportModel(String agencyName, String agencyAddress, String regionName, RoundView round, Recap recap,
		List<EntryView> entries, Signatory signatory, boolean draft, Instant signedAt, String verificationCode,
		String verifyUrl, ZoneId zone) {

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
