package id.ukur.round;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Evidence files that look like what units upload: a photo and a two-page letter. */
final class EvidenceSamples {

	private EvidenceSamples() {
	}

	/** A 1600 × 1000 "photo" of an activity: a large image, pictured small. */
	static byte[] photo() {
		BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x2e7d6f));
		g.fillRect(0, 0, 1600, 1000);
		g.setColor(new Color(0xf4d35e));
		g.fillOval(1100, 120, 300, 300);
		g.setColor(Color.WHITE);
		g.fillRect(150, 550, 1300, 300);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 96));
		g.drawString("Pelatihan IKM 2025", 220, 740);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A two-page A4 letter with a heading and lines of text. */
	static byte[] letter() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int p = 1; p <= 2; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream text = new PDPageContentStream(document, page)) {
					text.setNonStrokingColor(new Color(0x1f4e79));
					text.addRect(50, 760, 495, 40);
					text.fill();
					text.beginText();
					text.setNonStrokingColor(Color.WHITE);
					text.setFont(bold, 20);
					text.newLineAtOffset(62, 773);
					text.showText("LAPORAN BIDANG - halaman " + p);
					text.setNonStrokingColor(Color.BLACK);
					text.setFont(plain, 12);
					for (int line = 0; line < 30; line++) {
						text.newLineAtOffset(0, (line == 0) ? -40 : -20);
						text.showText("Realisasi kegiatan pembinaan industri kecil menengah, baris " + (line + 1));
					}
					text.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
