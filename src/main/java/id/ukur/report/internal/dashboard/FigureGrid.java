package id.ukur.report.internal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import id.ukur.report.AgencyDashboard.Cell;
import id.ukur.report.AgencyDashboard.Column;
import id.ukur.report.AgencyDashboard.Series;
import id.ukur.round.Figure;
import id.ukur.round.PeriodFigures;

/**
 * The figures of some rounds laid out as a grid: one column per round (period), one row
 * per agency, node or indicator matched by kind and code, each cell the figure exactly as
 * the round's calculation stored it.
 */
final class FigureGrid {

	private final List<PeriodFigures> periods;

	private final Ratings ratings;

	FigureGrid(List<PeriodFigures> periods, Ratings ratings) {
		this.periods = List.copyOf(periods);
		this.ratings = ratings;
	}

	List<Column> columns() {
		return this.periods.stream()
			.map((p) -> new Column(p.roundId(), p.year(), p.period(), p.status(), p.sealed(), p.current(), p.cap()))
			.toList();
	}

	/**
	 * @return a row per distinct (kind, code) the filter accepts, in the order of their
	 * first appearance in the latest round that has them (the recap's order)
	 */
	List<Series> rows(Predicate<Figure> filter) {
		Map<String, Figure> named = new LinkedHashMap<>();
		for (int i = this.periods.size() - 1; i >= 0; i--) {
			for (Figure figure : this.periods.get(i).figures()) {
				if (filter.test(figure)) {
					named.putIfAbsent(figure.kind() + ":" + figure.code(), figure);
				}
			}
		}
		List<Series> rows = new ArrayList<>();
		named.values().forEach((figure) -> rows.add(row(figure)));
		return rows;
	}

	/** The row of one figure's kind and code across the columns. */
	Series row(Figure latest) {
		List<Cell> cells = new ArrayList<>();
		for (PeriodFigures period : this.periods) {
			cells.add(period.figure(latest.kind(), latest.code()).map((f) -> cell(period, f)).orElse(null));
		}
		return new Series(latest.kind(), latest.code(), latest.name(), latest.parentCode(), latest.measureUnit(),
				cells);
	}

	Series agency(String name) {
		List<Cell> cells = new ArrayList<>();
		for (PeriodFigures period : this.periods) {
			cells.add(period.agency().map((f) -> cell(period, f)).orElse(null));
		}
		return new Series(Figure.AGENCY, "", name, null, null, cells);
	}

	Cell cell(PeriodFigures period, Figure f) {
		// a figure is provisional when its round is not sealed, whatever its values say
		boolean provisional = f.provisional() || !period.sealed();
		return new Cell(period.roundId(), f.achievement(), f.rating(), this.ratings.label(f.rating()),
				this.ratings.colour(f.rating()), provisional, f.status(), f.target(), f.actual(), f.atRisk(),
				f.projection());
	}

}
