package id.ukur.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How much one request may carry, in one place (the table in docs/security.md, "Request
 * sizes, uploads and hostile files"). Every limit sits far above what an agency's real
 * documents need (the demo plans are about 50 KB of JSON, the seed SOPs about 20 steps)
 * and far below what would hold a server thread for long. Evidence files have their own
 * setting, {@code ukur.evidence.max-bytes}; form posts are bounded by the servlet
 * container ({@code server.tomcat.max-http-form-post-size}, 2 MB).
 */
public final class Limits {

	private static final long KILOBYTE = 1024;

	private static final long MEGABYTE = 1024 * KILOBYTE;

	/** A JSON body of the API (a whole plan document is the largest one). */
	public static final long JSON_BODY = MEGABYTE;

	/** An SOP definition, YAML or JSON, by the API or uploaded on the SOP pages. */
	public static final long SOP_DEFINITION = 512 * KILOBYTE;

	/** A plan workbook uploaded for import. */
	public static final long PLAN_WORKBOOK = 5 * MEGABYTE;

	/** Rows of the plan workbook's sheet (nodes and indicators together). */
	public static final int PLAN_WORKBOOK_ROWS = 2_000;

	/** Steps of one SOP definition. */
	public static final int SOP_STEPS = 200;

	/** Lanes (roles) of one SOP definition. */
	public static final int SOP_LANES = 30;

	private Limits() {
	}

	/**
	 * Reads a request body that may hold at most {@code limit} bytes: refused on its
	 * declared length before anything is read, and counted while reading for a body that
	 * declares none (chunked), so an over-long body is never kept whole.
	 * @param body the body
	 * @param declaredLength the Content-Length, -1 when there is none
	 * @param limit the most bytes accepted
	 * @param field the field a refusal names
	 * @return the bytes
	 * @throws PayloadTooLargeException when the body is longer than the limit
	 */
	public static byte[] read(InputStream body, long declaredLength, long limit, String field) throws IOException {
		if (declaredLength > limit) {
			throw tooLarge(field, limit);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declaredLength, limit)));
		byte[] buffer = new byte[8192];
		long total = 0;
		for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
			total += read;
			if (total > limit) {
				throw tooLarge(field, limit);
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	/** The refusal of a body or file over a limit, naming the limit as people say it. */
	public static PayloadTooLargeException tooLarge(String field, long limit) {
		return new PayloadTooLargeException(field, "validation.body.tooLarge", readable(limit));
	}

	/** A size as people say it: "10 MB", or in KB when it is no whole number of MB. */
	public static String readable(long bytes) {
		return (bytes % MEGABYTE == 0) ? (bytes / MEGABYTE) + " MB" : Math.max(1, bytes / KILOBYTE) + " KB";
	}

}
