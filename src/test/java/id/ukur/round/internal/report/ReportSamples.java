package id.ukur.round.internal.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import id.ukur.round.EntryStatus;
import id.ukur.round.EntryView;
import id.ukur.round.EvidenceView;
import id.ukur.round.Period;
import id.ukur.round.Recap;
import id.ukur.round.Recap.IndicatorResult;
import id.ukur.round.Recap.NodeResult;
import id.ukur.round.RoundStatus;
import id.ukur.round.RoundView;

/**
 * A health agency's TW II round: a goal without indicators of its own, two objectives
 * with four indicators (one not reported, one provisional) and two programs with budgets,
 * one with a budgeted activity.
 */
final class ReportSamples {

	static final String CODE = "UKR-7Q4M-2KXD";

	static final String URL = "https://ukur.example.go.id/verifikasi/UKR-7Q4M-2KXD";

	private ReportSamples() {
	}

	static ReportModel signed() {
		return model(false);
	}

	static ReportModel draft() {
		return model(true);
	}

	private static ReportModel model(boolean draft) {
		Instant signedAt = draft ? null : Instant.parse("2026-11-21T03:15:00Z");
		RoundView round = new RoundView(7, 3, "DINKES", "Dinas Kesehatan", 1, 2026, Period.TW2,
				LocalDate.of(2026, 7, 15), "800/1234/Dinkes/2026", "Pengukuran kinerja TW II", null, null, null,
				draft ? RoundStatus.OPEN : RoundStatus.SEALED, 11, 2, 1, true, true,
				Instant.parse("2026-11-20T01:00:00Z"), true, null, null, null, null, null, null, null, null,
				draft ? null : CODE, null, signedAt, null, null, null, 5, List.of(), null, null);
		Recap recap = new Recap(Instant.parse("2026-11-20T01:00:00Z"), true, "DEFAULT", indicators(), nodes(),
				new NodeResult("AGENCY", "DINKES", "Dinas Kesehatan", 0, new BigDecimal("88.04"), "TINGGI", "Tinggi",
						true, 2, "Rata-rata 2 sasaran", new BigDecimal("13350000000"), new BigDecimal("9800500000"),
						new BigDecimal("73.41"), null));
		return new ReportModel("Dinas Kesehatan", "Jl. Mayor Kusmanto No. 1, Purwakarta 41111, Telp. (0264) 200123",
				"Kabupaten Purwakarta", round, recap, entries(),
				new ReportModel.Signatory("dr. Hj. Siti Rahmawati, M.Kes.", "Kepala Dinas Kesehatan",
						"Pembina Utama Muda (IV/c)", "197001011995031001"),
				draft, signedAt, draft ? null : CODE, draft ? null : URL, ZoneId.of("Asia/Jakarta"));
	}

	private static List<IndicatorResult> indicators() {
		return List.of(
				indicator("IKU-1.1", "Rata-rata waktu penerbitan izin praktik tenaga kesehatan", "hari", "S1", "7",
						"6.5", "107.14", "SANGAT_TINGGI", "Sangat Tinggi", "COMPUTED", false,
						List.of("T = 7 (TW2)", "R = 6,5 (TW2)"), "REVERSE_DIFFERENCE",
						"(2 − 6,5 / 7) × 100 = 107,1428571429", "107,1428571429 → 107,14"),
				indicator("IKU-1.2", "Persentase balita gizi buruk yang mendapat perawatan sesuai standar", "%", "S1",
						"100", "70", "70.00", "SEDANG", "Sedang", "COMPUTED", true, List.of("T = 100", "R = 70 (TW1)"),
						"RATIO", "70 / 100 × 100 = 70", "70 → 70,00"),
				indicator("IKU-2.1", "Indeks kepuasan masyarakat terhadap layanan puskesmas", "indeks", "S2", "80–90",
						"92", "102.22", "SANGAT_TINGGI", "Sangat Tinggi", "COMPUTED", false,
						List.of("T = 80–90", "R = 92"), "RATIO", "92 / 90 × 100 = 102,2222222222",
						"102,2222222222 → 102,22"),
				indicator("IKU-2.2", "Jumlah tenaga kesehatan yang mengikuti pelatihan kompetensi", "orang", "S2",
						"1250", null, null, null, null, "NOT_REPORTED", false, List.of("T = 1.250"), "RATIO", null,
						null));
	}

