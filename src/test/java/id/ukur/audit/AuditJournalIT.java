package id.ukur.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import id.ukur.support.IntegrationTest;
import id.ukur.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Journal lines share their transaction's fate, come back in order per round, subject and
 * agency, and (on PostgreSQL) cannot be changed even with plain SQL.
 */
class AuditJournalIT extends IntegrationTest {

	/** Round ids no other test uses: the journal does not require the round to exist. */
	private static final AtomicLong ROUNDS = new AtomicLong(System.currentTimeMillis());

	@Autowired
	Journal journal;

	@Autowired
	PlatformTransactionManager transactions;

	private TransactionTemplate transaction;

	private long agency;

	private long round;

	@BeforeEach
	void setUp() {
		this.transaction = new TransactionTemplate(this.transactions);
		this.agency = this.jdbc.sql("select min(id) from agency").query(Long.class).single();
		this.round = ROUNDS.incrementAndGet();
	}

	@Test
	void linesOfARolledBackTransactionAreNotKept() {
		this.transaction.executeWithoutResult((status) -> {
			this.journal.record(line("ROUND", "ROUND_OPENED", null, null));
			this.journal.record(line("ENTRY:IKU-01", "ENTRY_SAVED", null, "{\"actual\":\"95\"}"));
			assertThat(this.journal.ofRound(this.round)).as("visible inside the transaction").hasSize(2);
			status.setRollbackOnly();
		});
		assertThat(this.journal.ofRound(this.round)).isEmpty();
	}

	@Test
	void committedLinesAreKeptInOrder() {
		Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.transaction.executeWithoutResult((status) -> {
			this.journal.record(line("ROUND", "ROUND_OPENED", null, null));
			this.journal.record(line("ENTRY:IKU-01", "ENTRY_SAVED", null, "{\"actual\":\"95\"}"));
			this.journal.record(new JournalEntry(this.agency, this.round, "ENTRY:IKU-01", "ENTRY_SAVED", "ani",
					"{\"actual\":\"95\"}", "{\"actual\":\"97.5\"}", "Salah ketik pada laporan bulanan"));
		});
		this.transaction.executeWithoutResult((status) -> this.journal
			.record(new JournalEntry(this.agency, null, "AGENCY", "SOP_ACTIVATED", "budi", null, "rev 2", null)));
		Instant after = Instant.now().plusMillis(1);

		List<JournalRecord> round = this.journal.ofRound(this.round);
		assertThat(round).extracting(JournalRecord::subject).containsExactly("ROUND", "ENTRY:IKU-01", "ENTRY:IKU-01");
		assertThat(round).extracting(JournalRecord::id).isSorted();
		JournalRecord corrected = round.get(2);
		assertThat(corrected.agencyId()).isEqualTo(this.agency);
		assertThat(corrected.roundId()).isEqualTo(this.round);
		assertThat(corrected.action()).isEqualTo("ENTRY_SAVED");
		assertThat(corrected.actor()).isEqualTo("ani");
		assertThat(corrected.before()).isEqualTo("{\"actual\":\"95\"}");
		assertThat(corrected.after()).isEqualTo("{\"actual\":\"97.5\"}");
		assertThat(corrected.reason()).isEqualTo("Salah ketik pada laporan bulanan");
		assertThat(corrected.at()).isBetween(before, after);
		assertThat(round.get(0).before()).isNull();

		assertThat(this.journal.ofSubject(this.round, "ENTRY:IKU-01")).extracting(JournalRecord::after)
			.containsExactly("{\"actual\":\"95\"}", "{\"actual\":\"97.5\"}");
		assertThat(this.journal.ofSubject(this.round, "STEP:5")).isEmpty();

		List<JournalRecord> latest = this.journal.ofAgency(this.agency, 2);
		assertThat(latest).extracting(JournalRecord::action).containsExactly("SOP_ACTIVATED", "ENTRY_SAVED");
		assertThat(latest.get(0).roundId()).isNull();
		assertThat(this.journal.ofAgency(this.agency, 0)).hasSize(1);
	}

	@Test
	void recordingOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> this.journal.record(line("ROUND", "ROUND_OPENED", null, null)))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(this.journal.ofRound(this.round)).isEmpty();
	}

	@Test
	void onPostgresTheTableRefusesUpdatesAndDeletes() {
		assumeTrue(TestDatabase.isPostgres(), "the append-only trigger exists on PostgreSQL only");
		this.transaction
			.executeWithoutResult((status) -> this.journal.record(line("ROUND", "ROUND_OPENED", null, null)));
		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set actor = 'mallory' where round_id = ?")
			.param(this.round)
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_entry where round_id = ?").param(this.round).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate table audit_entry").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThat(this.journal.ofRound(this.round)).singleElement()
			.satisfies((kept) -> assertThat(kept.actor()).isEqualTo("ani"));
	}

	private JournalEntry line(String subject, String action, String before, String after) {
		return new JournalEntry(this.agency, this.round, subject, action, "ani", before, after, null);
	}

}
