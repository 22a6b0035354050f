package id.ukur.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files whose first bytes claim an accepted type but which are something else too: made
 * on the spot, so no hostile file lives in the repository.
 */
public final class HostileFiles {

	private static final String SCRIPT = "<html><body><script>alert(document.domain)</script></body></html>";

	private static byte[] bomb;

	private HostileFiles() {
	}

	/** A PDF that PDFBox reads, with an HTML page in a comment right after the header. */
	public static byte[] pdfHtmlPolyglot() {
		return SampleFiles.pdf("%" + SCRIPT + "\n");
	}

	/**
	 * A GIF that ImageIO decodes and that is also a script: the logical screen width is
	 * written as the bytes {@code /*}, a comment block closes the JavaScript comment and
	 * runs a statement.
	 */
	public static byte[] gifScriptPolyglot() {
		byte[] gif = SampleFiles.image("gif");
		gif[6] = '/';
		gif[7] = '*';
		byte[] text = "*/=alert(document.domain);/*".getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// header and logical screen descriptor (13 bytes) and the global colour table,
		// then the comment extension, then the rest
		int tableEnd = 13 + (((gif[10] & 0x80) != 0) ? 3 * (1 << ((gif[10] & 0x07) + 1)) : 0);
		out.write(gif, 0, tableEnd);
		out.write(0x21);
		out.write(0xFE);
		out.write(text.length);
		out.write(text, 0, text.length);
		out.write(0);
		out.write(gif, tableEnd, gif.length - tableEnd);
		return out.toByteArray();
	}

	/**
	 * A ZIP with the parts of an XLSX whose sheet inflates to 1 GB of zeros (about 1 MB
	 * on the wire). Made once per test run.
	 */
	public static synchronized byte[] xlsxZipBomb() {
		if (bomb == null) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(out)) {
				zip.setLevel(1);
				for (Map.Entry<String, String> part : officeParts("xl/workbook.xml").entrySet()) {
					zip.putNextEntry(new ZipEntry(part.getKey()));
					zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
				zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
				byte[] zeros = new byte[1024 * 1024];
				for (int i = 0; i < 1024; i++) {
					zip.write(zeros);
				}
				zip.closeEntry();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			bomb = out.toByteArray();
		}
		return bomb.clone();
	}

	/**
	 * A ZIP with the parts of a DOCX whose first entry is an HTML page stored
	 * uncompressed, so the page sits in the first bytes a browser sniffs.
	 */
	public static byte[] docxWithHtml() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			byte[] page = SCRIPT.getBytes(StandardCharsets.UTF_8);
			ZipEntry stored = new ZipEntry("index.html");
			stored.setMethod(ZipEntry.STORED);
			stored.setSize(page.length);
			CRC32 crc = new CRC32();
			crc.update(page);
			stored.setCrc(crc.getValue());
			zip.putNextEntry(stored);
			zip.write(page);
			zip.closeEntry();
			for (Map.Entry<String, String> part : officeParts("word/document.xml").entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A real DOCX with an extra part that a browser would render as a page. */
	public static byte[] docxCarryingScript() {
		byte[] docx = SampleFiles.docx();
		return appendEntry(docx, "word/media/readme.html", SCRIPT);
	}

	private static Map<String, String> officeParts(String main) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
		parts.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>");
		parts.put(main, "<?xml version=\"1.0\"?><root/>");
		return parts;
	}

	/** Copies a ZIP's entries and adds one. */
	private static byte[] appendEntry(byte[] zipBytes, String name, String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(in.readAllBytes());
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(name));
			zip.write(text.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Arrays.copyOf(out.toByteArray(), out.size());
	}

}
