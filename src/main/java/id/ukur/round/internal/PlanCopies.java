package id.ukur.round.internal;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.shared.Numbers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The copies of plans rounds are measured against (docs/rounds.md, "The plan copy"): the
 * plan of the year as it stood at the order, stored once per content in {@code plan_copy}
 * and referenced by every round ordered on it (an agency's four quarters usually share
 * one). A copy never changes, so its parsed form is kept in memory by id: a bounded cache
 * of the most recently used copies ({@code ukur.plan-copies.cache-size}, 256 by default;
 * a parsed plan of 100 indicators takes well under a megabyte).
 */
@Component
class PlanCopies {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate nested;

	private final RecentlyUsed<Long, PlanCopy> parsed;

	PlanCopies(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions,
			@Value("${ukur.plan-copies.cache-size:256}") int size) {
		this.jdbc = jdbc;
		this.json = json;
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.parsed = new RecentlyUsed<>(size);
	}

	/**
	 * Stores the copy of a plan, or finds the identical copy stored before.
	 * @return the copy's id
	 */
	long store(PlanDocument document, Instant now) {
		String text = this.json.writeValueAsString(document);
		String hash = hash(text);
		return find(hash).orElseGet(() -> {
			try {
				// in a savepoint: when another order stored the same copy meanwhile, the
				// unique hash refuses this one and the round takes that one
				return this.nested.execute((status) -> insert(hash, text, now));
			}
			catch (DuplicateKeyException ex) {
				return find(hash).orElseThrow(() -> ex);
			}
		});
	}

	/** The parsed copy a round references. */
	PlanCopy of(long id) {
		return this.parsed.get(id, (key) -> {
			String text = this.jdbc.sql("select document from plan_copy where id = ?")
				.param(key)
				.query(String.class)
				.single();
			return PlanCopy
				.of(this.json.readerFor(PlanDocument.class).withAttribute(Numbers.STORED_JSON, true).readValue(text));
		});
	}

	PlanCopy of(RoundRecord round) {
		return of(round.planCopyId);
	}

	/** The content hash a copy is found by: SHA-256 of its JSON text, in hex. */
	static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private Optional<Long> find(String hash) {
		return this.jdbc.sql("select id from plan_copy where content_hash = ?")
			.param(hash)
			.query(Long.class)
			.optional();
	}

	private Long insert(String hash, String text, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into plan_copy (content_hash, document, stored_at) values (?, ?, ?)")
			.params(hash, text, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * A parsed plan copy: the document, its outline and its indicators by code. Shared by
	 * every reader of the cache, so never changed (the document's lists are immutable).
	 */
	record PlanCopy(PlanDocument document, PlanOutline outline, Map<String, IndicatorDoc> indicators) {

		static PlanCopy of(PlanDocument document) {
			PlanOutline outline = PlanOutline.of(document);
			Map<String, IndicatorDoc> indicators = new LinkedHashMap<>();
			outline.indicators().forEach((p) -> indicators.put(p.indicator().code(), p.indicator()));
			return new PlanCopy(document, outline, Collections.unmodifiableMap(indicators));
		}

	}

}
