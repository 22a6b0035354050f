package id.ukur.shared.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import id.ukur.support.SampleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Files are recognised by their content; names and declared types play no part. */
class FileTypeTest {

	static Stream<Arguments> accepted() {
		return Stream.of(arguments("PDF", sample(SampleFiles::pdf), FileType.PDF, "application/pdf"),
				arguments("PNG", sample(() -> SampleFiles.image("png")), FileType.PNG, "image/png"),
				arguments("JPEG", sample(() -> SampleFiles.image("jpg")), FileType.JPEG, "image/jpeg"),
				arguments("GIF", sample(() -> SampleFiles.image("gif")), FileType.GIF, "image/gif"),
				arguments("XLSX", sample(SampleFiles::xlsx), FileType.XLSX,
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				arguments("DOCX", sample(SampleFiles::docx), FileType.DOCX,
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	void acceptedKindsAreRecognised(String label, Supplier<byte[]> content, FileType type, String contentType) {
		assertThat(FileType.detect(content.get())).contains(type);
		assertThat(type.contentType()).isEqualTo(contentType);
	}

	static Stream<Arguments> refused() {
		return Stream.of(arguments("Windows program renamed .pdf", text("MZ\u0090\u0000\u0003 This program")),
				arguments("HTML page", text("<!DOCTYPE html><html><body>laporan</body></html>")),
				arguments("plain text", text("Capaian IKU-01: 95%")),
				arguments("PDF marker not at the start", text(" %PDF-1.4\n")),
				arguments("SVG image", text("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")),
				arguments("old Excel (OLE2)", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0)),
				arguments("plain ZIP", SampleFiles.zip(Map.of("laporan.txt", "isi"))),
				arguments("PowerPoint package", office("ppt/presentation.xml")),
				arguments("ZIP with xl/ but no [Content_Types].xml",
						SampleFiles.zip(Map.of("xl/workbook.xml", "<workbook/>"))),
				arguments("truncated XLSX", truncated(SampleFiles.xlsx())),
				arguments("only a ZIP signature", bytes('P', 'K', 3, 4)),
				arguments("too short for any signature", bytes(0xFF, 0xD8)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void otherContentIsRefused(String label, byte[] content) {
		assertThat(FileType.detect(content)).isEmpty();
	}

	@Test
	void officePackagesAreToldApartByTheirParts() {
		assertThat(FileType.detect(office("xl/workbook.xml"))).isEqualTo(Optional.of(FileType.XLSX));
		assertThat(FileType.detect(office("word/document.xml"))).isEqualTo(Optional.of(FileType.DOCX));
	}

	@Test
	void zipNamesAreReadFromTheCentralDirectory() {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", "<Types/>");
		entries.put("xl/worksheets/sheet1.xml", "<worksheet/>");
		byte[] zip = SampleFiles.zip(entries);
		assertThat(ZipNames.of(zip)).containsExactly("[Content_Types].xml", "xl/worksheets/sheet1.xml");
		assertThat(ZipNames.of(truncated(zip))).isEmpty();
		assertThat(ZipNames.of(new byte[0])).isEmpty();
	}

	private static byte[] office(String part) {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", "<Types/>");
		entries.put(part, "<x/>");
		return SampleFiles.zip(entries);
	}

	private static byte[] truncated(byte[] content) {
		return Arrays.copyOf(content, content.length / 2);
	}

	private static Supplier<byte[]> sample(Supplier<byte[]> maker) {
		return maker;
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

}
