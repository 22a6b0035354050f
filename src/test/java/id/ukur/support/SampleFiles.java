package id.ukur.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Tiny but real files of every accepted kind, and a few refused ones, made on the spot.
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	/**
	 * A complete one-page PDF: catalog, page tree, page and a cross-reference table with
	 * the true offsets.
	 */
	public static byte[] pdf() {
		return pdf("");
	}

	/**
	 * The same PDF with lines (e.g. comments) between the header and the first object.
	 */
	public static byte[] pdf(String afterHeader) {
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n").append(afterHeader);
		StringBuilder xref = new StringBuilder("xref\n0 4\n0000000000 65535 f \n");
		for (int i = 0; i < objects.length; i++) {
			xref.append(String.format("%010d 00000 n \n", pdf.length()));
			pdf.append(i + 1).append(" 0 obj ").append(objects[i]).append(" endobj\n");
		}
		int start = pdf.length();
		pdf.append(xref).append("trailer << /Size 4 /Root 1 0 R >>\nstartxref\n").append(start).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** A 2×2 image in the given ImageIO format: png, jpg or gif. */
	public static byte[] image(String format) {
		BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0x336699);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("IKU").createRow(0).createCell(0).setCellValue("Capaian");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Laporan");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A ZIP archive holding the given entries (name to text). */
	public static byte[] zip(Map<String, String> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
