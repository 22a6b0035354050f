package id.ukur.web;

import java.util.LinkedHashMap;
import java.util.Map;

import id.ukur.support.Api;
import id.ukur.support.DemoPassword;
import id.ukur.support.HostileFiles;
import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import id.ukur.support.SampleFiles;
import id.ukur.support.WebSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence through the real stack: files whose first bytes claim an accepted type but
 * whose content is not a well-formed file of it are refused with a message naming the
 * type; good files of every type are kept and come back as downloads the browser does not
 * sniff.
 */
class HostileUploadsIT extends IntegrationTest {

	@Test
	void hostileFilesAreRefusedAndGoodOnesAreKeptAndDownloadedAsNosniffAttachments() {
		RoundDriver round = rounds("wkn-dpmk");
		round.order("kepala", "S1", null);
		round.completeStep("sekretaris", 2, "Perintah kepada perencana");
		round.post("perencana", "/forms/prepare", null);
		String code = round.entries()
			.stream()
			.filter((entry) -> entry.get("unitCode").asString().equals("PM"))
			.findFirst()
			.orElseThrow()
			.get("indicatorCode")
			.asString();
		String evidence = round.path("/entries/" + code + "/evidence");
		Api staff = round.as("pm.staf");

		Map<String, byte[]> hostile = new LinkedHashMap<>();
		hostile.put("PDF|laporan.pdf", HostileFiles.pdfHtmlPolyglot());
		hostile.put("GIF|foto.gif", HostileFiles.gifScriptPolyglot());
		hostile.put("XLSX|data.xlsx", HostileFiles.xlsxZipBomb());
		hostile.put("DOCX|surat.docx", HostileFiles.docxWithHtml());
		hostile.forEach((label, content) -> {
			Api.Response refused = staff.acceptLanguage("en")
				.postFile(evidence, "file", label.split("\\|")[1], content, "application/octet-stream");
			assertThat(refused.status()).as(label + ": " + refused.body()).isEqualTo(415);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
			assertThat(refused.json().get("errors").get(0).get("message").asString()).as(label)
				.contains("cannot be read as a complete and safe " + label.split("\\|")[0] + " file");
		});

		Map<String, byte[]> good = new LinkedHashMap<>();
		good.put("bukti.pdf", SampleFiles.pdf());
		good.put("foto.png", SampleFiles.image("png"));
		good.put("foto.jpg", SampleFiles.image("jpg"));
		good.put("foto.gif", SampleFiles.image("gif"));
		good.put("data.xlsx", SampleFiles.xlsx());
		good.put("surat.docx", SampleFiles.docx());
		WebSession browser = web();
		browser.login("wkn-dpmk.pm.staf", DemoPassword.VALUE);
		good.forEach((name, content) -> {
			Api.Response kept = staff.postFile(evidence, "file", name, content, "application/octet-stream");
			assertThat(kept.status()).as(name + ": " + kept.body()).isEqualTo(201);
			JsonNode view = kept.json();
			WebSession.Download download = browser
				.download("/rounds/" + round.id() + "/evidence/" + view.get("id").asLong());
			assertThat(download.status()).as(name).isEqualTo(200);
			assertThat(download.body()).as(name).isEqualTo(content);
			assertThat(download.header("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
			assertThat(download.header("Content-Disposition")).as(name).startsWith("attachment;").contains(name);
		});
	}

}
