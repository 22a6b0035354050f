package id.ukur.bench;

import id.ukur.organization.CurrentUser;
import id.ukur.round.RoundReports;
import id.ukur.round.Rounds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recap of an agency, of a region (35 agencies) and of every generated region,
 * through Ukur's own path ({@link Rounds#calculate}: load the round, its plan copy and
 * values and the earlier quarters' values, calculate, store the recap, journal it),
 * against the floor of one hand-written SQL aggregate over the same rows. Options:
 * {@code --regions N} (default 20), {@code --agencies M} (35), {@code --indicators K}
 * (30-100), {@code --only lists} (only the lists and the reminder scan, without the
 * recaps).
 */
final class RecapBench {

	/**
	 * The floor: one query reading the round entries of the agencies' rounds of the year
	 * with an aggregate per agency (numbers against numeric targets).
	 */
	private static final String FLOOR = "select r.agency_id, count(*), count(e.actual_number), avg(case when"
			+ " e.target_text ~ '^[0-9]+(\\.[0-9]+)?$' then e.actual_number * 100 / nullif(cast(e.target_text as"
			+ " numeric), 0) end) from round_entry e join measurement_round r on r.id = e.round_id"
			+ " where r.round_year = 2025";

	/**
	 * The floor of the reminder job: the open rounds with their unit forms and current
	 * step, in one query.
	 */
	private static final String REMINDER_FLOOR = "select r.id, r.deadline, r.region_id, f.id, f.unit_code, f.status,"
			+ " f.reminded_before, f.reminded_after, s.id, s.step_number, s.started_at from measurement_round r"
			+ " join round_form f on f.round_id = r.id left join round_step s on s.round_id = r.id"
			+ " and s.status = 'CURRENT' where r.status = 'OPEN'";

	private RecapBench() {
	}

