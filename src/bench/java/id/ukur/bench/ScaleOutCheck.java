package id.ukur.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.ukur.support.Api;
import id.ukur.support.RoundDriver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Two Ukur nodes, each a JVM of its own on its own port, on one PostgreSQL: a user signs
 * in on one node and continues on the other, a round ordered on one is finished on the
 * other, and the reminder job, running on both every two seconds, sends each reminder
 * once. Prints each check and exits non-zero when one fails.
 *
 * <p>
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench="scale-out"}
 */
final class ScaleOutCheck {

	private static final String PASSWORD = "ukur2026";

	private static final String AGENCY = "lpk-disperinaker";

	private static final Path LOGS = Path.of("target", "scale-out");

	private final List<String> failures = new ArrayList<>();

	private int checks;

	private ScaleOutCheck() {
	}

	static void main(String[] args) throws Exception {
		System.exit(new ScaleOutCheck().run() ? 0 : 1);
	}

	private boolean run() throws Exception {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		Files.createDirectories(LOGS);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
			.start()) {
			GreenMail mail = new GreenMail(new ServerSetup(AppNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			mail.start();
			String url = postgres.getJdbcUrl("postgres", "postgres");
			AppNode a = null;
			AppNode b = null;
			try {
				// one after the other: the first one migrates the database and loads the demo
				a = node("a", url, mail.getSmtp().getPort());
				a.awaitReady(ScaleOutCheck::sopsLoaded);
				b = node("b", url, mail.getSmtp().getPort());
				b.awaitReady(ScaleOutCheck::sopsLoaded);
				System.out.printf("PostgreSQL %s; node a on port %d (pid %d), node b on port %d (pid %d)%n", url,
						a.port(), a.pid(), b.port(), b.pid());
				sessions(a, b);
				long round = round(a, b);
				reminders(a, b, mail, jdbc(url), round);
			}
			finally {
				for (AppNode node : new AppNode[] { a, b }) {
					if (node != null) {
						node.stop();
					}
				}
				mail.stop();
			}
		}
		System.out.printf("%n%d checks, %d failed%n", this.checks, this.failures.size());
		this.failures.forEach((failure) -> System.out.println("  FAILED: " + failure));
		System.out.println(this.failures.isEmpty() ? "SCALE-OUT CHECK PASSED" : "SCALE-OUT CHECK FAILED");
		return this.failures.isEmpty();
	}

	/**
	 * Signs in on node a, then carries the session cookie to node b: b knows the user,
	 * accepts a form posted with the CSRF token of a's page, and the flash message of that
	 * post is shown by a; signing out on b ends the session on a too.
	 */
	private void sessions(AppNode a, AppNode b) throws Exception {
		System.out.println("\n1. A user signs in on node a and continues on node b");
		Browser browser = new Browser();
		HttpResponse<String> login = browser.get(a, "/login");
		String csrf = csrf(login.body());
		HttpResponse<String> signedIn = browser.post(a, "/login",
				Map.of("username", AGENCY + ".perencana", "password", PASSWORD, "_csrf", csrf));
		check("sign-in on a answers with a redirect to the home page",
				signedIn.statusCode() == 302 && !location(signedIn).contains("error"),
				signedIn.statusCode() + " " + location(signedIn));
		check("the session cookie is set", browser.session != null, "no cookie");

		HttpResponse<String> home = browser.get(b, "/");
		Document page = Jsoup.parse(home.body());
		check("node b shows the home page of the signed-in user", home.statusCode() == 200
				&& page.text().contains("Perencana") && page.selectFirst("form[action$=/logout]") != null,
				home.statusCode() + " " + location(home));

		HttpResponse<String> profile = browser.get(a, "/profile");
		HttpResponse<String> created = browser.post(b, "/profile/tokens",
				Map.of("name", "scale-out check", "_csrf", csrf(profile.body())));
		check("node b accepts a form carrying the CSRF token of node a's page",
				created.statusCode() == 302 && location(created).endsWith("/profile"), created.statusCode() + "");
		HttpResponse<String> shown = browser.get(a, "/profile");
		var token = Jsoup.parse(shown.body()).selectFirst("#new-token");
		check("node a shows the token that node b created (the flash message moved with the session)",
				token != null && !token.text().isBlank(), "no token on the page");
		if (token != null) {
			Api api = Api.withToken(a.port(), token.text());
			check("the token works on node a's API", api.get("/api/v1/agencies").status() == 200, "");
		}

		HttpResponse<String> profileB = browser.get(b, "/profile");
		HttpResponse<String> out = browser.post(b, "/logout", Map.of("_csrf", csrf(profileB.body())));
		check("signing out on node b", out.statusCode() == 302 && location(out).contains("/login?logout"),
				out.statusCode() + " " + location(out));
		HttpResponse<String> after = browser.get(a, "/");
		check("after signing out on b, node a asks to sign in again",
				after.statusCode() == 302 && location(after).endsWith("/login"), after.statusCode() + "");
	}

	/**
	 * Orders a round on node a with today's deadline and takes it there to the unit forms;
	 * node b takes it from the forms to the archive. Returns the round's id.
	 */
	private long round(AppNode a, AppNode b) throws Exception {
		System.out.println("\n2. A round ordered on node a is finished on node b");
		AppNode[] on = { a };
		Function<String, Api> users = (username) -> Api.withBasic(on[0].port(), username, PASSWORD);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		String order = "{\"year\": 2026, \"period\": \"TW1\", \"deadline\": \"" + today
				+ "\", \"orderReference\": \"800/SKALA/2026\", \"orderText\": \"Pengukuran kinerja TW I\"}";
		Api.Response ordered = users.apply(AGENCY + ".kepala").post("/api/v1/agencies/" + AGENCY + "/rounds", order);
		check("the head orders the round on node a", ordered.status() == 201, ordered.status() + " " + ordered.body());
		long id = ordered.json().get("id").asLong();
		RoundDriver driver = new RoundDriver(AGENCY, users).follow(id);
		driver.completeStep("sekretaris", 2, "Notulen rapat arahan (node a)");
		driver.completeStep("tim", 3, "Rencana kegiatan pengukuran (node a)");
		driver.completeStep("tim", 4, "Metodologi pengukuran capaian (node a)");
		check("on node a the round reached the unit forms (step 5)", driver.currentStep() == 5,
				"step " + driver.currentStep());
		System.out.printf("   round %d is at step 5 on node a; the unit forms are open (deadline %s)%n", id, today);

		// wait for the reminder job, which runs on both nodes every two seconds
		Thread.sleep(12_000);

		on[0] = b;
		driver.fillAndSubmitAll(RoundDriver::onTarget);
		driver.acceptAll("tim");
		driver.post("tim", "/calculate", null);
		driver.completeStep("tim", 6, "Rekap hasil pengukuran per sasaran (node b)");
		driver.post("tim", "/submit-for-review", null);
		driver.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		JsonNode seal = driver.post("kepala", "/sign", null);
		driver.post("perencana", "/send", null);
		RoundDriver.ok(driver.region("lpk.bappeda").post(driver.path("/acknowledge"), "{}"));
		driver.post("perindustrian.staf", "/archive", "{\"archiveReference\": \"Lemari arsip, rak 2 (node b)\"}");

		on[0] = a;
		JsonNode seen = driver.round();
		check("node a sees the round archived by node b", "ARCHIVED".equals(seen.get("status").asString()),
				seen.get("status").asString());
		Api.Response steps = Api.withBasic(a.port(), AGENCY + ".perencana", PASSWORD).get(driver.path("/steps"));
		boolean allDone = steps.status() == 200 && !steps.json().isEmpty();
		for (JsonNode step : steps.json()) {
			String status = step.get("status").asString();
			allDone &= status.equals("DONE") || status.equals("REOPENED");
		}
		check("every step instance is done, read on node a", allDone, steps.body());
		Api.Response verified = Api.anonymous(a.port()).get("/api/v1/verify/" + seal.get("verificationCode").asString());
		check("the report signed on node b verifies on node a",
				verified.status() == 200 && verified.json().get("genuine").asBoolean()
						&& verified.json().get("sha256").asString().equals(seal.get("sha256").asString()),
				verified.status() + " " + verified.body());
		return id;
	}

	/**
	 * The forms were open on the deadline day while both nodes ran the reminder job: each
	 * unit's reminder went out once, and both nodes did run the job.
	 */
	private void reminders(AppNode a, AppNode b, GreenMail mail, JdbcClient jdbc, long round) throws Exception {
		System.out.println("\n3. The reminder job runs on both nodes; each reminder is sent once");
		// mails are sent after commit, asynchronously: give the last ones a moment
		Thread.sleep(2_000);
		Map<String, Integer> perRecipientAndSubject = new TreeMap<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (!message.getSubject().contains("Pengingat: formulir pengukuran kinerja")) {
				continue;
			}
			for (Address to : message.getAllRecipients()) {
				perRecipientAndSubject.merge(to + " | " + message.getSubject(), 1, Integer::sum);
			}
		}
		perRecipientAndSubject.forEach((key, count) -> System.out.printf("   %d × %s%n", count, key));
		long forms = jdbc.sql("select count(*) from round_form where round_id = ?").param(round).query(Long.class).single();
		List<Map<String, Object>> claims = jdbc
			.sql("select unit_code, reminded_before from round_form where round_id = ? order by unit_code")
			.param(round)
			.query()
			.listOfRows();
		check("every unit form of the round holds its reminder's claim in the database",
				claims.size() == forms && claims.stream().allMatch((row) -> Boolean.TRUE.equals(row.get("reminded_before"))),
				claims.toString());
		check("reminder mails arrived", !perRecipientAndSubject.isEmpty(), "none");
		check("no recipient got the same reminder twice",
				perRecipientAndSubject.values().stream().allMatch((count) -> count == 1),
				perRecipientAndSubject.toString());
		int runsA = jobRuns(a);
		int runsB = jobRuns(b);
		int sentA = remindersSent(a);
		int sentB = remindersSent(b);
		System.out.printf("   reminder job runs: node a %d, node b %d; reminders sent: node a %d, node b %d%n", runsA,
				runsB, sentA, sentB);
		check("the reminder job ran while both nodes were up", runsA + runsB > 0, runsA + " / " + runsB);
		check("the reminders sent by the two nodes add up to one per form", sentA + sentB == forms,
				(sentA + sentB) + " sent for " + forms + " forms");

		// the node that holds the job's lock goes away: the other one takes the job over
		AppNode running = (runsA >= runsB) ? a : b;
		AppNode other = (running == a) ? b : a;
		int before = jobRuns(other);
		running.stop();
		System.out.printf("   node %s stopped%n", running.name());
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (jobRuns(other) == before && System.nanoTime() < end) {
			Thread.sleep(500);
		}
		check("node " + other.name() + " runs the reminder job once node " + running.name() + " is gone",
				jobRuns(other) > before, "no run in 30 s");
		int mailsBefore = perRecipientAndSubject.size();
		int again = 0;
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getSubject().contains("Pengingat: formulir pengukuran kinerja")) {
				again += message.getAllRecipients().length;
			}
		}
		check("and sends no reminder a second time", again == mailsBefore, again + " reminder mails, " + mailsBefore
				+ " before");
	}

	private void check(String what, boolean ok, String detail) {
		this.checks++;
		System.out.printf("   %s %s%n", ok ? "ok  " : "FAIL", what);
		if (!ok) {
			this.failures.add(what + ": " + detail);
		}
	}

	private static AppNode node(String name, String url, int smtpPort) throws IOException {
		return AppNode.start(name, LOGS, "384m", List.of("spring.datasource.url=" + url,
				"spring.datasource.username=postgres", "spring.datasource.password=postgres", "ukur.demo.enabled=true",
				"spring.mail.host=127.0.0.1", "spring.mail.port=" + smtpPort, "ukur.reminders.interval=PT2S",
				"ukur.reminders.initial-delay=PT1S", "ukur.reminders.lock-at-least=PT1S",
				"logging.level.id.ukur.round.internal.Reminders=DEBUG"));
	}

	/** The demo SOPs load just after start; ordering a round needs them. */
	private static boolean sopsLoaded(AppNode node) {
		return Api.withBasic(node.port(), AGENCY + ".perencana", PASSWORD)
			.get("/api/v1/agencies/" + AGENCY + "/sop")
			.status() == 200;
	}

	private static int jobRuns(AppNode node) throws IOException {
		return node.count("Reminder job ran");
	}

	private static int remindersSent(AppNode node) throws IOException {
		int sent = 0;
		Matcher matcher = Pattern.compile("Reminder job ran: (\\d+) sent").matcher(node.log());
		while (matcher.find()) {
			sent += Integer.parseInt(matcher.group(1));
		}
		return sent;
	}

	private static String csrf(String html) {
		var input = Jsoup.parse(html).selectFirst("input[name=_csrf]");
		return (input != null) ? input.val() : "";
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static JdbcClient jdbc(String url) {
		return JdbcClient.create(new DriverManagerDataSource(url, "postgres", "postgres"));
	}

	/** A browser without a browser: one session cookie, carried to whichever node. */
	private static final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private String session;

		HttpResponse<String> get(AppNode node, String path) throws Exception {
			return send(request(node, path).GET());
		}

		HttpResponse<String> post(AppNode node, String path, Map<String, String> fields) throws Exception {
			String body = fields.entrySet()
				.stream()
				.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(request(node, path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpRequest.Builder request(AppNode node, String path) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
				.timeout(Duration.ofSeconds(60));
			if (this.session != null) {
				builder.header("Cookie", "UKUR_SESSION=" + this.session);
			}
			return builder;
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				Matcher matcher = Pattern.compile("^UKUR_SESSION=([^;]*)").matcher(cookie);
				if (matcher.find()) {
					this.session = matcher.group(1).isEmpty() ? null : matcher.group(1);
				}
			}
			return response;
		}

	}

}
