package id.ukur.sop;

import java.io.IOException;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official rendering of a seed SOP on the page and in the PDF: the identity block
 * prints the approval date, the Keterangan column holds only what the SOP writes, and the
 * encoder's readings appear beside the document on the page, never in it.
 */
class SopDocumentIT extends IntegrationTest {

	/** Way Kanan's reading of step 6, which its Keterangan printed before. */
	private static final String READING = "Dibaca CALCULATE";

	@Test
	void theApprovalDateIsPrintedInTheIdentityBlock() throws IOException {
		WebSession browser = web();
		browser.login("wkn-dpmk.kepala", DemoPassword.VALUE);
		WebSession.Page page = browser.get("/agencies/wkn-dpmk/sop");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().selectFirst("#sop-identity").text()).contains("Tanggal pengesahan");
		assertThat(page.text("#sop-approved-on")).isEqualTo("10 Januari 2022");
		assertThat(pdfText(browser, "/agencies/wkn-dpmk/sop.pdf")).contains("Tanggal pengesahan")
			.contains("10 Januari 2022");
	}

	@Test
	void readingsAreKeptApartFromTheOfficialDocument() throws IOException {
		WebSession browser = web();
		browser.login("wkn-dpmk.perencana", DemoPassword.VALUE);
		WebSession.Page page = browser.get("/agencies/wkn-dpmk/sop");
		assertThat(page.document().select("table.sop-chart").text()).doesNotContain(READING)
			.doesNotContain("SOP tidak menandai lajur");
		assertThat(page.text("#sop-readings")).contains(READING);
		assertThat(pdfText(browser, "/agencies/wkn-dpmk/sop.pdf")).doesNotContain(READING)
			.doesNotContain("SOP tidak menandai");
		WebSession.Page editor = browser.get("/agencies/wkn-dpmk/sop/edit");
		assertThat(editor.document().select("textarea[name$=.reading]").text()).contains(READING);

		Api.Response json = api("wkn-dpmk.perencana").get("/api/v1/agencies/wkn-dpmk/sop");
		assertThat(json.json().get("steps").get(5).get("reading").asString()).contains(READING);
		assertThat(json.json().get("steps").get(5).get("remarks").isNull()).isTrue();
	}

	@Test
	void aReadingWrittenInYamlIsStoredExportedAndStaysOffTheDocument() throws IOException {
		Api planner = api("pwk-dkupp.perencana");
		Api.Response read = planner.get("/api/v1/agencies/pwk-dkupp/sop?format=yaml");
		String yaml = read.body();
		String changed = yaml.replaceFirst("reading: null", "reading: Lajur dibaca dari catatan rapat uji");
		assertThat(changed).isNotEqualTo(yaml);
		assertThat(planner
			.putAs("/api/v1/agencies/pwk-dkupp/sop?note=uji&basedOn=" + read.header("X-Ukur-Sop-Revision"), changed,
					"application/yaml")
			.status()).isEqualTo(200);
		assertThat(planner.get("/api/v1/agencies/pwk-dkupp/sop?format=yaml").body()).isEqualTo(changed);
		WebSession browser = web();
		browser.login("pwk-dkupp.perencana", DemoPassword.VALUE);
		assertThat(browser.get("/agencies/pwk-dkupp/sop").text("#sop-readings"))
			.contains("Lajur dibaca dari catatan rapat uji");
		assertThat(pdfText(browser, "/agencies/pwk-dkupp/sop.pdf")).doesNotContain("catatan rapat uji");
	}

	private static String pdfText(WebSession browser, String path) throws IOException {
		WebSession.Download pdf = browser.download(path);
		assertThat(pdf.status()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			// lines the PDF wraps are joined, so a phrase is found wherever it breaks
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
