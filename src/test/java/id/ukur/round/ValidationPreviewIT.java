package id.ukur.round;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.organization.UserAccounts;
import id.ukur.organization.UserCommand;
import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.RoundDriver;
import id.ukur.support.TestDatabase;
import id.ukur.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation page and the review/signature panel through real HTTP (docs/rounds.md,
 * "Validation" and "Previews"): each value with the values before it, the achievement and
 * rating it gives and its evidence pictured; "accept all except the marked ones" on the
 * page and in the API, never the validator's own unit; the report's pages as pictures
 * where the secretary reviews and the head signs. Lima Puluh Kota rounds of 2025 in a
 * database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=true", "ukur.demo.history=false", "ukur.reminders.enabled=false" })
class ValidationPreviewIT {

	private static final int YEAR = 2025;

	private static final String AGENCY = "lpk-disperinaker";

	private static final String DATABASE = TestDatabase.fresh("ukur_validation_preview");

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	private final Map<String, Api> users = new HashMap<>();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
	}

	@Test
	void theTeamSeesEachValueInContextAndAcceptsAllButTheMarkedOnes() {
		rounds().sealedLimaPuluhKota(YEAR, "TW1", RoundDriver::onTarget);
		RoundDriver round = collected("TW2");
		List<JsonNode> entries = round.entries();
		String pictured = entries.get(0).get("indicatorCode").asString();
		String marked = entries.get(1).get("indicatorCode").asString();
		String ownUnit = entries.get(entries.size() - 1).get("unitCode").asString();

		WebSession team = WebSession.on(this.port);
		team.login(AGENCY + ".tim", DemoPassword.VALUE);
		String validation = "/rounds/" + round.id() + "/validation";
		Document page = team.get(validation).document();
		String row = "[id=entry-" + pictured + "]";
		assertThat(page.select(row + " .previous-value").text()).as("TW I's accepted value").isNotEqualTo("–");
		assertThat(page.select(row + " .would-give").text()).endsWith("sementara");
		assertThat(page.select(row + " .would-rate .rating-badge").text()).isNotBlank();
		assertThat(page.select(row + " .evidence-thumb")).hasSize(2);
		for (var img : page.select(row + " .evidence-thumb")) {
			WebSession.Download thumb = team.download(img.attr("src"));
			assertThat(thumb.status()).isEqualTo(200);
			assertThat(thumb.contentType()).isEqualTo("image/png");
			BufferedImage picture = read(thumb.body());
			assertThat(Math.max(picture.getWidth(), picture.getHeight())).isBetween(100, 240);
		}
		assertThat(page.select(row + " a.evidence-link").eachAttr("href"))
			.allMatch((href) -> href.matches("/rounds/" + round.id() + "/evidence/\\d+"));
		// the preview is read as the download is: not by another agency
		String thumbPath = page.select(row + " .evidence-thumb").first().attr("src");
		String filePath = page.select(row + " a.evidence-link").first().attr("href");
		WebSession stranger = WebSession.on(this.port);
		stranger.login("pbl-disperinaker.tim", DemoPassword.VALUE);
		assertThat(stranger.download(thumbPath).status()).isEqualTo(stranger.download(filePath).status())
			.isIn(403, 404);

		// a checkbox, labelled, for each submitted value; the marked one stays submitted
		assertThat(page.select("label[for=except-" + marked + "]").text()).contains(marked);
		PreviewScreens.take(this.port, Map.of("preview-validation",
				new String[] { AGENCY + ".tim", validation + "#entry-" + pictured, "#validation-table" }));
		Api unitValidator = validatorOf(ownUnit);
		Api.Response refused = unitValidator.post(round.path("/entries/accept-all"), "{\"except\": [\"NOPE-1\"]}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("except");
		team.get(validation);
		WebSession.Page done = team.submitRaw(validation + "/accept-all", "except=" + marked);
		assertThat(done.status()).isEqualTo(200);
		for (JsonNode e : round.entries()) {
			String code = e.get("indicatorCode").asString();
			assertThat(e.get("status").asString()).as(code).isEqualTo(code.equals(marked) ? "SUBMITTED" : "ACCEPTED");
		}
	}

	@Test
	void aValidatorOfAUnitNeverAcceptsItsOwnValuesAllAtOnce() {
		RoundDriver round = collected("TW3");
		String ownUnit = round.entries().get(0).get("unitCode").asString();
		// a unit's head is no validator: refused, and nothing accepted
		Api.Response head = round.as(ownUnit.toLowerCase(Locale.ROOT) + ".kepala")
			.post(round.path("/entries/accept-all"), "{}");
		assertThat(head.status()).isEqualTo(403);
		assertThat(round.entries()).allMatch((e) -> e.get("status").asString().equals("SUBMITTED"));
		Api validator = validatorOf(ownUnit);
		Api.Response accepted = validator.post(round.path("/entries/accept-all"), "{}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		for (JsonNode e : round.entries()) {
			boolean own = e.get("unitCode").asString().equals(ownUnit);
			assertThat(e.get("status").asString()).isEqualTo(own ? "SUBMITTED" : "ACCEPTED");
			assertThat(accepted.json()
				.get("accepted")
				.toString()
				.contains("\"" + e.get("indicatorCode").asString() + "\"")).isEqualTo(!own);
		}
	}

	@Test
	void theSecretaryAndTheHeadSeeTheReportAsItWillBePrinted() {
		RoundDriver round = collected("TW4");
		round.acceptAll("tim");
		round.post("tim", "/calculate", null);
		round.completeStep("tim", 6, "Rekap hasil pengukuran per sasaran");
		round.post("tim", "/submit-for-review", null);
		String roundPage = "/rounds/" + round.id();
		reportShown(AGENCY + ".sekretaris", roundPage);
		WebSession team = WebSession.on(this.port);
		team.login(AGENCY + ".tim", DemoPassword.VALUE);
		assertThat(team.get(roundPage).document().select("#report-preview")).as("not the team's step").isEmpty();
		WebSession stranger = WebSession.on(this.port);
		stranger.login("pbl-disperinaker.tim", DemoPassword.VALUE);
		assertThat(stranger.download(roundPage + "/report-preview/1.png").status())
			.isEqualTo(stranger.download(roundPage + "/report.pdf").status())
			.isIn(403, 404);
		round.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		reportShown(AGENCY + ".kepala", roundPage);
		PreviewScreens.take(this.port,
				Map.of("preview-review", new String[] { AGENCY + ".kepala", roundPage, "#report-preview" }));
		round.post("kepala", "/sign", null);
		WebSession head = WebSession.on(this.port);
		head.login(AGENCY + ".kepala", DemoPassword.VALUE);
		assertThat(head.get(roundPage).document().select("#report-preview")).as("signed: nothing to decide").isEmpty();
	}

	/** The panel shows every page of the report, each an image that loads. */
	private void reportShown(String user, String roundPage) {
		WebSession session = WebSession.on(this.port);
		session.login(user, DemoPassword.VALUE);
		Document page = session.get(roundPage).document();
		// the report compiles in the background: a page asked too soon says so
		for (int tries = 0; tries < 30 && page.select("#report-preview img").isEmpty(); tries++) {
			assertThat(page.select("#report-preview").text()).as(user).contains("sedang disiapkan");
			sleep();
			page = session.get(roundPage).document();
		}
		var images = page.select("#report-preview img");
		assertThat(images).as(user).isNotEmpty();
		int pages = images.size();
		for (int n = 1; n <= pages; n++) {
			String alt = images.get(n - 1).attr("alt");
			assertThat(alt).startsWith("Halaman " + n + " dari " + pages + " laporan pengukuran ");
			WebSession.Download picture = session.download(images.get(n - 1).attr("src"));
			assertThat(picture.status()).isEqualTo(200);
			BufferedImage shown = read(picture.body());
			// A4 at 80 DPI, upright or landscape: about 661 × 935 pixels
			assertThat(Math.max(shown.getWidth(), shown.getHeight())).isBetween(900, 960);
		}
		assertThat(page.select("#report-preview-open").attr("href")).isEqualTo(roundPage + "/report.pdf");
		// past the last page or not a page: an answer, never a server error
		assertThat(session.download(roundPage + "/report-preview/" + (pages + 1) + ".png").status()).isEqualTo(404);
		assertThat(session.download(roundPage + "/report-preview/0.png").status()).isEqualTo(404);
		assertThat(session.download(roundPage + "/report-preview/x.png").status()).isBetween(400, 499);
	}

	/** A round whose units entered, pictured and submitted every value. */
	private RoundDriver collected(String period) {
		RoundDriver round = rounds();
		round.order("kepala", YEAR, period, null);
		round.completeStep("sekretaris", 2, "Notulen rapat arahan");
		round.completeStep("tim", 3, "Rencana kegiatan pengukuran");
		round.completeStep("tim", 4, "Metodologi pengukuran capaian");
		for (String unit : round.units()) {
			round.fillUnit(unit, RoundDriver::onTarget);
		}
		JsonNode first = round.entries().get(0);
		Api staff = round.as(first.get("unitCode").asString().toLowerCase(Locale.ROOT) + ".staf");
		String upload = round.path("/entries/" + first.get("indicatorCode").asString() + "/evidence");
		assertThat(staff.postFile(upload, "file", "foto-kegiatan.png", EvidenceSamples.photo(), "image/png").status())
			.isEqualTo(201);
		assertThat(staff.postFile(upload, "file", "laporan-bidang.pdf", EvidenceSamples.letter(), "application/pdf")
			.status()).isEqualTo(201);
		round.units().forEach(round::submit);
		return round;
	}

	private RoundDriver rounds() {
		return new RoundDriver(AGENCY, (username) -> this.users.computeIfAbsent(username, (u) -> Api
			.withToken(this.port, this.accounts.createToken(this.accounts.byUsername(u).orElseThrow(), "previews"))));
	}

	/** A member of the team who is also the head of a unit. */
	private Api validatorOf(String unit) {
		String username = "lpk.validator." + unit.toLowerCase(Locale.ROOT);
		if (this.accounts.byUsername(username).isEmpty()) {
			CurrentUser admin = this.accounts.byUsername("lpk.admin").orElseThrow();
			UserAccounts.CreatedUser created = this.accounts.createUser(admin, new UserCommand(username,
					"Kepala Bidang dan Tim", null, AGENCY, unit, null, Set.of(Role.TEAM, Role.UNIT_HEAD), null));
			String password = "Validasi-" + Long.toHexString(System.nanoTime()) + "-Kinerja";
			this.accounts.changePassword(this.accounts.byUsername(username).orElseThrow(), created.temporaryPassword(),
					password, password);
		}
		return this.users.computeIfAbsent(username, (u) -> Api.withToken(this.port,
				this.accounts.createToken(this.accounts.byUsername(u).orElseThrow(), "previews")));
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static BufferedImage read(byte[] png) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			assertThat(image).isNotNull();
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
