package id.ukur.round;

import java.time.Instant;

/**
 * What the public verification says about a code. Made by {@link #unknown} or
 * {@link #sealed}, never positionally: an unknown code carries nothing but itself.
 *
 * @param superseded whether the round was reopened and sealed again since
 */
public record Verification(boolean genuine, String verificationCode, String agencyName, String regionName,
		String period, int revision, String signerName, String signerPosition, String signerNip, Instant signedAt,
		String sha256, boolean superseded) {

	/** A code no sealed report carries. */
	public static Verification unknown(String code) {
		return new Verification(false, code, null, null, null, 0, null, null, null, null, null, false);
	}

	/**
	 * A code of a sealed report.
	 * @param period the round's label (for example "Triwulan I 2026")
	 * @param revision the report's revision
	 */
	public static Verification sealed(String code, String agencyName, String regionName, String period, int revision,
			Signer signer, Instant signedAt, String sha256, boolean superseded) {
		return new Verification(true, code, agencyName, regionName, period, revision, signer.name(), signer.position(),
				signer.nip(), signedAt, sha256, superseded);
	}

	/** Who signed a sealed report. */
	public record Signer(String name, String position, String nip) {
	}

}
