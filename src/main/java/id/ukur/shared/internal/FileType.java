package id.ukur.shared.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The accepted kinds of evidence file, each recognised by its first bytes (and, for the
 * Office formats, by the entries of the ZIP container), never by name.
 */
enum FileType {

	PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg", "jpeg"), GIF("image/gif", "gif"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

	private static final byte[] PDF_MAGIC = ascii("%PDF-");

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] GIF87 = ascii("GIF87a");

	private static final byte[] GIF89 = ascii("GIF89a");

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private final String contentType;

	private final List<String> extensions;

	FileType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	String contentType() {
		return this.contentType;
	}

	/** The usual extension, without the dot. */
	String extension() {
		return this.extensions.get(0);
	}

	/** Whether a (lower-case) extension is one this type is known by, e.g. jpeg. */
	boolean isKnownBy(String extension) {
		return this.extensions.contains(extension);
	}

	/**
	 * @param content the bytes of a file
	 * @return its type, empty when it is none of the accepted ones
	 */
	static Optional<FileType> detect(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
			return Optional.of(GIF);
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return office(ZipNames.of(content));
		}
		return Optional.empty();
	}

	/** An Office Open XML package names its parts in [Content_Types].xml. */
	private static Optional<FileType> office(List<String> names) {
		if (!names.contains("[Content_Types].xml")) {
			return Optional.empty();
		}
		if (names.stream().anyMatch((name) -> name.startsWith("xl/"))) {
			return Optional.of(XLSX);
		}
		if (names.stream().anyMatch((name) -> name.startsWith("word/"))) {
			return Optional.of(DOCX);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
