package id.ukur.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import id.ukur.shared.FileStore.StoredFile;
import id.ukur.support.IntegrationTest;
import id.ukur.support.SampleFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Evidence files go into the shared database and come back byte for byte. */
class DatabaseFileStoreIT extends IntegrationTest {

	@Autowired
	FileStore files;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void storesDescribesAndReadsBack() throws Exception {
		byte[] pdf = SampleFiles.pdf();
		StoredFile stored = this.files.store("C:\\Dokumen\\Laporan TW1.PDF", pdf);
		assertThat(UUID.fromString(stored.key())).isNotNull();
		assertThat(stored.fileName()).isEqualTo("Laporan TW1.pdf");
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		assertThat(this.files.describe(stored.key())).contains(stored);
		assertThat(this.files.content(stored.key())).isEqualTo(pdf);
	}

	@Test
	void theTypeComesFromTheContent() {
		byte[] workbook = SampleFiles.xlsx();
		StoredFile stored = this.files.store("capaian.pdf", workbook);
		assertThat(stored.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(stored.fileName()).isEqualTo("capaian.xlsx");
		assertThat(this.files.content(stored.key())).isEqualTo(workbook);
		StoredFile image = this.files.store(null, SampleFiles.image("png"));
		assertThat(image.fileName()).isEqualTo("berkas.png");
		assertThat(image.key()).isNotEqualTo(stored.key());
	}

	@Test
	void unknownKeysAreNotFound() {
		String unknown = UUID.randomUUID().toString();
		assertThat(this.files.describe(unknown)).isEmpty();
		assertThatThrownBy(() -> this.files.content(unknown)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void refusesEmptyOversizedAndUnacceptedFiles() {
		assertThatThrownBy(() -> this.files.store("kosong.pdf", new byte[0])).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).singleElement()
					.satisfies((problem) -> assertThat(problem.field()).isEqualTo("file"))
					.satisfies((problem) -> assertThat(problem.code()).isEqualTo("validation.file.empty")));
		byte[] oversized = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(SampleFiles.pdf(), 0, oversized, 0, 8);
		assertThatThrownBy(() -> this.files.store("besar.pdf", oversized)).isInstanceOfSatisfying(
				PayloadTooLargeException.class,
				(ex) -> assertThat(ex.problems().get(0).args()).containsExactly("10 MB"));
		assertThatThrownBy(
				() -> this.files.store("program.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
			.isInstanceOfSatisfying(UnsupportedTypeException.class,
					(ex) -> assertThat(ex.problems().get(0).code()).isEqualTo("validation.file.type"));
		assertThatThrownBy(() -> this.files.store("halaman.pdf", "<html></html>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnsupportedTypeException.class);
	}

	@Test
	void aFileStoredInARolledBackTransactionIsGone() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		String key = transaction.execute((status) -> {
			String stored = this.files.store("sementara.png", SampleFiles.image("png")).key();
			status.setRollbackOnly();
			return stored;
		});
		assertThat(this.files.describe(key)).isEmpty();
	}

}