	private static IndicatorResult indicator(String code, String name, String unit, String node, String target,
			String actual, String achievement, String rating, String label, String status, boolean provisional,
			List<String> inputs, String formula, String arithmetic, String rounding) {
		return new IndicatorResult(code, name, unit, node, "SEKSI-" + node, target, actual,
				(achievement != null) ? new BigDecimal(achievement) : null, rating, label, status, provisional, false,
				"NOT_REPORTED".equals(status) ? "Realisasi belum dilaporkan (tidak dianggap nol)." : null, inputs,
				formula, arithmetic, rounding);
	}

	private static List<NodeResult> nodes() {
		return List.of(
				node("GOAL", "T1", "Meningkatnya derajat kesehatan masyarakat", 0, "95.18", "SANGAT_TINGGI",
						"Sangat Tinggi", null, null, null),
				node("OBJECTIVE", "S1", "Meningkatnya mutu dan akses pelayanan kesehatan", 1, "88.57", "TINGGI",
						"Tinggi", null, null, null),
				node("OBJECTIVE", "S2", "Meningkatnya kapasitas sumber daya manusia kesehatan", 1, "102.22",
						"SANGAT_TINGGI", "Sangat Tinggi", null, null, null),
				node("PROGRAM", "1.02.02",
						"Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 2, "88.57",
						"TINGGI", "Tinggi", "12500000000", "9375000000", "75.00"),
				node("ACTIVITY", "1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP", 3,
						"88.57", "TINGGI", "Tinggi", "2500000000", "2000000000", "80.00"),
				node("PROGRAM", "1.02.03", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 2, "60.00",
						"RENDAH", "Rendah", "850000000", "425500000", "50.06"));
	}

	private static NodeResult node(String kind, String code, String name, int depth, String achievement, String rating,
			String label, String budget, String spent, String absorption) {
		return new NodeResult(kind, code, name, depth, new BigDecimal(achievement), rating, label, !"GOAL".equals(kind),
				2, "Rata-rata indikator", decimal(budget), decimal(spent), decimal(absorption),
				(budget != null) ? "INEFFICIENT" : null);
	}

	private static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

	private static List<EntryView> entries() {
		return List.of(
				entry(1, "IKU-1.1", "Rata-rata waktu penerbitan izin praktik tenaga kesehatan", "7", "6.5",
						EntryStatus.ACCEPTED, List.of("rekap-izin-tw2.pdf", "sk-sop-izin.pdf")),
				entry(2, "IKU-1.2", "Persentase balita gizi buruk yang mendapat perawatan sesuai standar", "100", "70",
						EntryStatus.ACCEPTED, List.of("laporan-gizi.xlsx")),
				entry(3, "IKU-2.1", "Indeks kepuasan masyarakat terhadap layanan puskesmas", "80–90", "92",
						EntryStatus.ACCEPTED, List.of()),
				entry(4, "IKU-2.2", "Jumlah tenaga kesehatan yang mengikuti pelatihan kompetensi", "1250", null,
						EntryStatus.NOT_REPORTED, List.of()));
	}

	private static EntryView entry(long id, String code, String name, String target, String actual, EntryStatus status,
			List<String> files) {
		List<EvidenceView> evidence = files.stream()
			.map((file) -> new EvidenceView(id * 10 + files.indexOf(file), file, "application/pdf", 1024, "ab", null,
					"staf"))
			.toList();
		return new EntryView(id, code, name, "satuan", "SEKSI-1", "S1", "NUMBER", target, null,
				(actual != null) ? new BigDecimal(actual) : null, null, "Catatan " + code, "Dukungan aplikasi",
				"Keterbatasan anggaran", status, null, 1, null, "staf", List.of(), evidence);
	}

}
