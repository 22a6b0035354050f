package id.ukur.report.internal.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import id.ukur.report.AgencyDashboard;
import id.ukur.report.AgencyDashboard.Series;
import id.ukur.report.AgencyDashboard.UnitTimeliness;
import id.ukur.round.FormTimeliness.Verdict;

import org.springframework.context.MessageSource;

/**
 * The dashboard's three charts as SVG for the printed dashboard: the same data as the
 * tables the page draws its charts from (templates/report/dashboard.html).
 */
final class DashboardCharts {

	/** Colours of the objectives' bars and the lines, in turn. */
	static final List<String> PALETTE = List.of("#0b6e69", "#3f51b5", "#b8860b", "#8e24aa", "#00838f", "#6d4c41",
			"#c2185b", "#546e7a");

	/** Colours of on time, late, missing and not yet due, as on the page. */
	static final List<String> VERDICT_COLOURS = List.of("#2e7d32", "#ef6c00", "#c62828", "#9e9e9e");

	private static final int WIDTH = 520;

	private final MessageSource messages;

	private final Locale locale;

	DashboardCharts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	List<String> periodLabels(AgencyDashboard d) {
		return d.columns().stream().map((c) -> text("dashboard.period." + c.period().name())).toList();
	}

	/** The agency's achievement per period (line). */
	String achievement(AgencyDashboard d) {
		List<SvgChart.Series> series = List.of(series(d.total(), PALETTE.get(0)));
		return SvgChart.draw(SvgChart.Kind.LINES, periodLabels(d), series, WIDTH, 150);
	}

	/** Each objective's achievement per period (bars). */
	String objectives(AgencyDashboard d) {
		List<SvgChart.Series> series = new ArrayList<>();
		for (int i = 0; i < d.objectives().size(); i++) {
			series.add(series(d.objectives().get(i), PALETTE.get(i % PALETTE.size())));
		}
		return SvgChart.draw(SvgChart.Kind.BARS, periodLabels(d), series, WIDTH, 150);
	}

	/** The units' forms by verdict (stacked bars). */
	String timeliness(AgencyDashboard d) {
		List<String> units = d.units().stream().map(UnitTimeliness::unitName).toList();
		List<SvgChart.Series> series = new ArrayList<>();
		List<Function<UnitTimeliness, Integer>> counts = List.of(UnitTimeliness::onTime, UnitTimeliness::late,
				UnitTimeliness::missing, UnitTimeliness::pending);
		for (Verdict verdict : Verdict.values()) {
			Function<UnitTimeliness, Integer> count = counts.get(verdict.ordinal());
			series.add(new SvgChart.Series(text("dashboard.verdict." + verdict.name()),
					VERDICT_COLOURS.get(verdict.ordinal()),
					d.units().stream().map((u) -> BigDecimal.valueOf(count.apply(u))).toList()));
		}
		return SvgChart.draw(SvgChart.Kind.STACKED, units, series, WIDTH, 130);
	}

	private static SvgChart.Series series(Series row, String colour) {
		List<BigDecimal> values = row.cells().stream().map((c) -> (c != null) ? c.achievement() : null).toList();
		return new SvgChart.Series(label(row), colour, values);
	}

	private static String label(Series row) {
		return row.code().isEmpty() ? row.name() : row.code() + " " + row.name();
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, this.locale);
	}

}
