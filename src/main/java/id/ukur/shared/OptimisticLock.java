package id.ukur.shared;

import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Optimistic locking, written once for every store: a row carries a {@code version}; an
 * edit names the version it saw, the update changes the row only while that version is
 * current and moves it on by one, and a row changed meanwhile is refused with a
 * {@link ConflictException} ({@value #STALE} unless the store names its own refusal)
 * instead of being overwritten.
 *
 * <pre>
 * OptimisticLock.update(jdbc, "round_form", "status = ?, late = ?").values(status, late).apply(id, version);
 * </pre>
 */
public final class OptimisticLock {

	/** The message key of a stale version. */
	public static final String STALE = "stale.version";

	private final JdbcClient jdbc;

	private final String table;

	private final String assignments;

	private Object[] values = {};

	private Supplier<ConflictException> stale = () -> new ConflictException(STALE);

	private OptimisticLock(JdbcClient jdbc, String table, String assignments) {
		this.jdbc = jdbc;
		this.table = table;
		this.assignments = assignments;
	}

	/**
	 * An update of one row of a table.
	 * @param table the table, whose rows have {@code id} and {@code version} columns
	 * @param assignments the changed columns, {@code "a = ?, b = ?"} (the version is
	 * added)
	 */
	public static OptimisticLock update(JdbcClient jdbc, String table, String assignments) {
		return new OptimisticLock(jdbc, table, assignments);
	}

	/** The values of the assignments' parameters, in their order. */
	public OptimisticLock values(Object... values) {
		this.values = values.clone();
		return this;
	}

	/** The refusal when the version is stale, for a store that names what went stale. */
	public OptimisticLock staleAs(Supplier<ConflictException> stale) {
		this.stale = stale;
		return this;
	}

	/**
	 * Changes the row if its version is still {@code seen}.
	 * @return the row's new version
	 * @throws ConflictException when someone changed (or removed) the row meanwhile
	 */
	public long apply(long id, long seen) {
		int updated = run(" where id = ? and version = ?", id, seen);
		if (updated != 1) {
			throw this.stale.get();
		}
		return seen + 1;
	}

	/**
	 * Changes the row whatever its version, and moves the version on so that editors
	 * holding the old one are refused: for changes nobody edits from a form (a password,
	 * an account switched off) and writers that sent no version.
	 * @return whether the row exists
	 */
	public boolean applyUnchecked(long id) {
		return run(" where id = ?", id) == 1;
	}

	private int run(String where, Object... key) {
		Object[] params = new Object[this.values.length + key.length];
		System.arraycopy(this.values, 0, params, 0, this.values.length);
		System.arraycopy(key, 0, params, this.values.length, key.length);
		String set = this.assignments.isBlank() ? "" : ", " + this.assignments;
		return this.jdbc.sql("update " + this.table + " set version = version + 1" + set + where)
			.params(params)
			.update();
	}

	/**
	 * The same rule for an edit checked before the write (rows saved by Spring Data,
	 * whose own version check follows): the editor must name the version it saw, and it
	 * must be current.
	 * @throws InvalidInputException when the editor named no version (the edit would
	 * overwrite a concurrent change unseen)
	 * @throws ConflictException when the version is stale
	 */
	public static void require(Long current, Long seen) {
		if (seen == null) {
			throw new InvalidInputException("version", "validation.required");
		}
		if (!Objects.equals(current, seen)) {
			throw new ConflictException(STALE);
		}
	}

}
