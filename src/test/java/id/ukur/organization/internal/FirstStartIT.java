package id.ukur.organization.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import id.ukur.support.Api;
import id.ukur.support.RoundDriver;
import id.ukur.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production start: an empty database, demo off, the four first-start variables. The
 * first administrator builds an agency through the API as a script would (agency, units,
 * officials, users), its planner starts the SOP from a sample and writes the plan, and
 * its head orders a round. Then: the variables change nothing once a user exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=false", "ukur.reminders.enabled=false", "ukur.admin.username=bgr.admin",
				"ukur.admin.password=" + FirstStartIT.PASSWORD, "ukur.region.code=bgr",
				"ukur.region.name=Kabupaten Bogor" })
@ExtendWith(OutputCaptureExtension.class)
class FirstStartIT {

	static final String PASSWORD = "Bogor2026aman";

	/** What every user of this test chooses in place of its temporary password. */
	private static final String CHOSEN = "Kebun teh di pagi hari 7";

	private static final String DATABASE = TestDatabase.fresh("ukur_first_start");

	private static final String AGENCY = "/api/v1/agencies/bgr-dinkes";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationSetupService setup;

	@Autowired
	UserAccountService accounts;

	@Autowired
	RegionRepository regions;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	jakarta.validation.Validator validator;

