package id.ukur.shared.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;

import id.ukur.support.HostileFiles;
import id.ukur.support.SampleFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A file's first bytes only say what it claims to be; it is kept when the library of that
 * type reads it whole and it carries nothing a browser would run.
 */
class WellFormedTest {

	static Stream<Arguments> good() {
		return Stream.of(arguments("PDF", (Supplier<byte[]>) SampleFiles::pdf),
				arguments("PNG", (Supplier<byte[]>) () -> SampleFiles.image("png")),
				arguments("JPEG", (Supplier<byte[]>) () -> SampleFiles.image("jpg")),
				arguments("GIF", (Supplier<byte[]>) () -> SampleFiles.image("gif")),
				arguments("XLSX", (Supplier<byte[]>) SampleFiles::xlsx),
				arguments("DOCX", (Supplier<byte[]>) SampleFiles::docx));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("good")
	void wellFormedFilesOfEveryAcceptedTypePass(String label, Supplier<byte[]> file) {
		byte[] content = file.get();
		FileType type = FileType.detect(content).orElseThrow();
		assertThat(WellFormed.check(type, content)).isTrue();
	}

	static Stream<Arguments> hostile() {
		return Stream.of(arguments("PDF/HTML polyglot", (Supplier<byte[]>) HostileFiles::pdfHtmlPolyglot),
				arguments("GIF/JavaScript polyglot", (Supplier<byte[]>) HostileFiles::gifScriptPolyglot),
				arguments("1 GB zip bomb posing as XLSX", (Supplier<byte[]>) HostileFiles::xlsxZipBomb),
				arguments("ZIP with an HTML page first posing as DOCX", (Supplier<byte[]>) HostileFiles::docxWithHtml),
				arguments("DOCX carrying an HTML part", (Supplier<byte[]>) HostileFiles::docxCarryingScript),
				arguments("PDF header on an HTML page", (Supplier<byte[]>) () -> text("%PDF-1.4\n<html></html>")),
				arguments("PDF that is only a header", (Supplier<byte[]>) () -> text("%PDF-1.7\n%%EOF\n")),
				arguments("PDF that runs a script when opened", (Supplier<byte[]>) WellFormedTest::pdfWithScript),
				arguments("PNG signature then garbage", (Supplier<byte[]>) () -> truncated("png")),
				arguments("JPEG cut short", (Supplier<byte[]>) () -> truncated("jpg")),
				arguments("GIF cut short", (Supplier<byte[]>) () -> truncated("gif")),
				arguments("ZIP with only the XLSX part names",
						(Supplier<byte[]>) () -> SampleFiles.zip(java.util.Map.of("[Content_Types].xml", "<Types/>",
								"_rels/.rels", "<Relationships/>", "xl/workbook.xml", "<workbook/>"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void filesThatAreNotWellFormedOrCarryScriptsAreRefused(String label, Supplier<byte[]> file) {
		byte[] content = file.get();
		FileType claimed = FileType.detect(content).orElseThrow();
		assertThat(WellFormed.check(claimed, content)).isFalse();
	}

	@org.junit.jupiter.api.Test
	void aZipBombIsStoppedByTheInflatedBoundNotUnpackedWhole() {
		long started = System.nanoTime();
		assertThat(OfficePackage.inflatesWithinBounds(HostileFiles.xlsxZipBomb())).isFalse();
		assertThat(OfficePackage.inflatesWithinBounds(SampleFiles.xlsx())).isTrue();
		assertThat(OfficePackage.runnable("word/media/x.HTML")).isTrue();
		assertThat(OfficePackage.runnable("xl/vbaProject.bin")).isTrue();
		assertThat(OfficePackage.runnable("word/document.xml")).isFalse();
		assertThat(System.nanoTime() - started).isLessThan(java.time.Duration.ofSeconds(20).toNanos());
	}

	private static byte[] pdfWithScript() {
		String pdf = new String(SampleFiles.pdf(), StandardCharsets.US_ASCII);
		return pdf
			.replace("<< /Type /Catalog /Pages 2 0 R >>",
					"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] truncated(String format) {
		byte[] image = SampleFiles.image(format);
		return java.util.Arrays.copyOf(image, Math.min(image.length, 12));
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
