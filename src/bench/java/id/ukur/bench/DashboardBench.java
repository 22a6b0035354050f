package id.ukur.bench;

import id.ukur.organization.CurrentUser;
import id.ukur.report.internal.region.RegionDashboard;
import id.ukur.report.internal.region.RegionDashboards;
import java.util.Locale;
import java.util.Map;

/**
 * The region dashboard of a generated region (35 agencies, four quarters of 2025, each
 * round's figures in {@code recap_figure}) through the service the page uses
 * ({@link RegionDashboards#of}: the round module's region queries, the rating scale, the
 * grid, the lists), without HTTP, against the floor of one SQL aggregate over the same
 * figures. Options: {@code --regions N} (default 2: the other regions only make the
 * tables larger), {@code --agencies M} (35), {@code --indicators K} (30-100).
 */
final class DashboardBench {

	/** The floor: the region's indicators counted per agency, period and rating. */
	static final String FLOOR = "select f.agency_id, f.period, f.rating, count(*), max(f.achievement)"
			+ " from recap_figure f join measurement_round r on r.id = f.round_id"
			+ " where f.region_id = ? and f.round_year = 2025 and r.status <> 'CANCELLED'"
			+ " group by f.agency_id, f.period, f.rating";

	private DashboardBench() {
	}

	static void main(String[] args) throws Exception {
		Map<String, String> options = RecapBench.options(args);
		int regions = Integer.parseInt(options.getOrDefault("--regions", "2"));
		int agencies = Integer.parseInt(options.getOrDefault("--agencies", "35"));
		try (BenchApp app = BenchApp.start()) {
			app.generate("--regions", String.valueOf(regions), "--agencies", String.valueOf(agencies), "--indicators",
					options.getOrDefault("--indicators", "30-100"), "--seed", "42");
			CurrentUser bappeda = app.user("g0001.bappeda");
			long region = bappeda.regionId();
			long figures = app.jdbc()
				.sql("select count(*) from recap_figure where region_id = ?")
				.param(region)
				.query(Long.class)
				.single();
			RegionDashboards dashboards = app.bean(RegionDashboards.class);
			Locale indonesian = Locale.forLanguageTag("id-ID");
			RegionDashboard shown = dashboards.of("g0001", 2025, null, bappeda, indonesian);
			Timing dashboard = Timing.of(20, 50, () -> dashboards.of("g0001", 2025, null, bappeda, indonesian));
			Timing floor = Timing.of(20, 50, () -> app.jdbc().sql(FLOOR).param(region).query().listOfRows());
			double[] cpu = new Cpu(app.jdbc()).of(() -> dashboards.of("g0001", 2025, null, bappeda, indonesian));
			double[] floorCpu = new Cpu(app.jdbc()).of(() -> app.jdbc().sql(FLOOR).param(region).query().listOfRows());
			System.out.printf("%nRegion dashboard on PostgreSQL 15 (embedded): %d agencies x %d periods,"
					+ " %,d figures of the region (%d regions generated), period shown %s%n",
					shown.agencies().size(), shown.periods().size(), figures, regions, shown.period().label());
			System.out.printf("  %-34s %,11.1f ms %,11.1f ms %9.1fx   (Ukur %s; floor %s)%n",
					"region dashboard (RegionDashboards.of)", dashboard.median(), floor.median(),
					dashboard.median() / floor.median(), dashboard, floor);
			System.out.printf("  CPU of one dashboard: %.1f ms in Ukur's thread, %.1f ms in PostgreSQL;"
					+ " of the floor: %.1f ms and %.1f ms%n", cpu[0], cpu[1], floorCpu[0], floorCpu[1]);
			System.out.printf("  load average: %s%n",
					java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
			System.out.println("  the floor's plan:");
			app.jdbc()
				.sql("explain analyze " + FLOOR)
				.param(region)
				.query(String.class)
				.list()
				.forEach((line) -> System.out.println("    " + line));
		}
	}

}
