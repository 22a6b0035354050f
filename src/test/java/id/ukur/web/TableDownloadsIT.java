package id.ukur.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.MachineWords;
import id.ukur.support.RoundDriver;
import id.ukur.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every table can be downloaded as XLSX from the link beside it, with the page's headings
 * and rows and the page's permission; the journal is filtered, counted and paged by the
 * database and its download honours the filters; the recap says which cap its roll-ups
 * used (docs/formats.md, docs/journal.md, docs/calculation.md). Owns the round of
 * pbl-disperinaker YEAR (2026).
 */
class TableDownloadsIT extends IntegrationTest {

	private static final String AGENCY = "pbl-disperinaker";

	private static RoundDriver round;

	private WebSession web;

	@BeforeEach
	void signIn() {
		synchronized (TableDownloadsIT.class) {
			if (round == null) {
				RoundDriver ordered = rounds(AGENCY);
				ordered.order("kepala", "YEAR", null);
				ordered.post("sekretaris", "/forms/prepare", null);
				round = ordered;
			}
		}
		this.web = web();
		assertThat(this.web.login(AGENCY + ".perencana", DemoPassword.VALUE).status()).isEqualTo(200);
	}

	@Test
	void theRoundsComplianceAndValidationTablesDownloadWithTheirHeadersAndRows() throws IOException {
		List<List<String>> rounds = sheet(link("/agencies/" + AGENCY + "/rounds", "#rounds-xlsx"));
		assertThat(rounds.get(0)).startsWith("Periode", "Status");
		assertThat(rounds).anySatisfy((row) -> assertThat(row).startsWith("Tahunan 2026"));

		List<List<String>> compliance = sheet(link("/agencies/" + AGENCY + "/rounds/compliance", "#compliance-xlsx"));
		assertThat(compliance.get(0)).startsWith("No", "Kegiatan", "Waktu baku");
		assertThat(compliance).hasSizeGreaterThan(1);
		assertThat(compliance.get(1).get(0)).isEqualTo("1");

		List<List<String>> validation = sheet(link("/rounds/" + round.id() + "/validation", "#validation-xlsx"));
		assertThat(validation.get(0)).startsWith("Unit", "Kode", "Indikator kinerja");
		JsonNode entry = round.entries().get(0);
		assertThat(validation)
			.anySatisfy((row) -> assertThat(row.get(1)).isEqualTo(entry.get("indicatorCode").asString()));
		assertThat(validation.subList(1, validation.size())).allSatisfy((row) -> assertThat(row.get(11)).isIn("Kosong",
				"Draf", "Dikirim", "Dikembalikan", "Diterima", "Tidak dilaporkan"));

		WebSession other = web();
		other.login("lpk-disperinaker.perencana", DemoPassword.VALUE);
		assertThat(other.download("/agencies/" + AGENCY + "/rounds.xlsx").status()).isIn(403, 404);
		assertThat(other.download("/rounds/" + round.id() + "/validation.xlsx").status()).isIn(403, 404);
	}

	@Test
	void theJournalIsFilteredCountedAndPagedAndItsDownloadHonoursTheFilters() throws IOException {
		String path = "/agencies/" + AGENCY + "/journal";
		WebSession.Page byRound = this.web.get(path + "?round=" + round.id() + "&kind=ROUND");
		assertThat(byRound.status()).isEqualTo(200);
		long lines = this.jdbc.sql("select count(*) from audit_entry where round_id = ?")
			.param(round.id())
			.query(Long.class)
			.single();
		assertThat(byRound.text("#journal-total")).startsWith("Ditemukan " + lines + " baris");
		assertThat(byRound.document().selectFirst("#round").attr("value")).isEqualTo(String.valueOf(round.id()));

		List<List<String>> rows = sheet(link(path + "?round=" + round.id() + "&kind=ROUND", "#journal-xlsx"));
		assertThat(rows.get(0)).startsWith("Waktu", "Oleh", "Jenis", "Tindakan");
		assertThat(rows).hasSize((int) lines + 1);
		assertThat(rows.subList(1, rows.size())).allSatisfy((row) -> assertThat(row.get(2)).isEqualTo("Pengukuran"));

		WebSession.Page bad = this.web.get(path + "?until=besok&round=x&since=2026-02-01");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.document().select("#until.is-invalid, #round.is-invalid")).hasSize(2);
		assertThat(bad.document().selectFirst("#since").attr("value")).isEqualTo("2026-02-01");
		assertThat(bad.text("#journal-filter-problems")).contains("sampai").contains("Nomor pengukuran");
		assertThat(this.web.get(path + "?since=2026-03-02&until=2026-03-01").text("#journal-filter-problems"))
			.contains("sesudah");

		WebSession.Page pageOne = this.web.get(path + "?size=1");
		assertThat(pageOne.document().select("#journal-table tbody tr")).hasSize(1);
		assertThat(pageOne.document().select("#journal-pages .page-link")).isNotEmpty();

		Api.Response api = tokenApi(AGENCY + ".perencana")
			.get("/api/v1/agencies/" + AGENCY + "/journal?round=" + round.id() + "&size=1");
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.json().get("total").asLong()).isEqualTo(lines);
		assertThat(api.json().get("lines")).hasSize(1);
		assertThat(tokenApi(AGENCY + ".perencana").get("/api/v1/agencies/" + AGENCY + "/journal?until=x").status())
			.isEqualTo(400);
	}

	@Test
	void theRecapSaysWhichCapItsRollUpsUse() {
		WebSession.Page recap = this.web.get("/rounds/" + round.id() + "/recap");
		assertThat(recap.status()).isEqualTo(200);
		assertThat(recap.text("#recap-cap")).matches("Capaian (dibatasi paling tinggi [0-9.,]+ %|tanpa batas).*");
		assertThat(MachineWords.in(recap.text("main"))).isEmpty();
	}

	private String link(String page, String selector) {
		WebSession.Page shown = this.web.get(page);
		assertThat(shown.status()).as(page).isEqualTo(200);
		var link = shown.document().selectFirst(selector);
		assertThat(link).as(selector + " on " + page).isNotNull();
		return link.attr("href");
	}

	/** The first sheet's cell texts, row by row; checks the download is an XLSX. */
	private List<List<String>> sheet(String href) throws IOException {
		WebSession.Download download = this.web.download(href);
		assertThat(download.status()).as(href).isEqualTo(200);
		assertThat(download.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
		assertThat(download.header("Content-Disposition")).contains("attachment").contains(".xlsx");
		List<List<String>> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					var cell = row.getCell(i);
					cells.add((cell == null) ? ""
							: (cell.getCellType() == CellType.NUMERIC && !formatter.formatCellValue(cell).contains("/"))
									? String.valueOf((long) cell.getNumericCellValue())
									: formatter.formatCellValue(cell));
				}
				rows.add(cells);
			}
		}
		assertThat(MachineWords.in(String.join(" ", rows.stream().flatMap(List::stream).toList()))).isEmpty();
		return rows;
	}

}
