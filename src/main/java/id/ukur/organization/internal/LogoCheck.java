package id.ukur.organization.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import id.ukur.shared.InvalidInputException;

/**
 * Checks a region's logo by its content, never by its name (docs/security.md, "Uploads"):
 * PNG or JPEG by the first bytes, at most {@value #MAX_BYTES} bytes, read by the image
 * library of its type, whose header must give at most {@value #MAX_PIXELS} pixels each
 * way before the image is decoded (a small file cannot unpack into a huge picture).
 */
final class LogoCheck {

	static final String FIELD = "logo";

	/** 512 KB: a logo printed 2 cm wide needs far less. */
	static final int MAX_BYTES = 512 * 1024;

	static final int MAX_PIXELS = 2000;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private LogoCheck() {
	}

	/**
	 * @return the logo's content type, {@code image/png} or {@code image/jpeg}
	 * @throws InvalidInputException naming the field {@value #FIELD}
	 */
	static String check(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException(FIELD, "letterhead.logo.tooLarge", MAX_BYTES / 1024);
		}
		String type = startsWith(content, PNG) ? "image/png" : startsWith(content, JPEG) ? "image/jpeg" : null;
		if (type == null) {
			throw new InvalidInputException(FIELD, "letterhead.logo.type");
		}
		read(content, type);
		return type;
	}

	private static void read(byte[] content, String type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
		if (!readers.hasNext()) {
			throw new IllegalStateException("Every Java runtime reads " + type);
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(in, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width > MAX_PIXELS || height > MAX_PIXELS) {
				throw new InvalidInputException(FIELD, "letterhead.logo.dimensions", MAX_PIXELS, width, height);
			}
			// decoded once here so that a damaged file is refused now, not when a
			// document is printed
			reader.read(0);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException refused) {
				throw refused;
			}
			throw new InvalidInputException(FIELD, "letterhead.logo.broken");
		}
		finally {
			reader.dispose();
		}
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
