package id.ukur.sop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.WebSession;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SOP editor refuses a broken revision with every problem listed, each naming its
 * step or lane and field in words, and stores nothing.
 */
class SopEditorIT extends IntegrationTest {

	@Test
	void everyProblemIsListedWithItsPlaceInWords() {
		WebSession web = web();
		web.login("wkn-dpmk.perencana", DemoPassword.VALUE);
		String revision = api("wkn-dpmk.perencana").get("/api/v1/agencies/wkn-dpmk/sop").header("X-Ukur-Sop-Revision");
		WebSession.Page edit = web.get("/agencies/wkn-dpmk/sop/edit");
		Map<String, String> fields = fields(edit.document().selectFirst("#sop-form"));
		fields.put("steps[0].timeAmount", "0");
		fields.put("steps[1].binding", "ORDER");
		fields.put("steps[2].lanes", "gudang");
		fields.put("action", "publish");
		WebSession.Page refused = web.submit("/agencies/wkn-dpmk/sop/edit", fields);
		List<String> problems = refused.document().select("#sop-problems li").eachText();
		assertThat(problems).as(problems.toString())
			.anyMatch((p) -> p.startsWith("Langkah 1, waktu baku: waktu baku harus lebih dari nol"))
			.anyMatch((p) -> p.startsWith("Langkah 3, pelaksana: menyebut pelaksana gudang"))
			.anyMatch((p) -> p.startsWith("Langkah-langkah: SOP harus memiliki tepat satu langkah Perintah"))
			.noneMatch((p) -> p.contains("steps[") || p.contains("sop."));
		assertThat(refused.document().selectFirst("[name='steps[0].timeAmount']").val()).as("the form is kept")
			.isEqualTo("0");
		assertThat(api("wkn-dpmk.perencana").get("/api/v1/agencies/wkn-dpmk/sop").header("X-Ukur-Sop-Revision"))
			.isEqualTo(revision);
	}

	/** Every field of a form as the browser would send it. */
	private static Map<String, String> fields(Element form) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			if (input.attr("type").equals("submit") || input.tagName().equals("button")) {
				continue;
			}
			if (input.tagName().equals("select")) {
				Element selected = input.selectFirst("option[selected]");
				fields.put(input.attr("name"), (selected != null) ? selected.val() : "");
			}
			else if (input.tagName().equals("textarea")) {
				fields.put(input.attr("name"), input.wholeText());
			}
			else if (!input.attr("type").equals("checkbox") || input.hasAttr("checked")) {
				fields.put(input.attr("name"), input.val());
			}
		}
		return fields;
	}

}
