package id.ukur.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import id.ukur.organization.UserAccounts;
import id.ukur.support.DemoPassword;
import id.ukur.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never answers 5xx (docs/security.md): a few thousand malformed requests,
 * generated from the OpenAPI document (every API operation) and from the controllers'
 * mappings (every page and form route), sent by users of one agency (and its region's
 * administrator), anonymously, with and without a CSRF token. Any 5xx fails, and so does
 * any answer whose text shows a Java class or exception name or a stack trace.
 *
 * <p>
 * It runs on a database of its own with the demo data, so nothing it breaks or changes
 * touches the data of the other integration tests; the random choices use a fixed seed,
 * so a failure repeats.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=true", "ukur.demo.history=false", "ukur.reminders.enabled=false" })
class FuzzIT {

	static final long SEED = 20261207L;

	private static final String DATABASE = TestDatabase.fresh("ukur_fuzz");

	private static final String AGENCY = "pwk-dkupp";

	/** Java class names, exception names and stack frames: never in an answer. */
	static final Pattern JAVA_NAMES = Pattern.compile("\\b(?:java|javax|jakarta|org\\.springframework|org\\.apache"
			+ "|org\\.hibernate|org\\.h2|org\\.postgresql|org\\.yaml|tools\\.jackson|com\\.fasterxml|id\\.ukur)\\.[A-Za-z_]"
			+ "|\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

	private static final List<String> USERS = List.of("pwk-dkupp.kepala", "pwk-dkupp.perencana", "pwk-dkupp.tim",
			"pwk-dkupp.koperasi.kepala", "pwk-dkupp.koperasi.staf", "pwk.admin");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<String, Caller> callers = new HashMap<>();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
	}

