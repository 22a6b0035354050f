package id.ukur.round;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import id.ukur.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every page and document of a round answers at every step of a seed flow, from the order
 * to the archive: no request ends in a server error, and before the calculation the
 * documents print the values so far marked provisional.
 */
class RoundDownloadsIT extends IntegrationTest {

	private static final String AGENCY = "pwk-dkupp";

	private WebSession web;

	private final List<String> checked = new ArrayList<>();

	@Test
	void everyPageAndDocumentAnswersAtEveryStepOfPurwakartasFlow() {
		RoundDriver round = rounds(AGENCY);
		this.web = web();
		assertThat(this.web.login(AGENCY + ".perencana", DemoPassword.VALUE).status()).isEqualTo(200);
		// TW II: SeedRoundFlowsIT orders TW I in the same database; a cumulative
		// indicator's target to date then differs from the quarter's own
		round.order("kepala", "TW2", null);
		probe(round, "ordered");
		provisionalBeforeCalculation(round);
		round.post("sekretaris", "/forms/prepare", null);
		probe(round, "prepared");
		round.post("sekretaris", "/forms/distribute", null);
		probe(round, "distributed");
		round.fillUnit("KOPERASI", RoundDriver::onTarget);
		probe(round, "one unit filled");
		round.completeStep("tim", 4, "Undangan rapat 005/33/DKUPP");
		round.completeStep("sekretaris", 5, "Notulen rapat pembahasan pengukuran kinerja");
		probe(round, "meeting held");
		round.fillAndSubmitAll(RoundDriver::onTarget);
		probe(round, "submitted");
		round.acceptAll("tim");
		probe(round, "validated");
		round.post("perencana", "/calculate", null);
		probe(round, "calculated");
		round.post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		probe(round, "reviewed");
		round.completeStep("kepala", 9, "Koreksi Kepala Dinas pada draf dokumen");
		round.completeStep("sekretaris", 10, "Dokumen disampaikan kepada Kepala Dinas");
		probe(round, "before signature");
		round.post("kepala", "/sign", null);
		probe(round, "signed");
		round.completeStep("sekretaris", 12, "Digandakan 3 eksemplar");
		round.post("perencana", "/send", null);
		probe(round, "sent");
		round.post("sekretaris", "/archive", "{\"archiveReference\": \"Arsip Sekretariat 2026/TW2\"}");
		probe(round, "archived");
		assertThat(this.checked).as("requests made").hasSizeGreaterThan(150);
	}

	/**
	 * Right after the order: the documents and the recap carry the values so far, marked
	 * provisional.
	 */
	private void provisionalBeforeCalculation(RoundDriver round) {
		JsonNode recap = RoundDriver.ok(round.as("perencana").get(round.path("/recap")));
		assertThat(recap.get("calculated").asBoolean()).isFalse();
		assertThat(recap.get("calculatedAt").isNull()).isTrue();
		assertThat(recap.get("indicators")).isNotEmpty();
		for (JsonNode indicator : recap.get("indicators")) {
			// nothing entered for this quarter yet: not reported, or provisional where
			// earlier
			// quarters are known
			assertThat(indicator.get("status").asString().equals("NOT_REPORTED")
					|| indicator.get("provisional").asBoolean())
				.as(indicator.get("indicatorCode").asString())
				.isTrue();
		}
		String pdf = pdfText(this.web.download("/rounds/" + round.id() + "/report.pdf").body());
		assertThat(pdf).contains("BELUM DIHITUNG").contains("belum dilaporkan");
		assertThat(firstCells(this.web.download("/rounds/" + round.id() + "/report.xlsx").body()))
			.anyMatch((text) -> text.contains("BELUM DIHITUNG"));
		assertThat(firstCells(this.web.download("/rounds/" + round.id() + "/worksheet.xlsx").body()))
			.anyMatch((text) -> text.contains("BELUM DIHITUNG"));
		WebSession.Page page = this.web.get("/rounds/" + round.id() + "/recap");
		assertThat(page.text("#recap-provisional")).contains("belum dihitung");
		keepEarlyDocuments(round);
		targetsAreNumbers(round, recap);
	}

