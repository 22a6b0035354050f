package id.ukur.shared.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import id.ukur.shared.FileStore;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.Limits;
import id.ukur.shared.NotFoundException;
import id.ukur.shared.PayloadTooLargeException;
import id.ukur.shared.FileStore.StoredFile;
import id.ukur.shared.UnsupportedTypeException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps files in the database every node shares (table {@code stored_file}), so no node
 * needs its own disk. Statements join the caller's transaction.
 */
@Repository
class DatabaseFileStore implements FileStore {

	private static final String FIELD = "file";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final long maxBytes;

	DatabaseFileStore(JdbcClient jdbc, Clock clock, @Value("${ukur.evidence.max-bytes:10485760}") long maxBytes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	@Override
	public StoredFile store(String originalName, byte[] content) {
		FileType type = checked(content);
		// the first bytes are easy to forge: the whole file must read as its type
		if (!WellFormed.check(type, content)) {
			throw new UnsupportedTypeException(FIELD, "validation.file.malformed", type.name());
		}
		return keep(originalName, content, type);
	}

	@Override
	public StoredFile storeRendered(String name, byte[] content) {
		return keep(name, content, checked(content));
	}

	private FileType checked(byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException(FIELD, "validation.file.empty");
		}
		if (content.length > this.maxBytes) {
			throw new PayloadTooLargeException(FIELD, "validation.file.tooLarge", Limits.readable(this.maxBytes));
		}
		return FileType.detect(content).orElseThrow(() -> new UnsupportedTypeException(FIELD, "validation.file.type"));
	}

	private StoredFile keep(String originalName, byte[] content, FileType type) {
		StoredFile file = new StoredFile(UUID.randomUUID().toString(), SafeNames.of(originalName, type),
				type.contentType(), content.length, sha256(content));
		this.jdbc
			.sql("insert into stored_file (file_key, file_name, content_type, size_bytes, sha256, content, created_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?)")
			.params(file.key(), file.fileName(), file.contentType(), file.size(), file.sha256(), content,
					Timestamp.from(this.clock.instant()))
			.update();
		return file;
	}

	@Override
	public Optional<StoredFile> describe(String key) {
		return this.jdbc
			.sql("select file_key, file_name, content_type, size_bytes, sha256 from stored_file where file_key = ?")
			.param(key)
			.query(DatabaseFileStore::row)
			.optional();
	}

	@Override
	public byte[] content(String key) {
		return this.jdbc.sql("select content from stored_file where file_key = ?")
			.param(key)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.orElseThrow(() -> new NotFoundException("file.unknown", key));
	}

	private static StoredFile row(ResultSet rs, int row) throws SQLException {
		return new StoredFile(rs.getString("file_key"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
