package id.ukur.plan.internal;

import java.util.List;
import java.util.Map;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.plan.NodeKind;
import id.ukur.plan.ValueType;

/** The columns of the plan workbook and the Indonesian words used in its cells. */
final class WorkbookColumns {

	static final String SHEET = "Rencana";

	static final List<String> HEADERS = List.of("Jenis", "Kode", "Kode induk", "Nama", "Unit", "Pagu (Rp)",
			"Realisasi anggaran TW1", "Realisasi anggaran TW2", "Realisasi anggaran TW3", "Realisasi anggaran TW4",
			"Satuan", "IKU", "Polaritas", "Rumus", "Agregasi", "Jenis nilai", "Bobot", "Kondisi awal",
			"Target akhir Renstra", "Target", "Target TW1", "Target TW2", "Target TW3", "Target TW4", "Skala",
			"Realisasi TW1", "Realisasi TW2", "Realisasi TW3", "Realisasi TW4", "Definisi", "Formulasi", "Sumber data");

	static final int KIND = 0;

	static final int CODE = 1;

	static final int PARENT = 2;

	static final int NAME = 3;

	static final int UNIT = 4;

	static final int BUDGET = 5;

	static final int SPENT = 6;

	static final int MEASURE = 10;

	static final int KEY = 11;

	static final int POLARITY = 12;

	static final int FORMULA = 13;

	static final int AGGREGATION = 14;

	static final int VALUE_TYPE = 15;

	static final int WEIGHT = 16;

	static final int BASELINE = 17;

	static final int END_TARGET = 18;

	static final int TARGET = 19;

	static final int PERIOD_TARGET = 20;

	static final int SCALE = 24;

	static final int ACTUAL = 25;

	static final int DEFINITION = 29;

	static final int FORMULATION = 30;

	static final int SOURCE = 31;

	static final String INDICATOR = "INDIKATOR";

	static final Map<NodeKind, String> KINDS = Map.of(NodeKind.GOAL, "TUJUAN", NodeKind.OBJECTIVE, "SASARAN",
			NodeKind.PROGRAM, "PROGRAM", NodeKind.ACTIVITY, "KEGIATAN", NodeKind.SUB_ACTIVITY, "SUBKEGIATAN");

	static final Map<Polarity, String> POLARITIES = Map.of(Polarity.HIGHER_IS_BETTER, "Naik", Polarity.LOWER_IS_BETTER,
			"Turun");

	static final Map<Formula, String> FORMULAS = Map.of(Formula.RATIO, "Rasio", Formula.REVERSE_DIFFERENCE,
			"Selisih terbalik", Formula.REVERSE_RATIO, "Rasio terbalik");

	static final Map<PeriodAggregation, String> AGGREGATIONS = Map.of(PeriodAggregation.CUMULATIVE, "Kumulatif",
			PeriodAggregation.LAST_VALUE, "Nilai akhir", PeriodAggregation.AVERAGE, "Rata-rata");

	static final Map<ValueType, String> VALUE_TYPES = Map.of(ValueType.NUMBER, "Angka", ValueType.PERCENT, "Persen",
			ValueType.QUALITATIVE, "Kualitatif");

	/**
	 * Document field names (the last part of a validation path) and the column that holds
	 * them.
	 */
	static final Map<String, Integer> FIELD_COLUMNS = Map.ofEntries(Map.entry("code", CODE), Map.entry("name", NAME),
			Map.entry("unitCode", UNIT), Map.entry("budget", BUDGET), Map.entry("spentByPeriod", SPENT),
			Map.entry("measureUnit", MEASURE), Map.entry("polarity", POLARITY), Map.entry("formula", FORMULA),
			Map.entry("aggregation", AGGREGATION), Map.entry("valueType", VALUE_TYPE), Map.entry("weight", WEIGHT),
			Map.entry("baseline", BASELINE), Map.entry("endTarget", END_TARGET), Map.entry("target", TARGET),
			Map.entry("targetMin", TARGET), Map.entry("targetMax", TARGET), Map.entry("periodTargets", PERIOD_TARGET),
			Map.entry("scale", SCALE), Map.entry("actuals", ACTUAL));

	private WorkbookColumns() {
	}

	/**
	 * @return the enum whose Indonesian word or name matches the cell, or null
	 */
	static <E extends Enum<E>> E parse(Map<E, String> words, Class<E> type, String cell) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		String wanted = cell.trim();
		for (Map.Entry<E, String> entry : words.entrySet()) {
			if (entry.getValue().equalsIgnoreCase(wanted) || entry.getKey().name().equalsIgnoreCase(wanted)) {
				return entry.getKey();
			}
		}
		throw new IllegalArgumentException(wanted);
	}

}
