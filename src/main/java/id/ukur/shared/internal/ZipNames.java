package id.ukur.shared.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the entry names of a ZIP archive held in memory by reading its central directory
 * only. Nothing is inflated, so a small upload cannot make the check unpack gigabytes (a
 * ZIP bomb) as walking it with {@code ZipInputStream} would.
 */
final class ZipNames {

	private static final int END_SIGNATURE = 0x06054b50;

	private static final int ENTRY_SIGNATURE = 0x02014b50;

	private static final int END_LENGTH = 22;

	private static final int ENTRY_LENGTH = 46;

	private ZipNames() {
	}

	/**
	 * @param zip the archive's bytes
	 * @return the entry names, empty when the bytes are not a readable archive (ZIP64
	 * archives included: no accepted file is that large)
	 */
	static List<String> of(byte[] zip) {
		int end = endOfDirectory(zip);
		if (end < 0) {
			return List.of();
		}
		int count = u16(zip, end + 10);
		long size = u32(zip, end + 12);
		long offset = u32(zip, end + 16);
		if (offset + size > end) {
			return List.of();
		}
		List<String> names = new ArrayList<>(count);
		int at = (int) offset;
		for (int i = 0; i < count; i++) {
			if (at + ENTRY_LENGTH > end || u32(zip, at) != ENTRY_SIGNATURE) {
				return List.of();
			}
			int nameLength = u16(zip, at + 28);
			int next = at + ENTRY_LENGTH + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
			if (next > end) {
				return List.of();
			}
			names.add(new String(zip, at + ENTRY_LENGTH, nameLength, StandardCharsets.UTF_8));
			at = next;
		}
		return names;
	}

	/** The end record sits in the last 22 bytes plus a comment of up to 65535 bytes. */
	private static int endOfDirectory(byte[] zip) {
		int last = zip.length - END_LENGTH;
		int first = Math.max(0, last - 0xFFFF);
		for (int at = last; at >= first; at--) {
			if (u32(zip, at) == END_SIGNATURE) {
				return at;
			}
		}
		return -1;
	}

	private static int u16(byte[] bytes, int at) {
		return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
	}

	private static long u32(byte[] bytes, int at) {
		return (u16(bytes, at) | (long) u16(bytes, at + 2) << 16);
	}

}
