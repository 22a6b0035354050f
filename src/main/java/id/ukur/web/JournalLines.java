package id.ukur.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.ukur.audit.Changes;
import id.ukur.audit.JournalKind;
import id.ukur.audit.JournalRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Journal lines in words a person reads: the action and the subject from the message
 * texts, values before and after as labelled pairs with numbers, dates, yes/no and coded
 * choices in the reader's language (docs/journal.md).
 */
@Component
class JournalLines {

	/**
	 * Where the texts of coded choices (a node kind, a polarity, a role) are looked up.
	 */
	private static final List<String> CHOICES = List.of("nodeKind.", "unit.kind.", "polarity.", "formula.",
			"aggregation.", "valueType.", "role.", "journal.value.");

	/** The fields whose values are coded choices; any other text is shown as written. */
	private static final Set<String> CHOICE_FIELDS = Set.of("kind", "polarity", "formula", "aggregation", "valueType",
			"roles", "workingDays");

	private final MessageSource messages;

	private final Formats fmt;

	private final JsonMapper json;

	JournalLines(MessageSource messages, Formats fmt, JsonMapper json) {
		this.messages = messages;
		this.fmt = fmt;
		this.json = json;
	}

	/**
	 * A line as shown: who by name, what and about what in words, the values as pairs.
	 */
	record Line(JournalRecord record, String who, String kind, String what, String subject, List<Pair> before,
			List<Pair> after, String agency) {
	}

	/** A labelled value. */
	record Pair(String label, String value) {
	}

	Line line(JournalRecord record, Map<String, String> people, Map<Long, String> agencies, Locale locale) {
		String who = "sistem".equals(record.actor()) ? text("rounds.timeline.system", locale)
				: people.getOrDefault(record.actor(), record.actor());
		String agency = (record.agencyId() != null) ? agencies.get(record.agencyId()) : null;
		return new Line(record, who, text("journal.kind." + record.kind(), locale), action(record, locale),
				subject(record, locale), pairs(record.before(), locale), pairs(record.after(), locale), agency);
	}

	String action(JournalRecord record, Locale locale) {
		String key = ((record.kind() == JournalKind.ROUND) ? "rounds.journal.action." : "journal.action.")
				+ record.action();
		return this.messages.getMessage(key, null, record.action(), locale);
	}

	/** {@code PLAN_INDICATOR:2026:IKU-01} reads "Indikator IKU-01 (rencana 2026)". */
	String subject(JournalRecord record, Locale locale) {
		String[] parts = record.subject().split(":", 3);
		Object[] args = Arrays.copyOfRange(parts, 1, parts.length);
		String prefix = (record.kind() == JournalKind.ROUND) ? "rounds.journal.subject." : "journal.subject.";
		String text = this.messages.getMessage(prefix + parts[0], args, null, locale);
		return (text != null) ? text : record.subject();
	}

	private List<Pair> pairs(String value, Locale locale) {
		if (value == null) {
			return List.of();
		}
		JsonNode tree;
		try {
			tree = this.json.readTree(value);
		}
		catch (JacksonException ex) {
			tree = null;
		}
		if (tree == null || !tree.isObject()) {
			return List.of(new Pair("", value));
		}
		List<Pair> pairs = new ArrayList<>();
		Changes.flat(tree)
			.forEach((field, leaf) -> pairs.add(new Pair(label(field, locale), value(field, leaf, locale))));
		return pairs;
	}

	/** {@code periodTargets.TW1.value} reads "Target per triwulan TW1". */
	String label(String field, Locale locale) {
		String[] parts = field.split("\\.");
		String head = parts[0].replaceAll("\\[\\d+]$", "");
		String label = this.messages.getMessage("journal.field." + head, null, null, locale);
		if (label == null) {
			label = this.messages.getMessage("rounds.journal.field." + head, null, head, locale);
		}
		String rest = Arrays.stream(parts)
			.skip(1)
			.filter((part) -> !part.equals("value") && !part.equals("text"))
			.collect(Collectors.joining(" "));
		String index = parts[0].equals(head) ? "" : " " + parts[0].substring(head.length());
		return (label + index + (rest.isEmpty() ? "" : " " + rest)).trim();
	}

	String value(String field, JsonNode leaf, Locale locale) {
		if (leaf.isBoolean()) {
			return text(leaf.booleanValue() ? "journal.value.yes" : "journal.value.no", locale);
		}
		if (leaf.isNumber() && field.endsWith("year")) {
			return leaf.asString();
		}
		if (leaf.isNumber()) {
			BigDecimal number = leaf.decimalValue().stripTrailingZeros();
			return this.fmt.number(number, Math.max(0, number.scale()));
		}
		String text = leaf.asString();
		if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return this.fmt.date(java.time.LocalDate.parse(text));
		}
		if (CHOICE_FIELDS.contains(field) && text.matches("[A-Z][A-Z_]*(,[A-Z][A-Z_]*)*")) {
			return Arrays.stream(text.split(",")).map((code) -> choice(code, locale)).collect(Collectors.joining(", "));
		}
		return text;
	}

	private String choice(String code, Locale locale) {
		for (String prefix : CHOICES) {
			String text = this.messages.getMessage(prefix + code, null, null, locale);
			if (text != null) {
				return text;
			}
		}
		return code;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
