package id.ukur.round.internal.demo;

import id.ukur.round.EntryView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The values the units of the demo history enter, drawn from the round's seed around each
 * indicator's period target: most between 90 and 115 % of it, some well under (so that
 * ratings differ and some indicators need a follow-up), a few above; with the factors a
 * unit would write.
 */
final class DemoValues {

	/** Measures counted in whole numbers. */
	private static final Set<String> COUNTS = Set.of("orang", "dokumen", "unit", "kegiatan", "laporan", "kali", "desa",
			"kelompok", "perusahaan", "paket", "lembaga", "koperasi", "unit usaha", "kasus", "sentra", "puskesmas",
			"posyandu", "pasar", "kampung", "zona");

	private static final List<String> ENABLING = List.of(
			"Dukungan anggaran tersedia tepat waktu dan kegiatan berjalan sesuai jadwal.",
			"Koordinasi lintas bidang dan dengan pemangku kepentingan berjalan baik.",
			"Pendampingan teknis kepada sasaran kegiatan dilakukan secara rutin.",
			"Data pendukung tersedia lengkap dari aplikasi dan instansi terkait.",
			"Komitmen pimpinan dan partisipasi aktif masyarakat.");

	private static final List<String> INHIBITING = List.of(
			"Pencairan anggaran kegiatan terlambat sehingga pelaksanaan bergeser ke triwulan berikutnya.",
			"Jumlah tenaga teknis di lapangan terbatas dibanding cakupan wilayah.",
			"Cuaca ekstrem menghambat pelaksanaan kegiatan lapangan.",
			"Data dari instansi vertikal belum tersedia tepat waktu.",
			"Penyesuaian terhadap perubahan regulasi dari pemerintah pusat.");

	private final Random random;

	DemoValues(long seed) {
		this.random = new Random(seed);
	}

	/** A value the unit enters, with the factors it writes beside it. */
	record Value(Object actual, String enabling, String inhibiting) {
	}

	/**
	 * @return the value of the entry: a number, or a scale value of a qualitative
	 * indicator
	 */
	Value of(EntryView entry) {
		double draw = this.random.nextDouble();
		boolean under = draw >= 0.74 && draw < 0.9;
		String enabling = ENABLING.get(this.random.nextInt(ENABLING.size()));
		String inhibiting = under ? INHIBITING.get(this.random.nextInt(INHIBITING.size())) : null;
		if (!entry.scaleValues().isEmpty()) {
			return new Value(scaleValue(entry, under), enabling, inhibiting);
		}
		double factor = under ? between(0.55, 0.88) : (draw < 0.74) ? between(0.9, 1.15) : between(1.15, 1.3);
		return new Value(number(entry, factor), enabling, inhibiting);
	}

	/**
	 * @return a corrected value, after the team returned the first
	 */
	Object corrected(EntryView entry) {
		return entry.scaleValues().isEmpty() ? number(entry, between(0.95, 1.05)) : scaleValue(entry, false);
	}

	/**
	 * @return a number drawn from the bounds
	 */
	int pick(int bound) {
		return this.random.nextInt(bound);
	}

	private double between(double low, double high) {
		return low + this.random.nextDouble() * (high - low);
	}

	private Object scaleValue(EntryView entry, boolean under) {
		List<String> scale = entry.scaleValues();
		int target = 0;
		for (int i = 0; i < scale.size(); i++) {
			if (scale.get(i).equalsIgnoreCase(String.valueOf(entry.targetText()).trim())) {
				target = i;
			}
		}
		if (!under || scale.size() < 2) {
			return scale.get(target);
		}
		return scale.get((target + 1 < scale.size()) ? target + 1 : target - 1);
	}

	private static BigDecimal number(EntryView entry, double factor) {
		BigDecimal target = (entry.target() != null) ? entry.target() : entry.targetMin();
		if (target == null) {
			target = BigDecimal.TEN;
		}
		BigDecimal value = target.multiply(BigDecimal.valueOf(factor));
		boolean count = entry.measureUnit() != null
				&& COUNTS.contains(entry.measureUnit().trim().toLowerCase(Locale.ROOT));
		boolean whole = count
				|| (target.stripTrailingZeros().scale() <= 0 && target.abs().compareTo(BigDecimal.TEN) >= 0);
		value = value.setScale(whole ? 0 : 2, RoundingMode.HALF_UP);
		if (atMostHundred(entry) && value.compareTo(BigDecimal.valueOf(100)) > 0) {
			value = BigDecimal.valueOf(100);
		}
		value = value.max(BigDecimal.ZERO).stripTrailingZeros();
		return (value.scale() < 0) ? value.setScale(0) : value;
	}

	/** Percentages, and scores and indices on a scale of 100 (IKM, SAKIP scores). */
	private static boolean atMostHundred(EntryView entry) {
		String unit = String.valueOf(entry.measureUnit()).trim().toLowerCase(Locale.ROOT);
		return "PERCENT".equals(entry.valueType()) || unit.equals("%") || unit.startsWith("persen")
				|| unit.equals("nilai") || unit.equals("indeks");
	}

	/** The unit's note on a value it cannot report yet. */
	static String notReportedNote() {
		return "Data belum dapat dilaporkan: publikasi statistik sektoral belum terbit.";
	}

}
