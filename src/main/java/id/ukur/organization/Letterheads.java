package id.ukur.organization;

import java.util.Base64;

/**
 * A region's letterhead (kop surat): its logo and contact lines, printed at the top of
 * the round report, the PK, the SOP document and the dashboard PDF (docs/rounds.md,
 * "Documents"). One per region; the region administrator changes it.
 */
public interface Letterheads {

	/**
	 * @return the region's letterhead; an empty one (no logo, no lines, version 0) when
	 * none was saved yet
	 */
	Letterhead of(long regionId);

	/**
	 * @return the letterhead of the region with this code; an empty one for a region that
	 * saved none or an unknown code
	 */
	Letterhead ofRegion(String regionCode);

	/**
	 * Saves the region's letterhead (region admin only), journaled; a logo is checked by
	 * its content (docs/security.md, "Uploads").
	 * @throws id.ukur.shared.InvalidInputException naming each refused field
	 * @throws id.ukur.shared.ConflictException when it was changed meanwhile
	 */
	Letterhead update(CurrentUser admin, LetterheadCommand command);

	/**
	 * A region's letterhead as printed.
	 *
	 * @param logo the logo's bytes (PNG or JPEG), null without a logo
	 * @param logoType its content type, null without a logo
	 */
	record Letterhead(long regionId, String address, String phone, String email, String website, byte[] logo,
			String logoType, long version) {

		/** The letterhead of a region that saved none. */
		public static Letterhead empty(long regionId) {
			return new Letterhead(regionId, null, null, null, null, null, null, 0);
		}

		public boolean hasLogo() {
			return this.logo != null && this.logo.length > 0;
		}

		/**
		 * @return the logo as a {@code data:} URI, null without one: documents embed it,
		 * so the PDF renderer never fetches anything from the network
		 */
		public String logoDataUri() {
			return hasLogo() ? "data:" + this.logoType + ";base64," + Base64.getEncoder().encodeToString(this.logo)
					: null;
		}

		/** Whether there is a contact line (phone, e-mail or website) to print. */
		public boolean hasContacts() {
			return present(this.phone) || present(this.email) || present(this.website);
		}

		private static boolean present(String text) {
			return text != null && !text.isBlank();
		}

	}

	/**
	 * What the letterhead form sends.
	 *
	 * @param logo the uploaded file's bytes, null or empty to keep the current logo
	 * @param removeLogo whether to remove the current logo
	 * @param version the version the form was shown with (0 for none saved yet)
	 */
	record LetterheadCommand(String address, String phone, String email, String website, byte[] logo,
			boolean removeLogo, Long version) {
	}

}
