package id.ukur.sop.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import id.ukur.audit.Journal;
import id.ukur.audit.JournalEntry;
import id.ukur.audit.JournalKind;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopRevision;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes a new SOP revision to the journal, in the caller's transaction: one line with a
 * summary of what changed against the revision it replaces (identity fields, lanes, steps
 * added, removed or changed) and the publisher's note (docs/journal.md).
 */
@Component
class SopJournal {

	static final String PUBLISHED = "SOP_PUBLISHED";

	private final Journal journal;

	private final JsonMapper json;

	SopJournal(Journal journal, JsonMapper json) {
		this.journal = journal;
		this.json = json;
	}

	void published(SopRevision previous, SopRevision published, String actor) {
		Map<String, Object> after = summary(published);
		if (previous != null) {
			SopDefinition was = previous.definition();
			SopDefinition is = published.definition();
			after.put("identityChanged", !was.identity().equals(is.identity()));
			after.put("lanesChanged", !was.lanes().equals(is.lanes()));
			after.put("stepsAdded", joined(numbers(is, was)));
			after.put("stepsRemoved", joined(numbers(was, is)));
			after.put("stepsChanged", joined(changedSteps(was, is)));
		}
		after.put("note", published.note());
		this.journal.record(JournalEntry.agency(JournalKind.SOP, published.agencyId(), "SOP:" + published.revision(),
				PUBLISHED, actor, (previous != null) ? write(summary(previous)) : null, write(after), null));
	}

	private static Map<String, Object> summary(SopRevision revision) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("revision", revision.revision());
		summary.put("name", revision.definition().identity().name());
		summary.put("revisionDate", revision.revisionDate().toString());
		summary.put("lanes", revision.definition().lanes().size());
		summary.put("steps", revision.definition().steps().size());
		return summary;
	}

	/** Step numbers as one text ("3, 4"), null when there are none. */
	private static String joined(List<Integer> numbers) {
		return numbers.isEmpty() ? null
				: numbers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
	}

	/** The numbers of the steps of {@code in} that {@code notIn} does not have. */
	private static List<Integer> numbers(SopDefinition in, SopDefinition notIn) {
		return in.steps().stream().map(SopDefinition.Step::number).filter((n) -> notIn.step(n) == null).toList();
	}

	private static List<Integer> changedSteps(SopDefinition was, SopDefinition is) {
		TreeSet<Integer> changed = new TreeSet<>();
		for (SopDefinition.Step step : is.steps()) {
			SopDefinition.Step old = was.step(step.number());
			if (old != null && !old.equals(step)) {
				changed.add(step.number());
			}
		}
		return List.copyOf(changed);
	}

	private String write(Object value) {
		return this.json.writeValueAsString(value);
	}

}
