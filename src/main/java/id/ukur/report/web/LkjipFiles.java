package id.ukur.report.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The LKjIP downloads: XLSX and DOCX, as attachments named after the agency and year. */
final class LkjipFiles {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private LkjipFiles() {
	}

	static ResponseEntity<byte[]> file(byte[] content, MediaType type, String agency, int year) {
		String name = "lkjip-bab3-" + agency + "-" + year + (XLSX.equals(type) ? ".xlsx" : ".docx");
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

}