	@Autowired
	MessageSource messages;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
	}

	@Test
	void theFirstAdministratorBuildsAnAgencyWhoseHeadOrdersARound() {
		Api admin = own("bgr.admin", PASSWORD);
		JsonNode bogor = null;
		for (JsonNode region : admin.get("/api/v1/regions").json()) {
			bogor = "bgr".equals(region.get("code").asString()) ? region : bogor;
		}
		assertThat(bogor).isNotNull();
		assertThat(bogor.get("kind").asString()).isEqualTo("KABUPATEN");
		assertThat(bogor.get("administrators").get(0).asString()).isEqualTo("bgr.admin");

		created(admin.post("/api/v1/regions/bgr/agencies",
				"{\"code\":\"bgr-dinkes\",\"name\":\"Dinas Kesehatan Kabupaten Bogor\",\"shortName\":\"Dinkes\"}"));
		created(admin.post(AGENCY + "/units",
				"{\"code\":\"SEKRETARIAT\",\"name\":\"Sekretariat\",\"kind\":\"SECRETARIAT\"}"));
		created(admin.post(AGENCY + "/units",
				"{\"code\":\"KESMAS\",\"name\":\"Bidang Kesehatan Masyarakat\",\"kind\":\"DIVISION\"}"));
		long head = created(admin.post(AGENCY + "/officials",
				"{\"name\":\"dr. Siti Rahma\",\"position\":\"Kepala Dinas Kesehatan\",\"nip\":\"197501012000032001\"}"))
			.get("id")
			.asLong();
		long unitHead = created(admin.post(AGENCY + "/officials",
				"{\"name\":\"Budi Santoso\",\"position\":\"Kepala Bidang Kesmas\",\"nip\":\"198002022005011002\"}"))
			.get("id")
			.asLong();
		Map<String, String> passwords = new HashMap<>();
		passwords.put("dinkes.kepala", user(admin, "dinkes.kepala", "HEAD", null, head));
		passwords.put("dinkes.perencana", user(admin, "dinkes.perencana", "PLANNER", null, null));
		passwords.put("dinkes.kesmas", user(admin, "dinkes.kesmas", "UNIT_HEAD", "KESMAS", unitHead));
		passwords.put("dinkes.sekretariat", user(admin, "dinkes.sekretariat", "UNIT_HEAD", "SEKRETARIAT", null));
		assertThat(notDone(admin)).containsExactly("sop", "plan");

		Api planner = own("dinkes.perencana", passwords.get("dinkes.perencana"));
		assertThat(planner.get("/api/v1/sop-templates").json()).hasSize(5);
		assertThat(planner.post(AGENCY + "/sop/start", "{\"template\":\"wkn-dpmk\"}").status()).isEqualTo(201);
		JsonNode sop = planner.get(AGENCY + "/sop").json();
		assertThat(sop.get("identity").get("agencyName").asString()).isEqualTo("DINAS KESEHATAN KABUPATEN BOGOR");
		assertThat(sop.get("identity").get("approvedBy").get("nip").asString()).isEqualTo("197501012000032001");
		assertThat(planner.post(AGENCY + "/sop/start", "{\"template\":\"wkn-dpmk\"}").status()).isEqualTo(409);
		int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
		assertThat(planner.put(AGENCY + "/plans/" + year, plan(year)).status()).isEqualTo(200);
		assertThat(notDone(admin)).isEmpty();

		Api headApi = own("dinkes.kepala", passwords.get("dinkes.kepala"));
		Api.Response ordered = headApi.post(AGENCY + "/rounds",
				"{\"year\":" + year + ",\"period\":\"TW1\",\"deadline\":\""
						+ LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(14)
						+ "\",\"orderReference\":\"800/001/Dinkes\"}");
		assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
		JsonNode round = ordered.json();
		assertThat(round.get("status").asString()).isEqualTo("OPEN");
		assertThat(round.get("forms").findValuesAsString("unitCode")).contains("KESMAS");
		wholeRound(admin, passwords, round.get("id").asLong());
	}

	/**
	 * The rest of the round as the starting SOP (Way Kanan's) writes it, by the people
	 * the administrator adds for its lanes: from the secretary's instruction to the
	 * archive.
	 */
	private void wholeRound(Api admin, Map<String, String> passwords, long id) {
		passwords.put("dinkes.sekretaris", user(admin, "dinkes.sekretaris", "SECRETARY", null, null));
		passwords.put("dinkes.tim", user(admin, "dinkes.tim", "TEAM", null, null));
		passwords.put("dinkes.kesmas.staf", user(admin, "dinkes.kesmas.staf", "UNIT_STAFF", "KESMAS", null));
		passwords.put("dinkes.sekretariat.staf",
				user(admin, "dinkes.sekretariat.staf", "UNIT_STAFF", "SEKRETARIAT", null));
		RoundDriver round = new RoundDriver("bgr-dinkes", (name) -> {
			// the driver names a unit's head {unit}.kepala; here they are dinkes.{unit}
			String username = name.replaceFirst("^bgr-dinkes\\.", "dinkes.")
				.replaceFirst("^(dinkes\\.\\w+)\\.kepala$", "$1");
			return own(username, passwords.get(username));
		}).follow(id);
		round.completeStep("sekretaris", 2, "Perintah kepada perencana");
		round.post("perencana", "/forms/prepare", null);
		round.fillAndSubmitAll(RoundDriver::onTarget);
		round.acceptAll("tim");
		round.post("perencana", "/calculate", null);
		JsonNode seal = round.post("kepala", "/sign", null);
		round.post("kesmas.staf", "/archive", "{\"archiveReference\": \"Arsip Dinkes 2026\"}");
		assertThat(round.round().get("status").asString()).isEqualTo("ARCHIVED");
		JsonNode verified = Api.anonymous(this.port)
			.get("/api/v1/verify/" + seal.get("verificationCode").asString())
			.json();
		assertThat(verified.get("genuine").asBoolean()).isTrue();
		assertThat(verified.get("agencyName").asString()).isEqualTo("Dinas Kesehatan Kabupaten Bogor");
	}

	@Test
	void theAgencyAndItsUsersStayInsideTheRulesOfWhoAdministersWhat() {
		Api admin = own("bgr.admin", PASSWORD);
		Api.Response bad = admin.post("/api/v1/regions/bgr/agencies", "{\"code\":\"Bgr Dinsos\",\"name\":\"\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("code", "name", "shortName");
		assertThat(admin.post("/api/v1/regions/zzz/agencies", "{\"code\":\"zzz-x\",\"name\":\"X\",\"shortName\":\"X\"}")
			.status()).isEqualTo(404);
		created(admin.post("/api/v1/regions",
				"{\"code\":\"ktb\",\"name\":\"Kota Bogor\",\"kind\":\"KOTA\",\"timeZone\":\"Asia/Jakarta\"}"));
		String ktbAdmin = created(admin.post("/api/v1/regions/ktb/users",
				"{\"username\":\"ktb.admin\",\"displayName\":\"Admin Kota Bogor\",\"roles\":[\"ADMIN\"]}"))
			.get("temporaryPassword")
			.asString();
		// the installation administrator makes region administrators, not a region's
		// staff
		assertThat(admin
			.post("/api/v1/regions/ktb/users",
					"{\"username\":\"ktb.bappeda\",\"displayName\":\"Bappeda\",\"roles\":[\"PLANNING_AGENCY\"]}")
			.status()).isEqualTo(403);
		Api other = own("ktb.admin", ktbAdmin);
		// a region's administrator: its own region only, no regions, no installation role
		assertThat(other
			.post("/api/v1/regions/bgr/agencies",
					"{\"code\":\"bgr-dinsos\",\"name\":\"Dinsos\",\"shortName\":\"Dinsos\"}")
			.status()).isEqualTo(403);
		assertThat(other.post("/api/v1/regions", "{\"code\":\"xyz\",\"name\":\"Kota Xyz\",\"kind\":\"KOTA\"}").status())
			.isEqualTo(403);
		Api.Response grant = other.post("/api/v1/regions/ktb/users",
				"{\"username\":\"ktb.super\",\"displayName\":\"Super\",\"roles\":[\"ADMIN\",\"INSTALLATION_ADMIN\"]}");
		assertThat(grant.status()).isEqualTo(403);
		assertThat(grant.json().get("detail").asString()).contains("administrator instalasi");
		created(other.post("/api/v1/regions/ktb/agencies",
				"{\"code\":\"ktb-dinkes\",\"name\":\"Dinas Kesehatan Kota Bogor\",\"shortName\":\"Dinkes\"}"));
		assertThat(other
			.post("/api/v1/regions/ktb/agencies", "{\"code\":\"ktb-dinkes\",\"name\":\"Lagi\",\"shortName\":\"Lagi\"}")
			.status()).isEqualTo(400);
	}

	@Test
	void theVariablesChangeNothingOnceAUserExists(CapturedOutput output) {
		long users = count("app_user");
		long regionCount = count("region");
		for (String password : new String[] { "Kedua2026kuat", "lemah" }) {
			FirstAdministrator again = new FirstAdministrator(this.setup, this.accounts, this.regions,
					this.transactions, this.validator, this.messages, "kedua.admin", password, "kdu", "Kota Kedua");
			again.run(null);
		}
		assertThat(count("app_user")).isEqualTo(users);
		assertThat(count("region")).isEqualTo(regionCount);
		assertThat(output).contains("Users exist: UKUR_ADMIN_USERNAME and the other first-start variables are ignored");
	}

	/**
	 * The user's client after it replaced the temporary password it was given (the first
	 * administrator's included), as docs/security.md requires before anything else.
	 */
	private Api own(String username, String temporary) {
		long id = this.accounts.byUsername(username).orElseThrow().id();
		if (this.accounts.mustChangePassword(id)) {
			Api.Response changed = Api.withBasic(this.port, username, temporary)
				.put("/api/v1/profile/password",
						"{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + CHOSEN + "\"}");
			assertThat(changed.status()).as(changed.body()).isEqualTo(204);
		}
		return Api.withBasic(this.port, username, CHOSEN);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static JsonNode created(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private static String user(Api admin, String username, String role, String unit, Long official) {
		String json = "{\"username\":\"" + username + "\",\"displayName\":\"" + username + "\",\"roles\":[\"" + role
				+ "\"]" + ((unit != null) ? ",\"unitCode\":\"" + unit + "\"" : "")
				+ ((official != null) ? ",\"officialId\":" + official : "") + "}";
		return created(admin.post(AGENCY + "/users", json)).get("temporaryPassword").asString();
	}

	private static java.util.List<String> notDone(Api admin) {
		java.util.List<String> open = new java.util.ArrayList<>();
		for (JsonNode item : admin.get(AGENCY + "/readiness").json()) {
			if (!item.get("done").asBoolean()) {
				open.add(item.get("item").asString());
			}
		}
		return open;
	}

	private static String plan(int year) {
		String indicator = "{\"code\":\"IKU-01\",\"name\":\"Persentase balita gizi baik\",\"measureUnit\":\"%\","
				+ "\"key\":true,\"polarity\":\"HIGHER_IS_BETTER\",\"formula\":\"RATIO\",\"aggregation\":\"LAST_VALUE\","
				+ "\"valueType\":\"PERCENT\",\"unitCode\":\"KESMAS\",\"target\":90,"
				+ "\"periodTargets\":{\"TW1\":80,\"TW2\":84,\"TW3\":87,\"TW4\":90}}";
		return "{\"year\":" + year + ",\"goals\":[{\"code\":\"T1\",\"name\":\"Meningkatnya derajat kesehatan\","
				+ "\"indicators\":[],\"objectives\":[{\"code\":\"S1\",\"name\":\"Meningkatnya gizi masyarakat\","
				+ "\"unitCode\":\"KESMAS\",\"indicators\":[" + indicator + "],\"programs\":[]}]}]}";
	}

}
