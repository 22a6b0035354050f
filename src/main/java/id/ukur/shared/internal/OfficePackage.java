package id.ukur.shared.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Whether a ZIP that names itself an XLSX or DOCX is one: the parts the type requires,
 * nothing a browser or the system would run, a bounded amount of content once inflated (a
 * small ZIP can inflate to gigabytes), and finally opened by Apache POI as a workbook or
 * a document.
 */
final class OfficePackage {

	/** All entries together, inflated; far above any spreadsheet kept as evidence. */
	static final long MAX_INFLATED = 50L * 1024 * 1024;

	static final int MAX_ENTRIES = 2_000;

	private static final Set<String> RUNNABLE = Set.of("html", "htm", "xhtml", "shtml", "js", "mjs", "svg", "hta",
			"exe", "dll", "bat", "cmd", "com", "scr", "vbs", "ps1", "jar", "class", "sh", "swf");

	private OfficePackage() {
	}

	static boolean check(FileType type, byte[] content) {
		List<String> names = ZipNames.of(content);
		String main = (type == FileType.XLSX) ? "xl/workbook.xml" : "word/document.xml";
		if (names.isEmpty() || names.size() > MAX_ENTRIES || !names.contains("[Content_Types].xml")
				|| !names.contains("_rels/.rels") || !names.contains(main)) {
			return false;
		}
		if (names.stream().anyMatch(OfficePackage::runnable) || !inflatesWithinBounds(content)) {
			return false;
		}
		return opens(type, content);
	}

	/** A part a browser would render as a page or a system would run, or a macro. */
	static boolean runnable(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		int dot = lower.lastIndexOf('.');
		return lower.endsWith("vbaproject.bin") || (dot >= 0 && RUNNABLE.contains(lower.substring(dot + 1)));
	}

	/**
	 * Inflates every entry into nothing, counting: stops as soon as the total passes the
	 * bound, so a bomb costs no more than the bound to find.
	 */
	static boolean inflatesWithinBounds(byte[] content) {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					return false;
				}
				for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
					total += read;
					if (total > MAX_INFLATED) {
						return false;
					}
				}
			}
			return entries > 0;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean opens(FileType type, byte[] content) {
		try (InputStream input = new ByteArrayInputStream(content)) {
			if (type == FileType.XLSX) {
				try (XSSFWorkbook workbook = new XSSFWorkbook(input)) {
					return workbook.getNumberOfSheets() > 0;
				}
			}
			try (XWPFDocument document = new XWPFDocument(input)) {
				return document.getDocument() != null;
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
