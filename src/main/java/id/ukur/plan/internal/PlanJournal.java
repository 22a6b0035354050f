package id.ukur.plan.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.ukur.audit.Changes;
import id.ukur.audit.Journal;
import id.ukur.audit.JournalEntry;
import id.ukur.audit.JournalKind;
import id.ukur.plan.IndicatorDoc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Writes what a plan change changed to the journal, in the caller's transaction: one line
 * per added, changed or removed node and indicator, with the fields that changed before
 * and after (nested settings such as quarterly targets flattened to {@code
 * periodTargets.TW1.value}). A new plan is one line (docs/journal.md).
 */
@Component
class PlanJournal {

	static final String CREATED = "PLAN_CREATED";

	static final String PK_SIGNED = "PLAN_PK_SIGNED";

	static final String PK_UNSIGNED = "PLAN_PK_UNSIGNED";

	private final Journal journal;

	private final JsonMapper json;

	PlanJournal(Journal journal, JsonMapper json) {
		this.journal = journal;
		this.json = json;
	}

	void created(long agencyId, int year, List<Node> roots, String actor) {
		long nodes = roots.stream().mapToLong((root) -> root.flatten().size()).sum();
		long indicators = roots.stream()
			.flatMap((root) -> root.flatten().stream())
			.mapToLong((node) -> node.indicators().size())
			.sum();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("nodes", nodes);
		after.put("indicators", indicators);
		line(agencyId, "PLAN:" + year, CREATED, actor, null, this.json.writeValueAsString(after), null);
	}

	void changed(long agencyId, int year, List<Node> before, List<Node> after, String actor, String reason) {
		diff(agencyId, "PLAN_NODE:" + year + ":", "PLAN_NODE_", nodes(before), nodes(after), actor, reason);
		diff(agencyId, "PLAN_INDICATOR:" + year + ":", "PLAN_INDICATOR_", indicators(before), indicators(after), actor,
				reason);
	}

	void signature(long agencyId, int year, Object before, Object after, String actor, String reason) {
		line(agencyId, "PLAN:" + year, (after != null) ? PK_SIGNED : PK_UNSIGNED, actor, signedOn(before),
				signedOn(after), reason);
	}

	private String signedOn(Object day) {
		return (day != null) ? this.json.writeValueAsString(Map.of("pkSignedOn", day.toString())) : null;
	}

	private void diff(long agencyId, String subject, String action, Map<String, JsonNode> before,
			Map<String, JsonNode> after, String actor, String reason) {
		TreeSet<String> codes = new TreeSet<>(before.keySet());
		codes.addAll(after.keySet());
		for (String code : codes) {
			Changes changes = Changes.of(before.get(code), after.get(code), Set.of());
			if (changes.none()) {
				continue;
			}
			String what = (before.get(code) == null) ? "ADDED" : (after.get(code) == null) ? "REMOVED" : "CHANGED";
			line(agencyId, subject + code, action + what, actor, write(changes.before()), write(changes.after()),
					reason);
		}
	}

	private void line(long agencyId, String subject, String action, String actor, String before, String after,
			String reason) {
		String cut = (subject.length() > JournalEntry.SUBJECT_MAX) ? subject.substring(0, JournalEntry.SUBJECT_MAX)
				: subject;
		this.journal.record(JournalEntry.agency(JournalKind.PLAN, agencyId, cut, action, actor, before, after, reason));
	}

	/** A node's own settings (not its indicators or children), by code. */
	private Map<String, JsonNode> nodes(List<Node> roots) {
		Map<String, JsonNode> result = new LinkedHashMap<>();
		for (Node root : roots) {
			for (Node node : root.flatten()) {
				Map<String, Object> own = new LinkedHashMap<>();
				own.put("kind", node.kind());
				own.put("name", node.name());
				own.put("unitCode", node.unitCode());
				own.put("budget", node.budget());
				own.put("spentByPeriod", node.spentByPeriod());
				result.put(node.code(), this.json.valueToTree(own));
			}
		}
		return result;
	}

	/** Every indicator's settings and the node it belongs to, by code. */
	private Map<String, JsonNode> indicators(List<Node> roots) {
		Map<String, JsonNode> result = new LinkedHashMap<>();
		for (Node root : roots) {
			for (Node node : root.flatten()) {
				for (IndicatorDoc indicator : node.indicators()) {
					ObjectNode fields = this.json.valueToTree(indicator);
					fields.put("node", node.code());
					result.put(indicator.code(), fields);
				}
			}
		}
		return result;
	}

	private String write(Map<String, JsonNode> fields) {
		return fields.isEmpty() ? null : this.json.writeValueAsString(fields);
	}

}
