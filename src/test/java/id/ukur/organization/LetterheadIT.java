package id.ukur.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.RoundDriver;
import id.ukur.support.TestDatabase;
import id.ukur.support.TestMail;
import id.ukur.support.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The region's letterhead over real HTTP, on a database of its own (it changes a demo
 * region's letterhead): the administrator uploads a logo checked by its content and the
 * contact lines; the sealed report prints them with the signer's full position, the
 * units' factors and the action plans, and stays byte for byte what was sealed when the
 * letterhead changes later (docs/rounds.md, "Documents"; docs/security.md, "Uploads").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ukur.demo.enabled=true", "ukur.demo.history=false", "ukur.security.signin.first-delay=1m",
				"ukur.reminders.enabled=false" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LetterheadIT {

	private static final String DATABASE = TestDatabase.fresh("letterhead");

	private static final String AGENCY = "lpk-disperinaker";

	private static final String ADDRESS = "Jl. Sudirman No. 1, Sarilamak 26271";

	private static final String PHONE = "(0752) 7750-123";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", TestDatabase::username);
		registry.add("spring.datasource.password", () -> TestDatabase.isPostgres() ? "postgres" : "");
		registry.add("spring.mail.host", TestMail::host);
		registry.add("spring.mail.port", TestMail::port);
	}

	@Test
	@Order(1)
	void theAdministratorIsToldThePublicAddressIsNotSet() {
		WebSession admin = admin();
		Document page = admin.get("/admin").document();
		assertThat(page.select("#base-url-warning").text()).contains("ukur.base-url").contains("localhost:8080");
		assertThat(admin.get("/admin/letterhead").document().select("#base-url-warning")).hasSize(1);
	}

	@Test
	@Order(2)
	void aFileThatIsNoImageIsRefusedNamingTheLogoAndTheFormIsKept() {
		WebSession admin = admin();
		admin.get("/admin/letterhead");
		Document page = admin
			.submitFile("/admin/letterhead", fields("setda@limapuluhkotakab.go.id"), "logo", "logo.png",
					"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
			.document();
		assertThat(page.select("#logo.is-invalid")).hasSize(1);
		assertThat(page.select("#letterhead-errors").text()).contains("Logo harus berkas PNG atau JPEG");
		assertThat(page.select("#address").val()).isEqualTo(ADDRESS);
		assertThat(page.select("#phone").val()).isEqualTo(PHONE);
		assertThat(admin.get("/admin/letterhead").document().select("#letterhead-no-logo")).hasSize(1);
	}

	@Test
	@Order(3)
	void anOversizedLogoAndBadContactsAreRefusedNamingEachField() {
		WebSession admin = admin();
		admin.get("/admin/letterhead");
		byte[] big = png(700, 700, true);
		assertThat(big.length).isGreaterThan(512 * 1024);
		Document page = admin.submitFile("/admin/letterhead", fields("setda@"), "logo", "logo.png", big).document();
		assertThat(page.select("#letterhead-errors").text()).contains("Logo terlalu besar: paling besar 512 KB")
			.contains("Surel tidak valid");
		assertThat(page.select("#email.is-invalid")).hasSize(1);
		admin.get("/admin/letterhead");
		Document wide = admin
			.submitFile("/admin/letterhead", fields("setda@limapuluhkotakab.go.id"), "logo", "logo.png",
					png(2400, 20, false))
			.document();
		assertThat(wide.select("#letterhead-errors").text()).contains("2000 × 2000").contains("2400 × 20");
	}

	@Test
	@Order(4)
	void theSealedReportPrintsTheLetterheadTheFullPositionTheFactorsAndTheActionPlans() throws Exception {
		WebSession admin = admin();
		admin.get("/admin/letterhead");
		var saved = admin.submitFile("/admin/letterhead", fields("setda@limapuluhkotakab.go.id"), "logo", "logo.png",
				png(240, 280, false));
		assertThat(saved.path()).isEqualTo("/admin/letterhead");
		assertThat(saved.document().select("#letterhead-logo").attr("src")).startsWith("data:image/png;base64,");

		RoundDriver round = new RoundDriver(AGENCY, this::api);
		JsonNode seal = sealWithActionPlan(round);
		byte[] pdf = api(AGENCY + ".kepala").getBytes(round.path("/report.pdf"));
		String text = text(pdf);
		// the agency's own address is printed instead of the region's
		assertThat(text).contains("Jl. Raya Negara Km 7, Sarilamak")
			.contains("Telepon " + PHONE)
			.contains("Surel setda@limapuluhkotakab.go.id")
			.contains("Laman limapuluhkotakab.go.id");
		assertThat(text.replaceAll("\\s+", " "))
			.contains("Kepala Dinas Perindustrian dan Tenaga Kerja Kabupaten Lima Puluh Kota")
			.doesNotContain("Kepala Disperinaker")
			.contains("C. Faktor Pendukung dan Penghambat")
			.contains("Dukungan anggaran")
			.contains("D. Rencana Tindak Lanjut")
			.contains("Percepatan kegiatan triwulan berikutnya");
		assertThat(imagesOnFirstPage(pdf)).as("the logo (and no other image) on page 1").isEqualTo(1);

		String code = seal.get("verificationCode").asString();
		JsonNode verification = anonymous().get("/api/v1/verify/" + code).json();
		assertThat(verification.get("sha256").asString()).isEqualTo(sha256(pdf));
		assertThat(verification.get("signerPosition").asString())
			.isEqualTo("Kepala Dinas Perindustrian dan Tenaga Kerja Kabupaten Lima Puluh Kota");

		// a later letterhead leaves the sealed report as it was sealed, byte for byte
		admin.get("/admin/letterhead");
		admin.submitFile("/admin/letterhead", Map.of("address", "", "phone", "0752 775000", "email", "", "website", "",
				"removeLogo", "true", "version", version(admin)), "logo", "", new byte[0]);
		assertThat(api(AGENCY + ".kepala").getBytes(round.path("/report.pdf"))).isEqualTo(pdf);
	}

	@Test
	@Order(5)
	void thePkAndTheSopDocumentPrintTheSameLetterhead() throws Exception {
		WebSession admin = admin();
		Map<String, String> fields = new java.util.HashMap<>(fields("setda@limapuluhkotakab.go.id"));
		fields.put("version", version(admin));
		var saved = admin.submitFile("/admin/letterhead", fields, "logo", "logo.jpg", jpeg(200, 200));
		assertThat(saved.document().select("#letterhead-logo").attr("src")).startsWith("data:image/jpeg;base64,");
		WebSession head = WebSession.on(this.port);
		head.login(AGENCY + ".kepala", DemoPassword.VALUE);
		byte[] pk = head.download("/agencies/" + AGENCY + "/plans/2026/pk.pdf").body();
		byte[] sop = api(AGENCY + ".kepala").getBytes("/api/v1/agencies/" + AGENCY + "/sop.pdf");
		for (byte[] document : new byte[][] { pk, sop }) {
			assertThat(text(document)).contains("PEMERINTAH KABUPATEN LIMA PULUH KOTA").contains("Telepon " + PHONE);
			assertThat(imagesOnFirstPage(document)).isEqualTo(1);
		}
		assertThat(text(pk).replaceAll("\\s+", " "))
			.contains("Kepala Dinas Perindustrian dan Tenaga Kerja Kabupaten Lima Puluh Kota");
	}

	private JsonNode sealWithActionPlan(RoundDriver round) {
		round.order("kepala", 2026, "TW1", null);
		round.completeStep("sekretaris", 2, "Notulen rapat arahan");
		round.completeStep("tim", 3, "Rencana kegiatan pengukuran");
		round.completeStep("tim", 4, "Metodologi pengukuran capaian");
		round.fillAndSubmitAll(RoundDriver::halfTarget);
		round.acceptAll("tim");
		round.post("tim", "/calculate", null);
		JsonNode entry = round.entries().get(0);
		round.post("perencana", "/action-plans",
				"{\"indicatorCode\": \"" + entry.get("indicatorCode").asString()
						+ "\", \"analysis\": \"Realisasi di bawah target\","
						+ " \"action\": \"Percepatan kegiatan triwulan berikutnya\", \"ownerUnit\": \""
						+ entry.get("unitCode").asString() + "\", \"dueDate\": \"2026-12-31\"}");
		round.completeStep("tim", 6, "Rekap hasil pengukuran per sasaran");
		round.post("tim", "/submit-for-review", null);
		round.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		return round.post("kepala", "/sign", null);
	}

	private Map<String, String> fields(String email) {
		return Map.of("address", ADDRESS, "phone", PHONE, "email", email, "website", "limapuluhkotakab.go.id",
				"version", "0");
	}

	private static String version(WebSession session) {
		return session.get("/admin/letterhead").document().select("input[name=version]").val();
	}

	private WebSession admin() {
		WebSession session = WebSession.on(this.port);
		assertThat(session.login("lpk.admin", DemoPassword.VALUE).status()).isEqualTo(200);
		return session;
	}

	private Api api(String username) {
		String token = this.accounts.createToken(this.accounts.byUsername(username).orElseThrow(), "letterhead");
		return Api.withToken(this.port, token);
	}

	private Api anonymous() {
		return Api.anonymous(this.port);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static int imagesOnFirstPage(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDResources resources = document.getPage(0).getResources();
			int images = 0;
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject) {
					images++;
				}
			}
			return images;
		}
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	/** A PNG; with noise it does not compress (a large file of few pixels). */
	private static byte[] png(int width, int height, boolean noise) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x1b5e20));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		if (noise) {
			Random random = new Random(17);
			for (int x = 0; x < width; x++) {
				for (int y = 0; y < height; y++) {
					image.setRGB(x, y, random.nextInt());
				}
			}
		}
		return write(image, "png");
	}

	private static byte[] jpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xfdd835));
		graphics.fillOval(0, 0, width, height);
		graphics.dispose();
		return write(image, "jpeg");
	}

	private static byte[] write(BufferedImage image, String format) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
