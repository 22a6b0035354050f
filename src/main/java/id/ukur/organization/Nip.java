package id.ukur.organization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The civil-servant identity number: 18 digits, birth date (8), appointment year and
 * month (6), sex (1 or 2) and a sequence number (3).
 */
public final class Nip {

	private Nip() {
	}

	/**
	 * Checks a NIP.
	 * @param nip the number as typed; spaces are allowed between groups
	 * @return null when valid, otherwise the message key of what is wrong
	 */
	public static String problem(String nip) {
		String digits = normalize(nip);
		if (digits.isEmpty()) {
			return "validation.nip.required";
		}
		if (!digits.matches("\\d{18}")) {
			return "validation.nip.digits";
		}
		try {
			LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
					Integer.parseInt(digits.substring(6, 8)));
			YearMonth.of(Integer.parseInt(digits.substring(8, 12)), Integer.parseInt(digits.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return "validation.nip.dates";
		}
		char sex = digits.charAt(14);
		if (sex != '1' && sex != '2') {
			return "validation.nip.sex";
		}
		return null;
	}

	/**
	 * @return the digits of a NIP without spaces; empty for null
	 */
	public static String normalize(String nip) {
		return (nip != null) ? nip.replace(" ", "").trim() : "";
	}

	/**
	 * @return the NIP as printed: {@code 19700709 199803 1 012}
	 */
	public static String format(String nip) {
		if (nip == null || nip.length() != 18) {
			return nip;
		}
		return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
	}

}