	static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int regions = Integer.parseInt(options.getOrDefault("--regions", "20"));
		int agencies = Integer.parseInt(options.getOrDefault("--agencies", "35"));
		try (BenchApp app = BenchApp.start()) {
			app.generate("--regions", String.valueOf(regions), "--agencies", String.valueOf(agencies), "--indicators",
					options.getOrDefault("--indicators", "30-100"), "--seed", "42");
			Rounds rounds = app.bean(Rounds.class);
			List<Open> open = app.jdbc()
				.sql("select r.id, r.agency_id, r.region_id, a.code from measurement_round r"
						+ " join agency a on a.id = r.agency_id where r.status = 'OPEN' order by r.id")
				.query((rs, row) -> new Open(rs.getLong(1), rs.getLong(2), rs.getLong(3),
						app.user(rs.getString(4) + ".perencana")))
				.list();
			long entries = app.jdbc().sql("select count(*) from round_entry").query(Long.class).single();
			Open first = open.get(0);
			if (!"lists".equals(options.get("--only"))) {
				calculations(app, rounds, open, regions, agencies, entries);
			}
			lists(app, rounds, first, open.size());
		}
	}

	/** The recaps: one agency, one region, every generated agency. */
	private static void calculations(BenchApp app, Rounds rounds, List<Open> open, int regions, int agencies,
			long entries) {
		Open first = open.get(0);
		List<Open> region = open.stream().filter((o) -> o.region() == first.region()).toList();
		Timing agency = Timing.of(30, 50, () -> rounds.calculate(first.id(), first.planner()));
		Timing agencyRead = Timing.of(30, 50, () -> rounds.recap(first.id(), first.planner()));
		Timing agencyFloor = Timing.of(30, 50, () -> floor(app, " and r.agency_id = " + first.agency()));
		Timing regionCalc = Timing.of(1, 5, () -> region.forEach((o) -> rounds.calculate(o.id(), o.planner())));
		Timing regionRead = Timing.of(1, 5, () -> region.forEach((o) -> rounds.recap(o.id(), o.planner())));
		Timing regionFloor = Timing.of(3, 10, () -> floor(app, " and r.region_id = " + first.region()));
		double[] regionCpu = new Cpu(app.jdbc())
			.of(() -> region.forEach((o) -> rounds.calculate(o.id(), o.planner())));
		Timing allCalc = Timing.of(0, 1, () -> open.forEach((o) -> rounds.calculate(o.id(), o.planner())));
		Timing allFloor = Timing.of(1, 3, () -> floor(app, ""));
		System.out.printf("%nRecap on PostgreSQL 15 (embedded): %d regions x %d agencies, %,d round entries%n",
				regions, agencies, entries);
		System.out.printf("  %-34s %14s %14s %10s%n", "", "Ukur", "SQL floor", "Ukur/floor");
		line("one agency: calculate", agency, agencyFloor);
		line("one agency: read stored recap", agencyRead, agencyFloor);
		line("one region (" + region.size() + " agencies): calculate", regionCalc, regionFloor);
		line("one region: read stored recaps", regionRead, regionFloor);
		line(regions + " regions (" + open.size() + " agencies): calculate", allCalc, allFloor);
		System.out.printf("  CPU per agency's calculation (one region): %.1f ms in Ukur's thread,"
				+ " %.1f ms in PostgreSQL%n", regionCpu[0] / region.size(), regionCpu[1] / region.size());
		System.out.println("  the floor's plan for one region:");
		app.jdbc()
			.sql("explain analyze " + FLOOR + " and r.region_id = " + first.region() + " group by r.agency_id")
			.query(String.class)
			.list()
			.forEach((line) -> System.out.println("    " + line));
		double perAgency = allCalc.median() / open.size();
		double country = 550 * 35;
		System.out.printf(
				"  country (550 x 35 agencies), extrapolated linearly from %d agencies:"
						+ " calculate %,.0f s on one thread (%.1f ms per agency), floor %,.1f s%n",
				open.size(), perAgency * country / 1000, perAgency, allFloor.median() * country / open.size() / 1000);
	}

	/**
	 * The lists pages show (an agency's rounds, the region's received rounds for Bappeda)
	 * and the reminder job's scan of every open round, at a time when nothing is due.
	 */
	private static void lists(BenchApp app, Rounds rounds, Open first, int openRounds) throws Exception {
		String agencyCode = app.jdbc()
			.sql("select code from agency where id = ?")
			.param(first.agency())
			.query(String.class)
			.single();
		CurrentUser bappeda = app.user(app.jdbc()
			.sql("select username from app_user where region_id = ? and username like '%.bappeda'")
			.param(first.region())
			.query(String.class)
			.single());
		Timing agencyList = Timing.of(10, 30, () -> rounds.rounds(agencyCode, first.planner()));
		Timing agencyListFloor = Timing.of(10, 30, () -> listFloor(app, "agency_id = " + first.agency()));
		RoundReports reports = app.bean(RoundReports.class);
		Timing received = Timing.of(5, 15, () -> reports.received(bappeda));
		Timing receivedFloor = Timing.of(5, 15,
				() -> listFloor(app, "region_id = " + first.region() + " and r.sent_at is not null"));
		Runnable scan = reminderScan(app);
		Timing reminders = Timing.of(2, 7, scan);
		Timing remindersFloor = Timing.of(2, 7, () -> app.jdbc().sql(REMINDER_FLOOR).query().listOfRows());
		System.out.printf("%nLists and the reminder scan on PostgreSQL 15 (embedded)%n");
		System.out.printf("  %-34s %14s %14s %10s%n", "", "Ukur", "SQL floor", "Ukur/floor");
		line("one agency: list of its rounds", agencyList, agencyListFloor);
		line("one region: received rounds", received, receivedFloor);
		line("reminder job: scan " + openRounds + " open rounds", reminders, remindersFloor);
	}

	/**
	 * The reminder job's work on every open round ({@code Reminders.remind}, package-private
	 * in the round module) just after the last current step started and before every
	 * deadline: the scan alone, every current step looked at, no reminder due.
	 */
	private static Runnable reminderScan(BenchApp app) throws ReflectiveOperationException {
		Object reminders = app.bean(Class.forName("id.ukur.round.internal.Reminders"));
		java.lang.reflect.Method remind = org.springframework.aop.support.AopUtils.getTargetClass(reminders)
			.getDeclaredMethod("remind", java.time.Instant.class);
		remind.setAccessible(true);
		// every current step has started (so each is looked at), none is late yet
		java.time.Instant at = app.jdbc()
			.sql("select max(started_at) from round_step where status = 'CURRENT'")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()
			.plusSeconds(60);
		return () -> {
			try {
				int sent = (int) remind.invoke(reminders, at);
				if (sent != 0) {
					throw new IllegalStateException(sent + " reminders sent at " + at);
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

	private static void line(String label, Timing ukur, Timing floor) {
		System.out.printf("  %-34s %,11.1f ms %,11.1f ms %9.1fx   (Ukur %s; floor %s)%n", label, ukur.median(),
				floor.median(), ukur.median() / floor.median(), ukur, floor);
	}

	/**
	 * The floor of a list: the rounds with their unit forms' counts of values and settled
	 * values and the current step, in one query.
	 */
	private static void listFloor(BenchApp app, String where) {
		app.jdbc()
			.sql("select r.id, r.period, r.status, r.sent_at, f.unit_code, f.status, count(e.id),"
					+ " count(e.actual_number), (select min(s.step_number) from round_step s"
					+ " where s.round_id = r.id and s.status = 'CURRENT')"
					+ " from measurement_round r join round_form f on f.round_id = r.id"
					+ " left join round_entry e on e.round_id = r.id and e.unit_code = f.unit_code where r." + where
					+ " group by r.id, r.period, r.status, r.sent_at, f.unit_code, f.status")
			.query()
			.listOfRows();
	}

	private static void floor(BenchApp app, String where) {
		app.jdbc().sql(FLOOR + where + " group by r.agency_id").query().listOfRows();
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> rest = new ArrayList<>(List.of(args));
		while (!rest.isEmpty()) {
			String name = rest.remove(0);
			// a flag without a value (--jfr) stands for true
			options.put(name, (rest.isEmpty() || rest.get(0).startsWith("--")) ? "true" : rest.remove(0));
		}
		return options;
	}

	/** An agency's open round (TW IV) and its planner. */
	private record Open(long id, long agency, long region, CurrentUser planner) {
	}

}
