package id.ukur.report.internal.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG chart writer for the printed dashboard (openhtmltopdf draws inline SVG):
 * bars (grouped or stacked) and lines over categories, a value axis from zero, and a
 * legend. The same charts the page draws with ECharts from its tables
 * (docs/dashboards.md, "Charts").
 */
final class SvgChart {

	/** One series: its name, colour ({@code #RRGGBB}) and a value per category. */
	record Series(String name, String colour, List<BigDecimal> values) {
	}

	/** How the series are drawn. */
	enum Kind {

		BARS, STACKED, LINES

	}

	private static final int LEFT = 44;

	private static final int RIGHT = 12;

	private static final int TOP = 12;

	private static final int AXIS = 34;

	private static final int LEGEND_ROW = 16;

	private static final String INK = "#333333";

	private final StringBuilder out = new StringBuilder();

	private final int width;

	private final int height;

	private SvgChart(int width, int height) {
		this.width = width;
		this.height = height;
	}

	/**
	 * @return the chart as an {@code <svg>} element
	 */
	static String draw(Kind kind, List<String> categories, List<Series> series, int width, int plotHeight) {
		int legendRows = (series.size() + 2) / 3;
		int height = TOP + plotHeight + AXIS + legendRows * LEGEND_ROW;
		SvgChart chart = new SvgChart(width, height);
		chart.out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\">");
		double max = Scale.max(kind == Kind.STACKED ? Scale.stackedMax(series) : Scale.max(series));
		chart.axes(categories, max, plotHeight);
		if (kind == Kind.LINES) {
			chart.lines(categories.size(), series, max, plotHeight);
		}
		else {
			chart.bars(categories.size(), series, max, plotHeight, kind == Kind.STACKED);
		}
		chart.legend(series, TOP + plotHeight + AXIS);
		return chart.out.append("</svg>").toString();
	}

	private int plotWidth() {
		return this.width - LEFT - RIGHT;
	}

	private void axes(List<String> categories, double max, int plotHeight) {
		for (int i = 0; i <= 4; i++) {
			double value = max * i / 4;
			double y = TOP + plotHeight - plotHeight * i / 4.0;
			line(LEFT, y, LEFT + plotWidth(), y, (i == 0) ? INK : "#d0d0d0");
			text(LEFT - 4, y + 3, "end", format(value), 8);
		}
		double slot = plotWidth() / (double) Math.max(1, categories.size());
		for (int i = 0; i < categories.size(); i++) {
			String label = categories.get(i);
			text(LEFT + slot * i + slot / 2, TOP + plotHeight + 12, "middle", shorten(label, (int) (slot / 5.5)), 8);
		}
	}

	private void bars(int count, List<Series> series, double max, int plotHeight, boolean stacked) {
		double slot = plotWidth() / (double) Math.max(1, count);
		int groups = stacked ? 1 : Math.max(1, series.size());
		double barWidth = Math.min(28, slot * 0.7 / groups);
		for (int c = 0; c < count; c++) {
			double start = LEFT + slot * c + (slot - barWidth * groups) / 2;
			double base = 0;
			for (int s = 0; s < series.size(); s++) {
				BigDecimal value = series.get(s).values().get(c);
				if (value == null || value.signum() <= 0) {
					continue;
				}
				double v = value.doubleValue();
				double x = stacked ? start : start + barWidth * s;
				double top = TOP + plotHeight - plotHeight * (base + v) / max;
				double h = plotHeight * v / max;
				rect(x, top, barWidth, h, series.get(s).colour());
				if (stacked) {
					base += v;
				}
			}
		}
	}

	private void lines(int count, List<Series> series, double max, int plotHeight) {
		double slot = plotWidth() / (double) Math.max(1, count);
		for (Series s : series) {
			StringBuilder points = new StringBuilder();
			for (int c = 0; c < count; c++) {
				BigDecimal value = s.values().get(c);
				if (value == null) {
					continue;
				}
				double x = LEFT + slot * c + slot / 2;
				double y = TOP + plotHeight - plotHeight * Math.max(0, value.doubleValue()) / max;
				points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
				this.out.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y));
				this.out.append("\" r=\"2.5\" fill=\"").append(s.colour()).append("\"/>");
			}
			this.out.append("<polyline fill=\"none\" stroke-width=\"1.6\" stroke=\"").append(s.colour());
			this.out.append("\" points=\"").append(points.toString().trim()).append("\"/>");
		}
	}

	private void legend(List<Series> series, int top) {
		double column = plotWidth() / 3.0;
		for (int i = 0; i < series.size(); i++) {
			double x = LEFT + column * (i % 3);
			double y = top + LEGEND_ROW * (i / 3);
			rect(x, y, 9, 9, series.get(i).colour());
			text(x + 13, y + 8, "start", shorten(series.get(i).name(), (int) (column / 5.2) - 3), 8);
		}
	}

	private void line(double x1, double y1, double x2, double y2, String colour) {
		this.out.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1));
		this.out.append("\" x2=\"").append(fmt(x2)).append("\" y2=\"").append(fmt(y2));
		this.out.append("\" stroke=\"").append(colour).append("\" stroke-width=\"0.6\"/>");
	}

	private void rect(double x, double y, double w, double h, String colour) {
		this.out.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y));
		this.out.append("\" width=\"").append(fmt(w)).append("\" height=\"").append(fmt(h));
		this.out.append("\" fill=\"").append(colour).append("\"/>");
	}

	private void text(double x, double y, String anchor, String text, int size) {
		this.out.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y));
		this.out.append("\" font-family=\"DejaVu Sans\" font-size=\"").append(size);
		this.out.append("\" fill=\"").append(INK).append("\" text-anchor=\"").append(anchor).append("\">");
		this.out.append(escape(text)).append("</text>");
	}

	private static String shorten(String text, int chars) {
		return (text.length() <= Math.max(4, chars)) ? text : text.substring(0, Math.max(3, chars - 1)) + "…";
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value)
				: String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** The top of the value axis: a round number above every value. */
	static final class Scale {

		private Scale() {
		}

		static double max(List<Series> series) {
			return series.stream()
				.flatMap((s) -> s.values().stream())
				.filter((v) -> v != null)
				.mapToDouble(BigDecimal::doubleValue)
				.max()
				.orElse(0);
		}

		static double stackedMax(List<Series> series) {
			int count = series.isEmpty() ? 0 : series.get(0).values().size();
			double max = 0;
			for (int c = 0; c < count; c++) {
				double sum = 0;
				for (Series s : series) {
					BigDecimal v = s.values().get(c);
					sum += (v != null && v.signum() > 0) ? v.doubleValue() : 0;
				}
				max = Math.max(max, sum);
			}
			return max;
		}

		/**
		 * @return 1, 2, 2.5 or 5 times a power of ten, at least the value (4 at least)
		 */
		static double max(double value) {
			if (value <= 4) {
				return 4;
			}
			double power = Math.pow(10, Math.floor(Math.log10(value)));
			for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
				if (step * power >= value) {
					return step * power;
				}
			}
			return 10 * power;
		}

	}

}
