package id.ukur.round.internal;

import static id.ukur.round.internal.Sql.instant;
import static id.ukur.round.internal.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sealed reports: every revision kept, the latest not superseded. */
@Repository
class SealStore {

	static final String SELECT = "select id, round_id, revision, verification_code, sha256, file_key, signed_at,"
			+ " signed_by, signer_name, signer_position, signer_rank, signer_nip, superseded, reopened_at,"
			+ " reopened_by, reopen_reason from round_seal";

	private final JdbcClient jdbc;

	SealStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(SealRecord seal) {
		this.jdbc.sql(
				"insert into round_seal (round_id, revision, verification_code, sha256, file_key, signed_at, signed_by,"
						+ " signer_name, signer_position, signer_rank, signer_nip, superseded)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)")
			.params(seal.roundId(), seal.revision(), seal.verificationCode(), seal.sha256(), seal.fileKey(),
					ts(seal.signedAt()), seal.signedBy(), seal.signerName(), seal.signerPosition(), seal.signerRank(),
					seal.signerNip())
			.update();
	}

	List<SealRecord> ofRound(long roundId) {
		return this.jdbc.sql(SELECT + " where round_id = ? order by revision")
			.param(roundId)
			.query(SealStore::map)
			.list();
	}

	Optional<SealRecord> latest(long roundId) {
		List<SealRecord> seals = ofRound(roundId);
		return seals.isEmpty() ? Optional.empty() : Optional.of(seals.get(seals.size() - 1));
	}

	Optional<SealRecord> byCode(String code) {
		return this.jdbc.sql(SELECT + " where verification_code = ?").param(code).query(SealStore::map).optional();
	}

	void supersede(long sealId, Instant at, String by, String reason) {
		this.jdbc
			.sql("update round_seal set superseded = true, reopened_at = ?, reopened_by = ?, reopen_reason = ?"
					+ " where id = ?")
			.params(ts(at), by, reason, sealId)
			.update();
	}

	static SealRecord map(ResultSet rs, int row) throws SQLException {
		return new SealRecord(rs.getLong("id"), rs.getLong("round_id"), rs.getInt("revision"),
				rs.getString("verification_code"), rs.getString("sha256"), rs.getString("file_key"),
				instant(rs, "signed_at"), rs.getString("signed_by"), rs.getString("signer_name"),
				rs.getString("signer_position"), rs.getString("signer_rank"), rs.getString("signer_nip"),
				rs.getBoolean("superseded"), instant(rs, "reopened_at"), rs.getString("reopened_by"),
				rs.getString("reopen_reason"));
	}

	/** A sealed report revision. */
	record SealRecord(long id, long roundId, int revision, String verificationCode, String sha256, String fileKey,
			Instant signedAt, String signedBy, String signerName, String signerPosition, String signerRank,
			String signerNip, boolean superseded, Instant reopenedAt, String reopenedBy, String reopenReason) {
	}

}
