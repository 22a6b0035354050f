package id.ukur.sop.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import id.ukur.organization.Role;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Decision;
import id.ukur.sop.SopDefinition.Lane;
import id.ukur.sop.SopDefinition.Step;
import id.ukur.sop.StandardTime;
import id.ukur.sop.Symbol;
import id.ukur.sop.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official chart table rendered for SOPs of 1 to 10 lanes, on screen and in print:
 * every symbol's centre lies inside the column of its lane as the table's colgroup sizes
 * it, and nothing is drawn outside the lane columns (into the Mutu Baku columns).
 */
class SopChartLayoutTest {

	private static final SpringTemplateEngine TEMPLATES = templates();

	static Stream<Arguments> layouts() {
		return IntStream.rangeClosed(1, 10)
			.boxed()
			.flatMap((lanes) -> Stream.of(Arguments.of(lanes, "PRINT", ChartGeometry.PRINT),
					Arguments.of(lanes, "SCREEN", ChartGeometry.SCREEN)));
	}

	@ParameterizedTest(name = "{0} lanes, {1}")
	@MethodSource("layouts")
	void symbolsStandInTheirLaneColumnsAndDrawingsStayInTheLanes(int laneCount, String name,
			ChartGeometry.Medium medium) {
		SopDefinition sop = sop(laneCount);
		SopChart chart = new SopChart(sop, medium);
		int checkedSymbols = 0;
		for (List<SopChart.Row> page : chart.pages()) {
			Document html = render(sop, chart, page, medium == ChartGeometry.PRINT);
			List<Integer> columns = html.select("colgroup col")
				.stream()
				.map((col) -> Integer.parseInt(col.attr("width")))
				.toList();
			assertThat(columns).hasSize(laneCount + 6);
			assertThat(columns.stream().mapToInt(Integer::intValue).sum())
				.isEqualTo(Integer.parseInt(html.selectFirst("table.sop-chart").attr("width")));
			assertThat(html.select("thead tr").get(1).select("th")).hasSize(laneCount + 3);
			List<Integer> laneColumns = columns.subList(2, 2 + laneCount);
			int lanesWidth = laneColumns.stream().mapToInt(Integer::intValue).sum();
			for (Element row : html.select("tbody tr")) {
				Step step = sop.step(Integer.parseInt(row.selectFirst("td.sop-no").text()));
				Element svg = row.selectFirst("td.sop-lanes svg");
				assertThat(row.selectFirst("td.sop-lanes").attr("colspan")).isEqualTo(String.valueOf(laneCount));
				assertThat(Integer.parseInt(svg.attr("width"))).as("strip width").isEqualTo(lanesWidth);
				assertThat(svg.attr("aria-label")).as("the strip's text alternative")
					.startsWith(step.number() + ". " + step.activity() + " — ");
				Set<Integer> drawnIn = new HashSet<>();
				for (Element symbol : svg.select(".sop-symbol")) {
					int lane = laneOf(centre(symbol), laneColumns);
					assertThat(lane).as("step %d symbol at %s", step.number(), centre(symbol))
						.isEqualTo(Integer.parseInt(symbol.attr("data-lane")));
					drawnIn.add(lane);
					checkedSymbols++;
				}
				assertThat(drawnIn).as("lanes of step " + step.number()).isEqualTo(laneIndexes(sop, step));
				for (Element drawn : svg.children()) {
					for (double x : xs(drawn)) {
						assertThat(x).as("step %d: %s", step.number(), drawn.outerHtml())
							.isBetween(0.0, lanesWidth * 1.0);
					}
				}
			}
		}
		assertThat(checkedSymbols).isGreaterThanOrEqualTo(sop.steps().size());
		assertThat(chart.pages().stream().mapToInt(List::size).sum()).isEqualTo(sop.steps().size());
		if (medium == ChartGeometry.PRINT) {
			// the wrapped lane names make the repeated header taller; the rows of a page
			// fit
			// under it
			int room = medium.pageRows() - (int) Math.ceil((chart.headerLines() - 1) * medium.lineHeight());
			assertThat(chart.headerLines()).isGreaterThan(1);
			assertThat(chart.pages()).allSatisfy(
					(page) -> assertThat(page.size() == 1 || page.stream().mapToInt(SopChart.Row::height).sum() <= room)
						.isTrue());
		}
	}

	@ParameterizedTest(name = "{0} lanes")
	@MethodSource("layouts")
	void theTableFillsItsMediumAndLanesHoldAFullSymbol(int laneCount, String name, ChartGeometry.Medium medium) {
		ChartGeometry geometry = ChartGeometry.of(medium, laneCount);
		assertThat(geometry.total()).isEqualTo(medium.total());
		assertThat(geometry.lane()).isBetween(ChartGeometry.MIN_LANE, ChartGeometry.MAX_LANE);
		assertThat(geometry.symbolWidth()).isEqualTo(56);
		assertThat(geometry.activity()).isGreaterThanOrEqualTo(medium.activity() * 6 / 10);
	}

