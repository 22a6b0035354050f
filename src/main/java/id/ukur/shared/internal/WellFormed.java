package id.ukur.shared.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.w3c.dom.Node;

/**
 * Whether a file whose first bytes name a type is a well-formed file of that type, read
 * with the library of that type and within bounds. The first bytes are easy to forge: a
 * page or a script can start with {@code %PDF-} or {@code GIF89a} and still be a page or
 * a script to a browser that sniffs (a polyglot). So a file must also parse as its type,
 * must not carry markup or script where a browser looks for it, and its declared sizes
 * must stay small (no decompression bombs). See docs/security.md.
 */
final class WellFormed {

	/** Browsers sniff the first 512 bytes; a little more is read to be safe. */
	private static final int HEAD = 1024;

	private static final Pattern MARKUP = Pattern.compile(
			"<(!doctype|html|head|body|script|iframe|frame|svg|object|embed|img|meta|style|link|form)",
			Pattern.CASE_INSENSITIVE);

	/** Largest side and pixel count of an accepted image (a large scan still fits). */
	static final int MAX_SIDE = 20_000;

	static final long MAX_PIXELS = 100_000_000L;

	private WellFormed() {
	}

	/**
	 * @param type the type the first bytes claim
	 * @param content the whole file
	 * @return whether the content is a well-formed, harmless file of that type
	 */
	static boolean check(FileType type, byte[] content) {
		if (hasMarkupInHead(content)) {
			return false;
		}
		return switch (type) {
			case PDF -> pdf(content);
			case PNG, JPEG -> image(content, false);
			case GIF -> image(content, true);
			case XLSX, DOCX -> OfficePackage.check(type, content);
		};
	}

	/** Markup or script in the part of a file a sniffing browser reads. */
	static boolean hasMarkupInHead(byte[] content) {
		String head = new String(content, 0, Math.min(HEAD, content.length), StandardCharsets.ISO_8859_1);
		return MARKUP.matcher(head).find() || head.toLowerCase(Locale.ROOT).contains("javascript:");
	}

	/**
	 * A PDF that PDFBox opens with at least one page and that runs no script when opened.
	 * PDFBox keeps the parsed objects in memory; the file is at most the upload limit.
	 */
	private static boolean pdf(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted() || document.getNumberOfPages() < 1) {
				return false;
			}
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			boolean openScript = catalog.getOpenAction() instanceof PDActionJavaScript;
			boolean namedScripts = catalog.getNames() != null && catalog.getNames().getJavaScript() != null;
			return !openScript && !namedScripts;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * An image that ImageIO decodes, whose size is checked from its header before any
	 * pixel is decoded. For a GIF, the logical screen must be the first frame's size: a
	 * GIF that is also a script needs bytes such as {@code /*} where the screen width is
	 * written, which makes the screen far larger than the picture.
	 */
	private static boolean image(byte[] content, boolean gif) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			var readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, false, false);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE
						|| (long) width * height > MAX_PIXELS) {
					return false;
				}
				if (gif && !screenFitsFirstFrame(reader, width, height)) {
					return false;
				}
				return reader.read(0) != null;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean screenFitsFirstFrame(ImageReader reader, int width, int height) throws IOException {
		Node screen = child(reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0"),
				"LogicalScreenDescriptor");
		Node frame = child(reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0"), "ImageDescriptor");
		if (screen == null || frame == null) {
			return false;
		}
		int screenWidth = attribute(screen, "logicalScreenWidth");
		int screenHeight = attribute(screen, "logicalScreenHeight");
		return screenWidth == attribute(frame, "imageLeftPosition") + width
				&& screenHeight == attribute(frame, "imageTopPosition") + height;
	}

	private static Node child(Node parent, String name) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (name.equals(node.getNodeName())) {
				return node;
			}
		}
		return null;
	}

	private static int attribute(Node node, String name) {
		return Integer.parseInt(node.getAttributes().getNamedItem(name).getNodeValue());
	}

}
