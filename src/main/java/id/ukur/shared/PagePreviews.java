package id.ukur.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Small PNG pictures of documents for the pages (docs/rounds.md, "Previews"): an image
 * scaled down, the pages of a PDF rendered by PDFBox. Bounded: a PDF page is rendered at
 * the given DPI but never wider or taller than the given side, at most the given number
 * of pages; an image is decoded subsampled so a large scan costs little memory. Anything
 * that cannot be pictured gives nothing (the page then shows the file's name only), never
 * an error.
 */
public final class PagePreviews {

	/** Largest side and pixel count of an image pictured (as uploads accept). */
	private static final long MAX_PIXELS = 100_000_000L;

	private PagePreviews() {
	}

	/**
	 * @param pdf the PDF
	 * @return how many pages it has, 0 when it is not a PDF PDFBox opens
	 */
	public static int pageCount(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * @param pdf the PDF
	 * @param index the page, from 0
	 * @param dpi the resolution of the picture
	 * @param maxSide the largest width or height of the picture, in pixels
	 * @return the picture of that page, or empty when there is no such page or it cannot
	 * be rendered
	 */
	public static Optional<byte[]> pdfPage(byte[] pdf, int index, float dpi, int maxSide) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (index < 0 || index >= document.getNumberOfPages()) {
				return Optional.empty();
			}
			PDFRenderer renderer = new PDFRenderer(document);
			renderer.setSubsamplingAllowed(true);
			PDRectangle box = document.getPage(index).getCropBox();
			float scale = Math.min(dpi / 72f, maxSide / Math.max(1f, Math.max(box.getWidth(), box.getHeight())));
			return Optional.of(png(renderer.renderImage(index, scale, ImageType.RGB)));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * @param content a PNG, JPEG or GIF image
	 * @param maxSide the largest width or height of the picture, in pixels
	 * @return the picture, or empty when the content is not an image ImageIO reads
	 */
	public static Optional<byte[]> image(byte[] content, int maxSide) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in) : null;
			if (readers == null || !readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
					return Optional.empty();
				}
				// decode only every n-th pixel: a 6000 px photo never sits whole in
				// memory
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / (maxSide * 2));
				param.setSourceSubsampling(step, step, 0, 0);
				return Optional.of(png(fit(reader.read(0, param), maxSide)));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static BufferedImage fit(BufferedImage source, int maxSide) {
		double scale = Math.min(1d, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			// a transparent image on white, as it prints
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