	/** Targets come as JSON numbers beside the text: a range as its two ends. */
	private static void targetsAreNumbers(RoundDriver round, JsonNode recap) {
		int ranges = 0;
		for (JsonNode entry : round.entries()) {
			String text = entry.get("targetText").asString();
			if (entry.get("valueType").asString().equals("QUALITATIVE")) {
				assertThat(entry.get("target").isNull()).isTrue();
			}
			else if (text.contains("–")) {
				ranges++;
				assertThat(entry.get("target").isNull()).isTrue();
				assertThat(entry.get("targetMin").isNumber()).as(text).isTrue();
				assertThat(entry.get("targetMin").decimalValue()).isEqualByComparingTo(id.ukur.shared.Numbers
					.parse(text.substring(0, text.indexOf('–')), id.ukur.shared.Numbers.INDONESIAN));
				assertThat(entry.get("targetMax").decimalValue()).isEqualByComparingTo(id.ukur.shared.Numbers
					.parse(text.substring(text.indexOf('–') + 1), id.ukur.shared.Numbers.INDONESIAN));
			}
			else {
				assertThat(entry.get("target").isNumber()).as(text).isTrue();
				assertThat(entry.get("target").decimalValue())
					.as("the display text is in the reader's (Indonesian) format")
					.isEqualByComparingTo(id.ukur.shared.Numbers.parse(text, id.ukur.shared.Numbers.INDONESIAN));
				assertThat(entry.get("targetMin").isNull()).isTrue();
				if (entry.get("target").decimalValue().stripTrailingZeros().scale() > 0) {
					assertThat(text).as("a decimal target is written with a decimal comma").contains(",");
				}
			}
		}
		assertThat(ranges).as("Purwakarta's plan has range targets").isPositive();
		for (JsonNode indicator : recap.get("indicators")) {
			String toDate = indicator.get("targetToDate").asString();
			if (!toDate.matches("[0-9.–]+")) {
				continue;
			}
			boolean range = toDate.contains("–");
			assertThat(indicator.get(range ? "targetToDateMin" : "targetToDateValue").isNumber())
				.as(indicator.get("indicatorCode").asString())
				.isTrue();
		}
	}

	/**
	 * Every page of the round, every link the round's page offers (documents included),
	 * and the API's answers about the round: none may fail.
	 */
	private void probe(RoundDriver round, String step) {
		String base = "/rounds/" + round.id();
		List<JsonNode> entries = round.entries();
		Set<String> pages = new LinkedHashSet<>(List.of(base + "/recap", base + "/validation", base + "/journal",
				"/agencies/" + AGENCY + "/rounds", "/agencies/" + AGENCY + "/rounds/compliance",
				base + "/entries/" + entries.get(0).get("indicatorCode").asString(), base + "/report.pdf",
				base + "/report.xlsx", base + "/worksheet.xlsx"));
		entries.forEach((entry) -> pages.add(base + "/units/" + entry.get("unitCode").asString()));
		// every link of the round's page, as a person would follow them
		for (Element link : page(base, step).document().select("a[href]")) {
			String href = link.attr("href");
			if (href.startsWith(base) && !href.contains("#")) {
				pages.add(href);
			}
		}
		for (String page : pages) {
			if (page.endsWith(".pdf") || page.endsWith(".xlsx") || page.contains("/evidence/")) {
				WebSession.Download download = this.web.download(page);
				this.checked.add(page);
				assertThat(download.status()).as("%s at step '%s'", page, step).isEqualTo(200);
				assertThat(download.body()).startsWith(page.endsWith(".pdf") ? "%PDF".getBytes() : "PK".getBytes());
			}
			else {
				page(page, step);
			}
		}
		api(round, step, entries);
	}

	private WebSession.Page page(String path, String step) {
		WebSession.Page page = this.web.get(path);
		this.checked.add(path);
		assertThat(page.status()).as("page %s at step '%s'", path, step).isLessThan(500);
		return page;
	}

	private void api(RoundDriver round, String step, List<JsonNode> entries) {
		Api api = round.as("perencana");
		List<String> paths = new ArrayList<>(List.of("", "/entries", "/recap", "/action-plans", "/steps", "/seals",
				"/audit", "/report.pdf", "/report.xlsx", "/worksheet.xlsx"));
		paths.add("/entries/" + entries.get(0).get("indicatorCode").asString() + "/history");
		for (String rest : paths) {
			Api.Response response = api.get(round.path(rest));
			this.checked.add("api " + rest);
			assertThat(response.status()).as("GET %s at step '%s': %s", rest, step, response.body()).isEqualTo(200);
		}
		Api.Response list = api.get("/api/v1/agencies/" + AGENCY + "/rounds");
		assertThat(list.status()).isEqualTo(200);
	}

	private static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The texts of the first column of the first rows of every sheet. */
	private static List<String> firstCells(byte[] xlsx) {
		List<String> texts = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Sheet sheet : book) {
				for (int i = 0; i < 8; i++) {
					Row row = sheet.getRow(i);
					Cell cell = (row != null) ? row.getCell(0) : null;
					if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
						texts.add(cell.getStringCellValue());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texts;
	}

	/**
	 * Keeps the documents of the first step under target/reports for people to look at.
	 */
	private void keepEarlyDocuments(RoundDriver round) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "reports"));
			for (String document : List.of("report.pdf", "report.xlsx", "worksheet.xlsx")) {
				Files.write(dir.resolve("early-" + AGENCY + "-" + document),
						this.web.download("/rounds/" + round.id() + "/" + document).body());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
