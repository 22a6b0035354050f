package id.ukur.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * calculation.md §3. Items are written {@code CODE=C[*weight][!]} separated by {@code ;},
 * where C is the exact achievement, {@code NC} not computable, {@code NR} not reported
 * and {@code !} marks a provisional result.
 */
class RollUpsTest {

	@ParameterizedTest(name = "{0} cap={1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			// unweighted mean
			"IK1=110;IK2=90|-|100.00|false|2|-|-|-", "IK1=80|-|80.00|false|1|-|-|-",
			// the exact values count, not the rounded ones (rounded: 1.00 + 1.00 + 1.01
			// -> 1.00)
			"IK1=1.0049;IK2=1.0049;IK3=1.0149|-|1.01|false|3|-|-|-",
			// the cap applies in roll-ups only, to the values above it
			"IK1=110;IK2=90|100|95.00|false|2|-|-|IK1", "IK1=110;IK2=90|120|100.00|false|2|-|-|-",
			"IK1=130;IK2=125;IK3=90|120|110.00|false|3|-|-|IK1,IK2",
			// weighted as soon as one item has a weight; the others count with weight 1
			"IK1=110*3;IK2=90*1|-|105.00|false|2|-|-|-", "IK1=100*2;IK2=70|-|90.00|false|2|-|-|-",
			"IK1=110*3;IK2=90*1|100|97.50|false|2|-|-|IK1", "IK1=100*0;IK2=70*1|-|70.00|false|2|-|-|-",
			"IK1=NR*5;IK2=70;IK3=100|-|85.00|true|2|-|IK1|-",
			// not computable: left out and listed
			"IK1=80;IK2=NC|-|80.00|false|1|IK2|-|-",
			// not reported: left out, the roll-up is provisional
			"IK1=80;IK2=NR|-|80.00|true|1|-|IK2|-",
			// a provisional item makes the roll-up provisional
			"IK1=80!;IK2=90|-|85.00|true|2|-|-|-",
			// nothing to count
			"IK1=NC;IK2=NR|-|-|true|0|IK1|IK2|-", "IK1=NC|-|-|false|0|IK1|-|-", "IK1=80*0;IK2=NC|-|-|false|1|IK2|-|-" })
	void rollsUp(String items, BigDecimal cap, BigDecimal achievement, boolean provisional, int counted,
			String notComputable, String notReported, String capped) {
		RollUpResult result = RollUps.rollUp(items(items), cap);
		assertThat(result.achievement()).isEqualTo(achievement);
		assertThat(result.provisional()).isEqualTo(provisional);
		assertThat(result.counted()).isEqualTo(counted);
		assertThat(result.notComputable()).isEqualTo(codes(notComputable));
		assertThat(result.notReported()).isEqualTo(codes(notReported));
		assertThat(result.capped()).isEqualTo(codes(capped));
		assertThat(result.explanation().capApplied()).isEqualTo(capped != null);
		String reason = (achievement == null) ? "calc.noIndicators" : (provisional ? "calc.provisional" : null);
		assertThat(result.explanation().reasonCode()).isEqualTo(reason);
		if (achievement != null) {
			assertThat(result.exact().scale()).isGreaterThanOrEqualTo(10);
		}
	}

	@ParameterizedTest(name = "{0} cap={1}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "IK1=110;IK2=90|-|(110 + 90) / 2 = 100,00",
					"IK1=107.1428571429;IK2=87.5|-|(107,1428571429 + 87,5) / 2 = 97,32",
					"IK1=110*3;IK2=90|-|(3 × 110 + 1 × 90) / (3 + 1) = 105,00", "IK1=80|-|80 / 1 = 80,00",
					"IK1=110;IK2=90;IK3=NC|100|(100 + 90) / 2 = 95,00 IK3 tidak dapat dihitung dan tidak diikutkan. "
							+ "Capaian IK1 dibatasi 100 dalam rekap.",
					"IK1=80;IK2=NR|-|80 / 1 = 80,00 Sementara: IK2 belum dilaporkan.",
					"IK1=NC|-|Tidak ada indikator yang capaiannya dapat dihitung. "
							+ "IK1 tidak dapat dihitung dan tidak diikutkan." })
	void explainsTheMean(String items, BigDecimal cap, String text) {
		assertThat(RollUps.rollUp(items(items), cap).explanation().text()).isEqualTo(text);
	}

	@Test
	void listsTheInputsAndTheRounding() {
		RollUpResult result = RollUps.rollUp(items("IK1=110*2;IK2=NR;IK3=NC;IK4=90"), new BigDecimal("100"));
		assertThat(result.explanation().inputs()).containsExactly("IK1: C = 110 → dibatasi 100, bobot 2",
				"IK2: belum dilaporkan", "IK3: tidak dapat dihitung", "IK4: C = 90, bobot 1");
		assertThat(result.explanation().rounding())
			.isEqualTo("96,6666666667 → 96,67 (dibulatkan setengah ke atas, 2 desimal)");
		assertThat(result.explanation().formulaName()).startsWith("Rata-rata tertimbang");
	}

	@Test
	void rollsUpComputedIndicatorsWithoutChangingThem() {
		Method lower = Method.of(Polarity.LOWER_IS_BETTER, null);
		AchievementResult first = Achievements.compute(lower, Target.of(new BigDecimal("7")), new BigDecimal("6.5"),
				null);
		AchievementResult second = Achievements.compute(lower, Target.of(new BigDecimal("8")), new BigDecimal("9"),
				null);
		RollUpResult result = RollUps.rollUp(
				List.of(new RollUpItem("IK1", first, null), new RollUpItem("IK2", second, null)),
				new BigDecimal("100"));
		assertThat(result.achievement()).isEqualByComparingTo("93.75");
		assertThat(first.achievement()).isEqualByComparingTo("107.14");
		assertThat(RollUps.rollUp(List.of(), null).achievement()).isNull();
		assertThat(RollUps.rollUp(null, null).explanation().reasonCode()).isEqualTo("calc.noIndicators");
	}

	@Test
	void refusesNegativeWeights() {
		assertThatIllegalArgumentException().isThrownBy(() -> items("IK1=80*-1")).withMessageContaining("IK1");
	}

	static List<RollUpItem> items(String text) {
		List<RollUpItem> items = new ArrayList<>();
		for (String item : text.split(";")) {
			String[] codeAndRest = item.split("=");
			String rest = codeAndRest[1];
			boolean provisional = rest.endsWith("!");
			rest = rest.replace("!", "");
			String[] valueAndWeight = rest.split("\\*");
			BigDecimal weight = (valueAndWeight.length > 1) ? new BigDecimal(valueAndWeight[1]) : null;
			items.add(new RollUpItem(codeAndRest[0], result(valueAndWeight[0], provisional), weight));
		}
		return items;
	}

	private static AchievementResult result(String value, boolean provisional) {
		Explanation explanation = new Explanation(List.of(), "test", null, null, false, null, "");
		return switch (value) {
			case "NC" ->
				new AchievementResult(ResultStatus.NOT_COMPUTABLE, null, null, provisional, null, null, explanation);
			case "NR" ->
				new AchievementResult(ResultStatus.NOT_REPORTED, null, null, provisional, null, null, explanation);
			default ->
				new AchievementResult(ResultStatus.COMPUTED, new BigDecimal(value).setScale(2, RoundingMode.HALF_UP),
						new BigDecimal(value).setScale(10), provisional, null, null, explanation);
		};
	}

	private static List<String> codes(String text) {
		return (text != null) ? List.of(text.split(",")) : List.of();
	}

}
