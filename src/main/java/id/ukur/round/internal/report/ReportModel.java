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

	/** Who signs: name, position, rank (pangkat/golongan) and NIP as printed. */
	public record Signatory(String name, String position, String rank, String nip) {
	}

}
