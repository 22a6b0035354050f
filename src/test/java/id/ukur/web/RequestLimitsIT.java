package id.ukur.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.WebSession;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounded requests through the real stack: who may send a body is decided before it is
 * read, a body over its route's limit is refused with 413 naming the limit (declared or
 * chunked), and a plan workbook over the row limit is refused with the limit named.
 */
class RequestLimitsIT extends IntegrationTest {

	private static final String SOP = "/api/v1/agencies/wkn-dpmk/sop";

	@Test
	void anotherAgencysPlannerIsRefusedWith403BeforeATwentyMegabyteDefinitionIsRead() throws IOException {
		int huge = 20 * 1024 * 1024;
		// the same region's other agency's planner, the agency's own team, another region
		Object[][] callers = { { "pwk-dinkes.perencana", "/api/v1/agencies/pwk-dkupp/sop", "403" },
				{ "wkn-dpmk.tim", SOP, "403" }, { "pwk-dkupp.perencana", SOP, "403" } };
		for (Object[] caller : callers) {
			long started = System.nanoTime();
			String status = statusBeforeTheBody((String) caller[0], (String) caller[1], huge);
			// reading and parsing it took over a minute; here the answer comes before the
			// client was even asked for the body
			assertThat(status).as((String) caller[0]).startsWith("HTTP/1.1 " + caller[2]);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as((String) caller[0])
				.isLessThan(Duration.ofSeconds(5));
		}
		// the planner of the agency is asked for the body
		assertThat(statusBeforeTheBody("wkn-dpmk.perencana", SOP, 1000)).startsWith("HTTP/1.1 100");
	}

	/**
	 * Sends the head of a PUT that announces a body of the given length and asks to be
	 * told to go on ({@code Expect: 100-continue}); answers the first status line the
	 * server sends: 100 when it wants the body, the refusal when it decided without it.
	 */
	private String statusBeforeTheBody(String username, String path, int length) throws IOException {
		String token = tokenApi(username).get("/api/v1/sop-templates")
			.raw()
			.request()
			.headers()
			.firstValue("Authorization")
			.orElseThrow();
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("PUT " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + token
						+ "\r\nContent-Type: application/yaml\r\nContent-Length: " + length
						+ "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
		}
	}

	@Test
	void theAgencysPlannerGets413NamingTheLimitForAnOverLongDefinitionDeclaredOrChunked() {
		byte[] big = yaml(600 * 1024);
		HttpResponse<String> declared = send("wkn-dpmk.perencana",
				HttpRequest.newBuilder(uri(SOP))
					.header("Content-Type", "application/yaml")
					.PUT(HttpRequest.BodyPublishers.ofByteArray(big)));
		assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
		assertThat(declared.body()).contains("512 KB");
		HttpResponse<String> chunked = send("wkn-dpmk.perencana",
				HttpRequest.newBuilder(uri(SOP))
					.header("Content-Type", "application/yaml")
					.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
		assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
		assertThat(chunked.body()).contains("512 KB");
	}

	@Test
	void aJsonBodyOverTheApiLimitIs413DeclaredOrChunked() {
		String path = "/api/v1/agencies/wkn-dpmk/plans/2026";
		byte[] json = ("{\"note\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> declared = send("wkn-dpmk.perencana",
				HttpRequest.newBuilder(uri(path))
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofByteArray(json)));
		assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
		assertThat(declared.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(declared.body()).contains("1 MB");
		HttpResponse<String> chunked = send("wkn-dpmk.perencana",
				HttpRequest.newBuilder(uri(path))
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))));
		assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
		assertThat(chunked.body()).contains("1 MB");
		// a body under the limit still reaches the controller
		assertThat(tokenApi("wkn-dpmk.perencana").put(path, "{}").status()).isNotIn(413, 500);
	}

	@Test
	void aPlanWorkbookOverTheRowLimitIsRefusedQuicklyNamingTheLimit() {
		WebSession planner = web();
		planner.login("wkn-dpmk.perencana", DemoPassword.VALUE);
		String upload = "/agencies/wkn-dpmk/plans/2026/import";
		planner.get(upload);
		byte[] workbook = workbook(100_000);
		long started = System.nanoTime();
		WebSession.Page refused = planner.submitFile(upload, Map.of(), "file", "rencana.xlsx", workbook);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		assertThat(refused.text("#import-problems")).contains("2.000 baris");
		planner.get(upload);
		byte[] tooBig = new byte[6 * 1024 * 1024];
		WebSession.Page large = planner.submitFile(upload, Map.of(), "file", "rencana.xlsx", tooBig);
		assertThat(large.text("#import-form")).contains("5 MB");
	}

	@Test
	void anSopUploadOnThePageOverTheLimitIsAFormMessageNamingIt() {
		WebSession planner = web();
		planner.login("wkn-dpmk.perencana", DemoPassword.VALUE);
		planner.get("/agencies/wkn-dpmk/sop");
		WebSession.Page refused = planner.submitFile("/agencies/wkn-dpmk/sop/upload", Map.of(), "file", "sop.yaml",
				yaml(600 * 1024));
		assertThat(refused.text("#sop-upload-problems")).contains("512 KB");
	}

	/** A YAML text of about the given size (a long note in the identity). */
	private static byte[] yaml(int size) {
		return ("identity:\n  name: Uji\n  agencyName: Uji\n  note: \"" + "a".repeat(size)
				+ "\"\nlanes: []\nsteps: []\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A plan workbook whose sheet has the given number of indicator rows. */
	private static byte[] workbook(int rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Rencana");
			sheet.createRow(0).createCell(0).setCellValue("Jenis");
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("INDIKATOR");
				row.createCell(1).setCellValue("IKU-" + r);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(String username, HttpRequest.Builder request) {
		Api.Response probe = tokenApi(username).get("/api/v1/sop-templates");
		String token = probe.raw().request().headers().firstValue("Authorization").orElseThrow();
		try {
			return HttpClient.newHttpClient()
				.send(request.header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
