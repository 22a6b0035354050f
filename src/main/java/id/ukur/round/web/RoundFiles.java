package id.ukur.round.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Downloads of a round's documents. */
final class RoundFiles {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private RoundFiles() {
	}

	static ResponseEntity<byte[]> pdf(byte[] content, String name) {
		return file(content, MediaType.APPLICATION_PDF, ContentDisposition.inline().filename(name).build());
	}

	static ResponseEntity<byte[]> xlsx(byte[] content, String name) {
		return file(content, XLSX, ContentDisposition.attachment().filename(name).build());
	}

	static ResponseEntity<byte[]> file(byte[] content, MediaType type, ContentDisposition disposition) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(content);
	}

}
