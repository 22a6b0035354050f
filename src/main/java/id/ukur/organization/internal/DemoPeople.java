package id.ukur.organization.internal;

import java.util.List;

/**
 * Fictional names, ranks and NIPs for demo officials, deterministic from a sequence
 * number. No name or NIP printed in the seed SOPs is used.
 */
final class DemoPeople {

	private static final List<String> FIRST = List.of("Andi", "Rina", "Bambang", "Siti", "Teguh", "Yanti", "Agus",
			"Dewi", "Hendra", "Kartika", "Rahmat", "Lestari", "Wahyu", "Putri", "Yusuf", "Indah", "Joko", "Maya",
			"Taufik", "Fitri", "Gunawan", "Citra", "Zainal", "Umi", "Eko", "Vina", "Oki", "Nur", "Ratna", "Dimas");

	private static final List<String> LAST = List.of("Pratama", "Wulandari", "Setiawan", "Rahmawati", "Nugroho",
			"Permata", "Hidayat", "Utami", "Siregar", "Kurniawan", "Harahap", "Santoso", "Nasution", "Anggraini",
			"Saputra", "Maharani", "Wijaya", "Purnamasari", "Syahputra", "Handayani");

	private static final List<String> DEGREES = List.of(", S.E., M.M.", ", S.Sos., M.Si.", ", S.T., M.T.",
			", S.H., M.H.", ", S.Kom.", ", S.AP.", ", S.E.", ", A.Md.");

	private DemoPeople() {
	}

	static String name(int seq, boolean senior) {
		String base = FIRST.get((seq * 7) % FIRST.size()) + " "
				+ LAST.get((seq * 11 + seq / LAST.size()) % LAST.size());
		String degree = senior ? DEGREES.get(seq % 4) : DEGREES.get(4 + seq % 4);
		return base + degree;
	}

	static String rank(int level) {
		return switch (level) {
			case 0 -> "Pembina Utama Muda (IV/c)";
			case 1 -> "Pembina Tingkat I (IV/b)";
			case 2 -> "Pembina (IV/a)";
			default -> "Penata Tingkat I (III/d)";
		};
	}

	/**
	 * @return an 18-digit NIP with valid birth date, appointment month and sex digit
	 */
	static String nip(int seq) {
		int birthYear = 1968 + (seq * 3) % 24;
		int birthMonth = 1 + (seq * 5) % 12;
		int birthDay = 1 + (seq * 7) % 28;
		int appointYear = birthYear + 23 + seq % 5;
		int appointMonth = 1 + (seq * 2) % 12;
		int sex = 1 + seq % 2;
		return String.format("%04d%02d%02d%04d%02d%d%03d", birthYear, birthMonth, birthDay, appointYear, appointMonth,
				sex, 1 + seq % 9);
	}

}
