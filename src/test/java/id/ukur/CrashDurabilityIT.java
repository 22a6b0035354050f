package id.ukur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.ukur.support.AppProcess;
import id.ukur.support.DemoPassword;
import id.ukur.support.KillablePostgres;
import id.ukur.support.TestDatabase;
import id.ukur.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer 200 means the data is on disk (docs/security.md, "Durability"): Ukur runs in
 * a JVM of its own on database files of its own, several clients save as fast as they
 * can, the JVM is killed with SIGKILL in the middle of the burst (on PostgreSQL the
 * database server's processes too), everything is started again on the same files, and
 * every save that was acknowledged must be there with its value. On H2 the application
 * runs with the shipped {@code spring.datasource.url}.
 */
class CrashDurabilityIT {

	private static final String AGENCY = "pwk-dinkes";

	private static final int WRITERS = 6;

	/** Acknowledged saves before the kill: far more than a write delay's worth. */
	private static final int ENOUGH = 400;

	private static final Duration BURST_LIMIT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, String> acknowledged = new ConcurrentHashMap<>();

	@Test
	void everySaveAnsweredBeforeASigkillIsThereAfterTheRestart() throws Exception {
		String name = (TestDatabase.isPostgres() ? "postgres-" : "h2-") + System.currentTimeMillis();
		Path dir = Files.createDirectories(Path.of("target", "crash-it", name).toAbsolutePath());
		KillablePostgres postgres = TestDatabase.isPostgres() ? new KillablePostgres(dir.resolve("pgdata")) : null;
		List<AppProcess> started = new ArrayList<>();
		boolean passed = false;
		try {
			if (postgres != null) {
				postgres.start();
			}
			AppProcess app = start(dir, "first.log", postgres, started);
			String token = token(app.port());
			long began = System.nanoTime();
			burstThenKill(app, token, postgres);
			double seconds = (System.nanoTime() - began) / 1e9;
			System.out.printf("crash test (%s): %d saves acknowledged in %.1f s (%.0f per second) before SIGKILL%n",
					name, this.acknowledged.size(), seconds, this.acknowledged.size() / seconds);
			if (postgres != null) {
				postgres.start();
			}
			AppProcess again = start(dir, "second.log", postgres, started);
			Map<String, String> lost = lost(again.port(), token);
			assertThat(lost)
				.as("%d of %d acknowledged saves lost after SIGKILL (code=name)", lost.size(), this.acknowledged.size())
				.isEmpty();
			passed = true;
		}
		finally {
			started.forEach(AppProcess::kill);
			if (postgres != null) {
				postgres.stop();
			}
		}
		// the files and logs stay under target/crash-it when the test fails
		if (passed) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	private static AppProcess start(Path dir, String log, KillablePostgres postgres, List<AppProcess> started) {
		List<String> arguments = new ArrayList<>(List.of("--ukur.demo.enabled=true", "--ukur.demo.history=false"));
		if (postgres != null) {
			arguments.addAll(List.of("--spring.datasource.url=" + postgres.url(),
					"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
		}
		AppProcess app = AppProcess.start(dir, dir.resolve(log), arguments);
		started.add(app);
		return app;
	}

	/** A personal API token of the region's administrator, made on the profile page. */
	private static String token(int port) {
		WebSession web = WebSession.on(port);
		web.login("pwk.admin", DemoPassword.VALUE);
		String page = web.submit("/profile/tokens", Map.of("name", "crash test")).document().text();
		Matcher token = Pattern.compile("ukr_[A-Za-z0-9_-]+").matcher(page);
		assertThat(token.find()).as("a new token on the profile page").isTrue();
		return token.group();
	}

	/**
	 * Writers create units (one transaction each, journaled) until enough were
	 * acknowledged, then the application (and PostgreSQL) is killed while they still
	 * send.
	 */
	private void burstThenKill(AppProcess app, String token, KillablePostgres postgres) throws InterruptedException {
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.execute(() -> write(app.port(), token, writer, running));
		}
		long end = System.nanoTime() + BURST_LIMIT.toNanos();
		while (this.acknowledged.size() < ENOUGH && System.nanoTime() < end) {
			Thread.sleep(20);
		}
		// the database first: commits acknowledged since its last flush would be lost
		if (postgres != null) {
			postgres.kill();
		}
		app.kill();
		running.set(false);
		writers.shutdown();
		assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		assertThat(this.acknowledged).as("saves acknowledged before the kill").hasSizeGreaterThan(ENOUGH / 4);
	}

	private void write(int port, String token, int writer, AtomicBoolean running) {
		HttpClient client = HttpClient.newHttpClient();
		for (int n = 0; running.get(); n++) {
			String code = "CRASH-" + writer + "-" + n;
			String name = "Unit " + writer + "-" + n + " saved before the crash";
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/agencies/" + AGENCY + "/units"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(20))
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"kind\": \"SECTION\"}"))
				.build();
			try {
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
					this.acknowledged.put(code, name);
				}
			}
			catch (IOException ex) {
				// the application is gone: what it answered before is what counts
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** The acknowledged saves missing (or with another value) after the restart. */
	private Map<String, String> lost(int port, String token) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/agencies/" + AGENCY + "/units"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, String> found = new TreeMap<>();
		for (JsonNode unit : JSON.readTree(response.body())) {
			found.put(unit.get("code").asString(), unit.get("name").asString());
		}
		Map<String, String> lost = new TreeMap<>();
		this.acknowledged.forEach((code, name) -> {
			if (!name.equals(found.get(code))) {
				lost.put(code, name);
			}
		});
		return lost;
	}

}
