package id.ukur.shared.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A client's file name becomes a safe one whose extension tells the true type. */
class SafeNamesTest {

	@ParameterizedTest(name = "[{0}] as {1} -> [{2}]")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			../../etc/passwd.pdf            | PDF  | passwd.pdf
			..\\..\\windows\\win.ini        | PDF  | win.pdf
			C:\\Users\\ani\\Desktop\\rekap.xlsx | XLSX | rekap.xlsx
			laporan tw1.PDF                 | PDF  | laporan tw1.pdf
			Laporan (final)_v-2.pdf         | PDF  | Laporan (final)_v-2.pdf
			''                              | PDF  | berkas.pdf
			NULL                            | PNG  | berkas.png
			.pdf                            | PDF  | berkas.pdf
			...                             | PDF  | berkas.pdf
			.bashrc                         | PDF  | bashrc.pdf
			foto.JPEG                       | JPEG | foto.jpeg
			foto.jpg                        | JPEG | foto.jpg
			foto.png                        | JPEG | foto.jpg
			data.xls                        | XLSX | data.xlsx
			virus.exe                       | PDF  | virus.pdf
			report.pdf.exe                  | PDF  | report.pdf.pdf
			laporan v1.2                    | PDF  | laporan v1.2.pdf
			scan                            | GIF  | scan.gif
			'  banyak    spasi   .pdf '     | PDF  | banyak spasi.pdf
			rapor<script>.pdf               | PDF  | rapor_script_.pdf
			Évaluasi Kinerja.docx           | DOCX | Évaluasi Kinerja.docx
			a:b*c?.pdf                      | PDF  | a_b_c_.pdf
			""")
	void names(String original, FileType type, String safe) {
		assertThat(SafeNames.of(original, type)).isEqualTo(safe);
	}

	@Test
	void controlCharactersAreDroppedAndOtherSpacesBecomeOne() {
		assertThat(SafeNames.of("lap\u0000or\nan\r\t.pdf", FileType.PDF)).isEqualTo("laporan.pdf");
		assertThat(SafeNames.of("capaian\u00A0\u2003iku.pdf", FileType.PDF)).isEqualTo("capaian iku.pdf");
		assertThat(SafeNames.of("a\u202Efdp.exe", FileType.PDF)).as("right-to-left override").isEqualTo("afdp.pdf");
	}

	@Test
	void longNamesAreCutKeepingTheExtension() {
		String name = SafeNames.of("a".repeat(200) + ".xlsx", FileType.XLSX);
		assertThat(name).hasSize(SafeNames.MAX_LENGTH).endsWith("a.xlsx");
		assertThat(SafeNames.of("b".repeat(115) + "  c.pdf", FileType.PDF)).isEqualTo("b".repeat(115) + ".pdf");
	}

}
