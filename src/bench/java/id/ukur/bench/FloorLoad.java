package id.ukur.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The floor of the deadline day: the same virtual users with the same tokens send as many
 * requests as they will on the deadline day, each a trivial authenticated
 * {@code GET /api/v1/agencies} (the caller's agency, one indexed read after the token's).
 */
public final class FloorLoad extends Simulation {

	public FloorLoad() {
		LoadRun run = LoadRun.current();
		ScenarioBuilder units = scenario("floor").feed(run.feeder())
			.repeat((session) -> DeadlineDay.work(session).requests(), "i")
			.on(exec(http("floor").get("/api/v1/agencies")
				.header("Authorization", (session) -> "Bearer " + DeadlineDay.work(session).staffToken())
				.check(status().saveAs("status"), responseTimeInMillis().saveAs("rt")))
				.exec((session) -> {
					DeadlineDay.record("floor", session);
					return session.removeAll("status", "rt");
				}));
		setUp(units.injectOpen(atOnceUsers(run.units().size())))
			.protocols(http.baseUrl(run.baseUrl()).acceptHeader("application/json"));
	}

}
