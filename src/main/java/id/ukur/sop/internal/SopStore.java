package id.ukur.sop.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.ukur.shared.ConflictException;
import id.ukur.shared.Numbers;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopRevision;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Revisions of SOP definitions, each stored whole as JSON; one active per agency. */
@Repository
class SopStore {

	private static final String COLUMNS = "id, agency_id, revision, active, revision_date, note, created_at,"
			+ " created_by, content";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SopStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<SopRevision> active(long agencyId) {
		return this.jdbc.sql("select " + COLUMNS + " from sop_revision where agency_id = ? and active = true")
			.param(agencyId)
			.query(this::row)
			.optional();
	}

	Optional<SopRevision> byId(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from sop_revision where id = ?")
			.param(id)
			.query(this::row)
			.optional();
	}

	java.util.Map<Long, SopRevision> byIds(java.util.Collection<Long> ids) {
		java.util.Map<Long, SopRevision> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select " + COLUMNS + " from sop_revision where id in (:ids)")
				.param("ids", List.copyOf(ids))
				.query(this::row)
				.list()
				.forEach((revision) -> found.put(revision.id(), revision));
		}
		return found;
	}

	List<SopRevision> all(long agencyId) {
		return this.jdbc.sql("select " + COLUMNS + " from sop_revision where agency_id = ? order by revision desc")
			.param(agencyId)
			.query(this::row)
			.list();
	}

	Optional<SopRevision> revision(long agencyId, int revision) {
		return this.jdbc.sql("select " + COLUMNS + " from sop_revision where agency_id = ? and revision = ?")
			.params(agencyId, revision)
			.query(this::row)
			.optional();
	}

	/**
	 * Publishes the next revision in place of {@code replaces} (null: the agency has
	 * none). The revision replaced is taken off with a conditional update, so of two
	 * publications based on the same revision only the first commits: the second finds it
	 * no longer in force (its update waits for the first's row lock, then matches
	 * nothing) and is refused with the revision that was published meanwhile
	 * (docs/security.md, "One per …").
	 */
	SopRevision add(long agencyId, SopDefinition definition, LocalDate revisionDate, String note, String username,
			Instant now, Integer replaces) {
		int next = this.jdbc.sql("select coalesce(max(revision), 0) + 1 from sop_revision where agency_id = ?")
			.param(agencyId)
			.query(Integer.class)
			.single();
		int replaced = (replaces != null) ? this.jdbc
			.sql("update sop_revision set active = false where agency_id = ? and active = true and revision = ?")
			.params(agencyId, replaces)
			.update()
				: this.jdbc.sql("update sop_revision set active = false where agency_id = ? and active = true")
					.param(agencyId)
					.update();
		if (replaced != ((replaces != null) ? 1 : 0)) {
			int current = active(agencyId).map(SopRevision::revision).orElse(0);
			throw new ConflictException("sop.basedOn.stale", (replaces != null) ? replaces : 0, current);
		}
		this.jdbc
			.sql("insert into sop_revision (agency_id, revision, active, name, revision_date, note, content,"
					+ " created_at, created_by) values (?, ?, true, ?, ?, ?, ?, ?, ?)")
			.params(agencyId, next, definition.identity().name(), Date.valueOf(revisionDate), note,
					this.json.writeValueAsString(definition), Timestamp.from(now), username)
			.update();
		return revision(agencyId, next).orElseThrow();
	}

	private SopRevision row(ResultSet rs, int row) throws SQLException {
		return new SopRevision(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("revision"),
				rs.getBoolean("active"), rs.getDate("revision_date").toLocalDate(), rs.getString("note"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				this.json.readerFor(SopDefinition.class)
					.withAttribute(Numbers.STORED_JSON, true)
					.readValue(rs.getString("content")));
	}

}
