package id.ukur.report.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartTest {

	private static List<BigDecimal> values(String... numbers) {
		return Arrays.stream(numbers).map((n) -> (n == null) ? null : new BigDecimal(n)).toList();
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void barsDrawOneRectanglePerValueAndOnePerLegendEntry() throws Exception {
		String svg = SvgChart.draw(SvgChart.Kind.BARS, List.of("TW I", "TW II"),
				List.of(new SvgChart.Series("S.1 <Sasaran & satu>", "#0b6e69", values("92.5", "97")),
						new SvgChart.Series("S.2", "#3f51b5", values("80", null))),
				520, 150);
		Document document = parse(svg);
		// three bars (one value is missing) and two legend keys
		assertThat(document.getElementsByTagName("rect").getLength()).isEqualTo(5);
		assertThat(svg).contains("&lt;Sasaran &amp; satu&gt;").contains("TW II");
		// the axis ends at 100, a round number above 97
		assertThat(svg).contains(">100</text>");
	}

	@Test
	void stackedBarsReachTheSumOfTheirParts() throws Exception {
		String svg = SvgChart.draw(SvgChart.Kind.STACKED, List.of("Bidang A"),
				List.of(new SvgChart.Series("Tepat waktu", "#2e7d32", values("3")),
						new SvgChart.Series("Terlambat", "#ef6c00", values("2"))),
				400, 100);
		assertThat(parse(svg).getElementsByTagName("rect").getLength()).isEqualTo(4);
		assertThat(SvgChart.Scale.stackedMax(
				List.of(new SvgChart.Series("a", "#000", values("3")), new SvgChart.Series("b", "#000", values("2")))))
			.isEqualTo(5.0);
	}

	@Test
	void linesSkipMissingValues() throws Exception {
		String svg = SvgChart.draw(SvgChart.Kind.LINES, List.of("TW I", "TW II", "TW III"),
				List.of(new SvgChart.Series("Dinas", "#0b6e69", values("90", null, "101.5"))), 520, 150);
		Document document = parse(svg);
		assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(2);
		assertThat(document.getElementsByTagName("polyline").getLength()).isEqualTo(1);
		assertThat(svg).contains(">200</text>");
	}

	@Test
	void theAxisEndsAtARoundNumber() {
		assertThat(SvgChart.Scale.max(0)).isEqualTo(4);
		assertThat(SvgChart.Scale.max(7)).isEqualTo(10);
		assertThat(SvgChart.Scale.max(100)).isEqualTo(100);
		assertThat(SvgChart.Scale.max(120)).isEqualTo(200);
		assertThat(SvgChart.Scale.max(23)).isEqualTo(25);
	}

}