	@Test
	void noMalformedRequestAnswers5xxOrShowsJavaNames() throws Exception {
		assertIsolated();
		RawHttp http = new RawHttp(this.port);
		signIn(http);
		Random random = new Random(SEED);
		FuzzValues values = new FuzzValues(goodValues(http));
		JsonNode document = JsonMapper.builder()
			.build()
			.readTree(http.send("GET", "/v3/api-docs", Map.of(), null, -1).text());
		List<FuzzRequest> requests = new ArrayList<>(
				new ApiFuzzCases(document, values, random).requests(FuzzIT::callerFor));
		requests
			.addAll(new PageFuzzCases(this.mappings.getHandlerMethods(), values, random).requests(FuzzIT::callerFor));
		requests = spreadCallers(requests, random);
		// reads first, so that the round's downloads are tried before any calculation
		requests.sort(Comparator.comparing((FuzzRequest request) -> !request.method().equals("GET")));
		Map<String, List<String>> failures = new TreeMap<>();
		long started = System.nanoTime();
		for (FuzzRequest request : requests) {
			String failure = failure(http, request);
			if (failure != null) {
				failures.computeIfAbsent(request.route(), (route) -> new ArrayList<>()).add(request + " → " + failure);
			}
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		int count = failures.values().stream().mapToInt(List::size).sum();
		System.out.printf("Fuzz: %d requests in %d s, %d failed on %d routes%n", requests.size(), seconds, count,
				failures.size());
		failures.forEach((route, lines) -> lines.forEach((line) -> System.out.println("FUZZ " + line)));
		assertThat(requests).hasSizeBetween(1500, 6000);
		assertThat(failures).as("%d malformed requests answered 5xx or showed Java names", count).isEmpty();
	}

	private String failure(RawHttp http, FuzzRequest request) {
		Map<String, String> headers = new LinkedHashMap<>(request.headers());
		byte[] body = this.callers.get(request.caller()).prepare(request, headers);
		RawHttp.Answer answer;
		try {
			answer = http.send(request.method(), request.target(), headers, body, request.announcedLength());
		}
		catch (IOException ex) {
			return "no answer: " + ex.getMessage();
		}
		if (answer.status() >= 500) {
			return answer.status() + " " + abbreviate(answer.text());
		}
		if (answer.isText()) {
			Matcher matcher = JAVA_NAMES.matcher(answer.text());
			if (matcher.find()) {
				return answer.status() + " shows '" + matcher.group() + "' in "
						+ abbreviate(answer.text().substring(Math.max(0, matcher.start() - 80)));
			}
		}
		return null;
	}

	/**
	 * Most requests go to the user whose work the route is; some to others, at random.
	 */
	private static List<FuzzRequest> spreadCallers(List<FuzzRequest> requests, Random random) {
		List<String> everyone = new ArrayList<>(USERS);
		everyone.add("anonymous");
		List<FuzzRequest> spread = new ArrayList<>();
		for (FuzzRequest request : requests) {
			boolean keep = request.caller().startsWith("anonymous") || random.nextInt(10) != 0;
			spread.add(keep ? request : request.as(everyone.get(random.nextInt(everyone.size()))));
		}
		return spread;
	}

	static String callerFor(String path) {
		if (path.startsWith("/admin") || path.startsWith("/api/v1/regions") || path.startsWith("/regions")) {
			return "pwk.admin";
		}
		if (path.contains("/units") || path.contains("/entries") || path.contains("/evidence")) {
			return "pwk-dkupp.koperasi.staf";
		}
		if (path.contains("/plans") || path.contains("/sop") || path.contains("/calculator")
				|| path.contains("/indicators") || path.contains("/nodes") || path.contains("/pk")) {
			return "pwk-dkupp.perencana";
		}
		return path.startsWith("/profile") ? "pwk-dkupp.tim" : "pwk-dkupp.kepala";
	}

	private void assertIsolated() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			String url = connection.getMetaData().getURL();
			assertThat(url).as("the fuzz test's own database").contains("ukur_fuzz");
			assertThat(DATABASE).isNotEqualTo(TestDatabase.url());
		}
	}

	private void signIn(RawHttp http) throws IOException {
		this.callers.put("anonymous", new Caller(null, null, null));
		RawHttp.Answer login = http.send("GET", "/login", Map.of(), null, -1);
		this.callers.put("anonymous-csrf", new Caller(null, cookie(login), csrf(login.text())));
		for (String username : USERS) {
			RawHttp.Answer page = http.send("GET", "/login", Map.of(), null, -1);
			String form = "username=" + username + "&password=" + DemoPassword.VALUE + "&_csrf="
					+ URLEncoder.encode(csrf(page.text()), StandardCharsets.UTF_8);
			RawHttp.Answer signedIn = http.send("POST", "/login",
					Map.of("Cookie", cookie(page), "Content-Type", "application/x-www-form-urlencoded"),
					form.getBytes(StandardCharsets.UTF_8), -1);
			assertThat(signedIn.status()).as(username).isEqualTo(302);
			String cookie = cookie(signedIn);
			RawHttp.Answer home = http.send("GET", "/", Map.of("Cookie", cookie), null, -1);
			String token = this.accounts.createToken(this.accounts.byUsername(username).orElseThrow(), "fuzz");
			this.callers.put(username, new Caller(token, cookie, csrf(home.text())));
		}
	}

	/**
	 * Good path values in the fuzz database: a new round not yet calculated, its first
	 * entry.
	 */
	private Map<String, String> goodValues(RawHttp http) throws IOException {
		Caller head = this.callers.get("pwk-dkupp.kepala");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		String order = "{\"year\": " + today.getYear() + ", \"period\": \"TW2\", \"deadline\": \"" + today.plusDays(7)
				+ "\", \"orderReference\": \"800/TW2\", \"orderText\": \"Pengukuran kinerja TW2\"}";
		RawHttp.Answer ordered = http.send("POST", "/api/v1/agencies/" + AGENCY + "/rounds",
				Map.of("Authorization", "Bearer " + head.token(), "Content-Type", "application/json"),
				order.getBytes(StandardCharsets.UTF_8), -1);
		assertThat(ordered.status()).as(ordered.text()).isEqualTo(201);
		JsonMapper json = JsonMapper.builder().build();
		String round = json.readTree(ordered.text()).get("id").asString();
		RawHttp.Answer entries = http.send("GET", "/api/v1/rounds/" + round + "/entries",
				Map.of("Authorization", "Bearer " + head.token()), null, -1);
		String indicator = json.readTree(entries.text()).get(0).get("indicatorCode").asString();
		Map<String, String> good = new HashMap<>();
		good.putAll(Map.of("agency", AGENCY, "region", "pwk", "year", String.valueOf(today.getYear()), "unit",
				"KOPERASI", "number", "1", "planId", "1", "evidenceId", "1", "id", round, "code", indicator));
		good.putAll(Map.of("agencies.code", AGENCY, "verify.code", "ABCDEF123456", "scales.code", "X", "users.id",
				"999999", "tokens.id", "999999", "holidays.id", "999999"));
		return good;
	}

	private static String cookie(RawHttp.Answer answer) {
		String header = answer.header("set-cookie");
		assertThat(header).as("a session cookie").isNotNull();
		for (String line : header.split("\n")) {
			if (line.startsWith("JSESSIONID=") || line.startsWith("UKUR_SESSION=")) {
				return line.split(";")[0];
			}
		}
		throw new AssertionError("No session cookie in " + header);
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern
			.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|name=\"csrf-token\"\\s+content=\"([^\"]+)\"")
			.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	private static String abbreviate(String text) {
		String flat = text.replaceAll("\\s+", " ");
		return (flat.length() > 300) ? flat.substring(0, 300) + "…" : flat;
	}

	/**
	 * How one caller sends: an API token for the API, the session cookie and CSRF token
	 * for pages (in the form body like a browser, in the header for other bodies).
	 */
	private record Caller(String token, String cookie, String csrf) {

		byte[] prepare(FuzzRequest request, Map<String, String> headers) {
			boolean api = request.target().startsWith("/api/");
			if (api && this.token != null) {
				headers.put("Authorization", "Bearer " + this.token);
				return request.body();
			}
			if (this.cookie != null) {
				headers.put("Cookie", this.cookie);
			}
			if (this.csrf == null || request.method().equals("GET")) {
				return request.body();
			}
			String type = headers.getOrDefault("Content-Type", "");
			if (type.equals("application/x-www-form-urlencoded") && request.body() != null) {
				byte[] token = ("&_csrf=" + URLEncoder.encode(this.csrf, StandardCharsets.UTF_8))
					.getBytes(StandardCharsets.UTF_8);
				byte[] body = java.util.Arrays.copyOf(request.body(), request.body().length + token.length);
				System.arraycopy(token, 0, body, request.body().length, token.length);
				return body;
			}
			headers.put("X-CSRF-TOKEN", this.csrf);
			return request.body();
		}

	}

}
