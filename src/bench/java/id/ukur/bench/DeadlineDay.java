package id.ukur.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline day (Gatling's Java DSL): every unit at once, each a virtual user without
 * pauses, saves its values through {@code PUT /api/v1/rounds/{id}/entries/{code}} with
 * its staff member's API token (the version from the previous answer), then its head
 * submits the form. Every answer is recorded by {@link Recorder}.
 */
public final class DeadlineDay extends Simulation {

	private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

	public DeadlineDay() {
		LoadRun run = LoadRun.current();
		ScenarioBuilder units = scenario("deadline day").feed(run.feeder())
			.repeat((session) -> work(session).saves().size(), "i")
			.on(exec(http("save value").put((session) -> work(session).savePath(session.getInt("i")))
				.header("Authorization", (session) -> "Bearer " + work(session).staffToken())
				.header("Content-Type", "application/json")
				.body(StringBody((session) -> work(session).saveBody(session.getInt("i"))))
				.check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"), bodyString().saveAs("body")))
				.exec(DeadlineDay::saved))
			.exec(http("submit form").post((session) -> work(session).submitPath())
				.header("Authorization", (session) -> "Bearer " + work(session).headToken())
				.check(status().saveAs("status"), responseTimeInMillis().saveAs("rt")))
			.exec(DeadlineDay::submitted);
		setUp(units.injectOpen(atOnceUsers(run.units().size())))
			.protocols(http.baseUrl(run.baseUrl()).acceptHeader("application/json"));
	}

	static UnitWork work(Session session) {
		return session.get("work");
	}

	private static Session saved(Session session) {
		UnitWork work = work(session);
		UnitWork.Save save = work.saves().get(session.getInt("i"));
		int status = record("save value", session);
		if (status == 200) {
			Matcher version = VERSION.matcher(session.getString("body"));
			if (version.find()) {
				long next = Long.parseLong(version.group(1));
				work.versions().put(save.code(), next);
				Recorder.ack(work.round(), save.code(), next, save.compare());
			}
		}
		return session.removeAll("status", "rt", "body");
	}

	private static Session submitted(Session session) {
		UnitWork work = work(session);
		if (record("submit form", session) == 200) {
			Recorder.submitted(work.round(), work.unit());
		}
		return session.removeAll("status", "rt", "body");
	}

	/** Records the answer of the request just sent; returns its status (0: none). */
	static int record(String kind, Session session) {
		int status = session.contains("status") ? session.getInt("status") : 0;
		long millis = session.contains("rt") ? session.getLong("rt") : 0;
		Recorder.request(kind, status, millis);
		return status;
	}

}
