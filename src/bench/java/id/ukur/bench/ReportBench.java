package id.ukur.bench;

import id.ukur.organization.CurrentUser;
import id.ukur.round.RoundReports;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The documents of one round of an agency with 200 indicators (report PDF and XLSX
 * through {@link Rounds}, which loads the round and lays it out with
 * {@code ReportDocuments}), and the region-wide export of about {@code --rows} values
 * (default 50 000) and of twice as many, to show that its memory does not grow with the
 * rows. Run with a small heap ({@code -Dbench.heap=256m}) to prove it.
 */
final class ReportBench {

	private ReportBench() {
	}

	static void main(String[] args) throws Exception {
		Map<String, String> options = RecapBench.options(args);
		int rows = Integer.parseInt(options.getOrDefault("--rows", "50000"));
		int agencies = 99;
		int indicators = (int) Math.ceil(rows / (agencies * 4.0));
		try (BenchApp app = BenchApp.start()) {
			app.generate("--regions", "1", "--agencies", "1", "--indicators", "200", "--prefix", "doc");
			app.generate("--regions", "1", "--agencies", "1", "--indicators", "200", "--prefix", "pk",
					"--objectives-only");
			app.generate("--regions", "1", "--agencies", String.valueOf(agencies), "--indicators",
					String.valueOf(indicators), "--prefix", "exp");
			app.generate("--regions", "1", "--agencies", String.valueOf(agencies), "--indicators",
					String.valueOf(indicators * 2), "--prefix", "big");
			RoundReports rounds = app.bean(RoundReports.class);
			CurrentUser planner = app.user("doc0001-opd01.perencana");
			long round = openRound(app, "doc0001-opd01");
			CurrentUser pkPlanner = app.user("pk0001-opd01.perencana");
			long pkRound = openRound(app, "pk0001-opd01");
			Memory.Result pdf = Memory.measure(3, 10, () -> rounds.reportPdf(round, planner).length);
			Memory.Result xlsx = Memory.measure(3, 10, () -> rounds.reportXlsx(round, planner).length);
			Memory.Result worksheet = Memory.measure(3, 10, () -> rounds.worksheetXlsx(round, planner).length);
			Memory.Result pkPdf = Memory.measure(3, 10, () -> rounds.reportPdf(pkRound, pkPlanner).length);
			Memory.Result pkXlsx = Memory.measure(3, 10, () -> rounds.reportXlsx(pkRound, pkPlanner).length);
			Path out = Files.createDirectories(Path.of("target", "bench"));
			Files.write(out.resolve("report-200.pdf"), rounds.reportPdf(round, planner));
			Files.write(out.resolve("worksheet-200.xlsx"), rounds.worksheetXlsx(round, planner));
			Files.write(out.resolve("report-200-on-objectives.pdf"), rounds.reportPdf(pkRound, pkPlanner));
			Files.write(out.resolve("report-200-on-objectives.xlsx"), rounds.reportXlsx(pkRound, pkPlanner));
			Memory.Result export = export(rounds, app.user("exp0001.bappeda"), "exp0001");
			Memory.Result twice = export(rounds, app.user("big0001.bappeda"), "big0001");
			System.out.printf("%nDocuments (max heap %,.0f MB; time median, per run)%n",
					Runtime.getRuntime().maxMemory() / 1024.0 / 1024);
			System.out.printf("  an agency with 200 indicators, 9 of them on its goal and objectives (TW IV):%n");
			System.out.printf("  report PDF                    %s  %,8.0f KB%n", pdf, pdf.size() / 1024.0);
			System.out.printf("  report XLSX                   %s  %,8.0f KB%n", xlsx, xlsx.size() / 1024.0);
			System.out.printf("  worksheet XLSX (all 200)      %s  %,8.0f KB%n", worksheet, worksheet.size() / 1024.0);
			System.out.printf("  all 200 indicators on the goal and objectives (the report prints every one):%n");
			System.out.printf("  report PDF                    %s  %,8.0f KB%n", pkPdf, pkPdf.size() / 1024.0);
			System.out.printf("  report XLSX                   %s  %,8.0f KB%n", pkXlsx, pkXlsx.size() / 1024.0);
			System.out.printf("  region export, %,7d rows    %s  %,8.0f KB%n", export.size(), export,
					bytes(rounds, app.user("exp0001.bappeda"), "exp0001") / 1024.0);
			System.out.printf("  region export, %,7d rows    %s  %,8.0f KB%n", twice.size(), twice,
					bytes(rounds, app.user("big0001.bappeda"), "big0001") / 1024.0);
		}
	}

	private static long openRound(BenchApp app, String agency) {
		return app.jdbc()
			.sql("select r.id from measurement_round r join agency a on a.id = r.agency_id"
					+ " where a.code = ? and r.status = 'OPEN'")
			.param(agency)
			.query(Long.class)
			.single();
	}

	private static long bytes(RoundReports rounds, CurrentUser user, String region) {
		long[] count = { 0 };
		rounds.exportRegion(region, 2025, user, () -> new OutputStream() {

			@Override
			public void write(int b) {
				count[0]++;
			}

			@Override
			public void write(byte[] b, int off, int len) {
				count[0] += len;
			}

		});
		return count[0];
	}

	private static Memory.Result export(RoundReports rounds, CurrentUser user, String region) {
		return Memory.measure(1, 2,
				() -> rounds.exportRegion(region, 2025, user, () -> OutputStream.nullOutputStream()));
	}

}
