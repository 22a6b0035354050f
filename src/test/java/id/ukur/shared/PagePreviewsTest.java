package id.ukur.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pictures of documents are bounded and never fail (docs/rounds.md, "Previews").
 */
class PagePreviewsTest {

	@Test
	void picturesAPageOfAPdfWithinTheBounds() throws IOException {
		byte[] pdf = pdf(5, PDRectangle.A4);
		assertThat(PagePreviews.pageCount(pdf)).isEqualTo(5);
		assertThat(PagePreviews.pdfPage(pdf, 5, 80, 1200)).as("past the last page").isEmpty();
		assertThat(PagePreviews.pdfPage(pdf, -1, 80, 1200)).isEmpty();
		BufferedImage first = read(PagePreviews.pdfPage(pdf, 4, 80, 1200).orElseThrow());
		// A4 is 595 × 842 points: at 80 DPI about 661 × 935 pixels
		assertThat(first.getWidth()).isBetween(655, 665);
		assertThat(first.getHeight()).isBetween(930, 940);
	}

	@Test
	void aHugePageIsPicturedNoLargerThanTheSide() throws IOException {
		byte[] pdf = pdf(1, new PDRectangle(14_400, 14_400));
		BufferedImage picture = read(PagePreviews.pdfPage(pdf, 0, 36, 240).orElseThrow());
		assertThat(Math.max(picture.getWidth(), picture.getHeight())).isLessThanOrEqualTo(240);
	}

	@Test
	void scalesAnImageDownToTheSide() throws IOException {
		BufferedImage photo = new BufferedImage(3000, 1500, BufferedImage.TYPE_INT_ARGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(photo, "png", out);
		BufferedImage thumb = read(PagePreviews.image(out.toByteArray(), 240).orElseThrow());
		assertThat(thumb.getWidth()).isEqualTo(240);
		assertThat(thumb.getHeight()).isEqualTo(120);
	}

	@Test
	void whatCannotBePicturedGivesNothing() {
		byte[] garbage = "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8);
		assertThat(PagePreviews.pdfPage(garbage, 0, 80, 1200)).isEmpty();
		assertThat(PagePreviews.pageCount(garbage)).isZero();
		assertThat(PagePreviews.image(garbage, 240)).isEmpty();
		assertThat(PagePreviews.image(new byte[0], 240)).isEmpty();
	}

	private static byte[] pdf(int pages, PDRectangle size) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				document.addPage(new PDPage(size));
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private static BufferedImage read(byte[] png) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(png));
	}

}
