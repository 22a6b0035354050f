package id.ukur.shared.internal;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.ukur.shared.ConflictException;
import id.ukur.shared.InvalidInputException;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * The "one per …" rules that the database holds (docs/security.md): when two requests
 * race past the service's own check, the loser's insert breaks a unique key. That break
 * is turned here, in one place for every module, into the refusal of the rule it broke
 * ({@link ConflictException} or {@link InvalidInputException} naming the field), so that
 * it reaches the caller exactly like the service's own check would have: a problem
 * document naming the rule in the API, the message on the form it came from in the pages.
 * The transaction rolls back as for any refusal.
 */
@Configuration(proxyBeanMethods = false)
class UniqueRules {

	/** SQLSTATE of a unique violation, the same on H2 and PostgreSQL. */
	static final String UNIQUE_VIOLATION = "23505";

	/**
	 * SQLSTATEs of a lock not obtained in time: H2's lock timeout (while the winner of a
	 * race still holds the key, H2 gives up after its lock timeout where PostgreSQL
	 * waits) and PostgreSQL's {@code lock_not_available}.
	 */
	static final java.util.Set<String> LOCK_TIMEOUTS = java.util.Set.of("HYT00", "55P03");

	/**
	 * Each rule by what names its key in the database's message: the constraint's name,
	 * or for a column declared {@code unique} (named by the database) its table and
	 * column as H2 prints them and the name PostgreSQL gives it. A rule whose service
	 * checks it as a field of the form names that field, so that the loser of a race gets
	 * the answer a later duplicate gets (400 naming the field); the others are conflicts
	 * with the current state (409).
	 */
	private static final Map<String, Rule> RULES = new LinkedHashMap<>();

	static {
		conflict("uq_round_period", "unique.round.period");
		field("uq_unit_agency_code", "code", "unique.unit.code");
		column("official", "nip", "unique.official.nip");
		column("agency", "code", "unique.agency.code");
		column("region", "code", "unique.region.code");
		conflict("uq_plan_agency_year", "unique.plan.year");
		conflict("uq_plan_node_code", "unique.plan.node");
		conflict("uq_indicator_code", "unique.plan.indicator");
		conflict("uq_sop_revision", "unique.sop.revision");
		field("uq_rating_scale", "code", "unique.ratingScale.code");
		field("uq_holiday_region_day", "date", "unique.holiday.day");
		conflict("uq_round_form", "unique.round.changed");
		conflict("uq_round_entry", "unique.round.changed");
		conflict("uq_round_step", "unique.round.changed");
		conflict("uq_round_seal_code", "unique.round.changed");
		conflict("uq_round_seal_revision", "unique.round.sealed");
	}

	/**
	 * A rule: the field it names (null for a conflict of the whole request) and its
	 * message.
	 */
	record Rule(String field, String code) {

		RuntimeException refusal() {
			return (this.field != null) ? new InvalidInputException(this.field, this.code)
					: new ConflictException(this.code);
		}

	}

	private static void conflict(String constraint, String code) {
		RULES.put(constraint, new Rule(null, code));
	}

	private static void field(String constraint, String field, String code) {
		RULES.put(constraint, new Rule(field, code));
	}

	private static void column(String table, String column, String code) {
		Rule rule = new Rule(column, code);
		RULES.put("public." + table + "(" + column + " ", rule);
		RULES.put("public." + table + "(" + column + ")", rule);
		RULES.put(table + "_" + column + "_key", rule);
	}

	/**
	 * @param ex what the database answered
	 * @return the rule a unique violation broke, or {@code null}
	 */
	static Rule ruleOf(SQLException ex) {
		for (SQLException current = ex; current != null; current = current.getNextException()) {
			if (UNIQUE_VIOLATION.equals(current.getSQLState()) && current.getMessage() != null) {
				String message = current.getMessage().toLowerCase(Locale.ROOT);
				for (Map.Entry<String, Rule> rule : RULES.entrySet()) {
					if (message.contains(rule.getKey())) {
						return rule.getValue();
					}
				}
			}
		}
		return null;
	}

	@Bean
	static BeanPostProcessor uniqueRulesOnJdbcTemplates() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof JdbcTemplate template) {
					template.setExceptionTranslator(new Translator(template.getExceptionTranslator()));
				}
				return bean;
			}
		};
	}

	/** Names the rule of a unique violation; every other error as before. */
	record Translator(SQLExceptionTranslator fallback) implements SQLExceptionTranslator {

		@Override
		public DataAccessException translate(String task, String sql, SQLException ex) {
			Rule rule = ruleOf(ex);
			if (rule != null) {
				// thrown, not returned: a refusal of the request, not a failure of the
				// database (JdbcTemplate has released the connection before translating)
				throw rule.refusal();
			}
			if (LOCK_TIMEOUTS.contains(ex.getSQLState())) {
				// another request holds the same rows or key right now: nothing is
				// stored, and trying again shows the state it left
				throw new ConflictException("problem.busy");
			}
			return this.fallback.translate(task, sql, ex);
		}

	}

}
