package id.ukur.report.internal.dashboard;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import id.ukur.organization.Letterheads;
import id.ukur.report.AgencyDashboard;
import id.ukur.shared.PdfRenderer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable dashboard: the same figures as the page, the charts drawn as SVG on the
 * server ({@link SvgChart}), rendered by {@link PdfRenderer} like the sealed report.
 */
@Component
class DashboardPdf {

	private final PdfRenderer renderer;

	private final MessageSource messages;

	private final Letterheads letterheads;

	DashboardPdf(PdfRenderer renderer, MessageSource messages, Letterheads letterheads) {
		this.letterheads = letterheads;
		this.renderer = renderer;
		this.messages = messages;
	}

	byte[] render(AgencyDashboard dashboard, Locale locale) {
		DashboardCharts charts = new DashboardCharts(this.messages, locale);
		Map<String, Object> model = new HashMap<>();
		model.put("d", dashboard);
		model.put("letterhead", this.letterheads.ofRegion(dashboard.agency().regionCode()));
		model.put("achievementChart", charts.achievement(dashboard));
		model.put("objectivesChart", charts.objectives(dashboard));
		model.put("timelinessChart", dashboard.units().isEmpty() ? null : charts.timeliness(dashboard));
		return this.renderer.render("report/dashboard-pdf", model, locale);
	}

}