	/**
	 * An SOP of n lanes with long lane names: start in the first lane, one step in each
	 * lane, a step across the first and last lane, a decision in the last lane returning
	 * to step 2, a step in a middle lane, the end in the last lane.
	 */
	static SopDefinition sop(int laneCount) {
		List<Lane> lanes = new ArrayList<>();
		for (int i = 0; i < laneCount; i++) {
			lanes.add(new Lane("l" + i, "Kepala Sub Bagian Perencanaan dan Pelaporan Kinerja " + (i + 1), Role.TEAM));
		}
		List<Step> steps = new ArrayList<>();
		steps.add(step(1, Symbol.START, Checkpoint.ORDER, null, "l0"));
		for (int i = 0; i < laneCount; i++) {
			steps.add(step(steps.size() + 1, Symbol.PROCESS, Checkpoint.MANUAL, null, "l" + i));
		}
		steps.add(step(steps.size() + 1, Symbol.PROCESS, Checkpoint.MANUAL, null, "l0", "l" + (laneCount - 1)));
		steps.add(step(steps.size() + 1, Symbol.DECISION, Checkpoint.REVIEW,
				new Decision("Sudah sesuai?", null, "Tidak tercapai", 2, null), "l" + (laneCount - 1)));
		steps.add(step(steps.size() + 1, Symbol.DECISION, Checkpoint.REVIEW,
				new Decision("Sudah sesuai?", null, null, 3, null), "l0"));
		steps.add(step(steps.size() + 1, Symbol.PROCESS, Checkpoint.SIGN, null, "l" + (laneCount / 2)));
		steps.add(step(steps.size() + 1, Symbol.END, Checkpoint.ARCHIVE, null, "l" + (laneCount - 1)));
		return new SopDefinition(null, lanes, steps);
	}

	private static Step step(int number, Symbol symbol, Checkpoint binding, Decision decision, String... lanes) {
		return new Step(number,
				"Kegiatan nomor " + number + " yang ditulis panjang supaya barisnya membungkus beberapa kali di kolom",
				List.of(lanes), symbol, binding, decision, List.of("Dokumen pengukuran kinerja"),
				new StandardTime(java.math.BigDecimal.TEN, TimeUnit.MINUTES), "Dokumen", null);
	}

	private static Set<Integer> laneIndexes(SopDefinition sop, Step step) {
		Set<Integer> indexes = new HashSet<>();
		for (String key : step.lanes()) {
			indexes.add(sop.lanes().indexOf(sop.lane(key)));
		}
		return indexes;
	}

	private static int laneOf(double x, List<Integer> laneColumns) {
		int left = 0;
		for (int i = 0; i < laneColumns.size(); i++) {
			if (x > left && x < left + laneColumns.get(i)) {
				return i;
			}
			left += laneColumns.get(i);
		}
		return -1;
	}

	private static double centre(Element symbol) {
		if (symbol.tagName().equals("rect")) {
			return Double.parseDouble(symbol.attr("x")) + Double.parseDouble(symbol.attr("width")) / 2;
		}
		List<Double> xs = xs(symbol);
		return (xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow()
				+ xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow()) / 2;
	}

	/**
	 * @return every x a drawn element reaches; for text, its ends at an average glyph
	 * width of 5.2 px (8.5 px DejaVu Sans)
	 */
	private static List<Double> xs(Element drawn) {
		List<Double> xs = new ArrayList<>();
		switch (drawn.tagName()) {
			case "line" -> xs.addAll(List.of(number(drawn, "x1"), number(drawn, "x2")));
			case "rect" -> xs.addAll(List.of(number(drawn, "x"), number(drawn, "x") + number(drawn, "width")));
			case "circle" ->
				xs.addAll(List.of(number(drawn, "cx") - number(drawn, "r"), number(drawn, "cx") + number(drawn, "r")));
			case "polygon" -> {
				for (String point : drawn.attr("points").trim().split("\\s+")) {
					xs.add(Double.parseDouble(point.split(",")[0]));
				}
			}
			case "text" -> {
				double length = drawn.text().length() * 5.2;
				double x = number(drawn, "x");
				switch (drawn.attr("text-anchor")) {
					case "middle" -> xs.addAll(List.of(x - length / 2, x + length / 2));
					case "end" -> xs.addAll(List.of(x - length, x));
					default -> xs.addAll(List.of(x, x + length));
				}
			}
			default -> throw new IllegalStateException("unexpected element " + drawn.tagName());
		}
		return xs;
	}

	private static double number(Element element, String attribute) {
		return Double.parseDouble(element.attr(attribute));
	}

	private static Document render(SopDefinition sop, SopChart chart, List<SopChart.Row> rows, boolean paged) {
		Context context = new Context();
		context.setVariables(Map.of("sop", sop, "geometry", chart.geometry(), "paged", paged, "rows", rows));
		String html = TEMPLATES.process(new TemplateSpec("sop/document", Set.of("chart"), TemplateMode.HTML, null),
				context);
		return Jsoup.parse(html);
	}

	private static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
