package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.plan.IndicatorDoc;
import id.ukur.round.Commands;
import id.ukur.round.EvidenceView;
import id.ukur.round.RoundAction;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.FileStore;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.Numbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Forms and values: units enter and submit, the team accepts, returns (with a reason) or
 * marks a value not reported (with a reason). Every change of a value is kept as a new
 * version and journaled; a stale version is refused and nothing is overwritten.
 */
@Component
class Collection {

	private final EntryStore entries;

	private final FormStore forms;

	private final FileStore files;

	private final PlanCopies copies;

	private final RoundChanges changes;

	private final id.ukur.organization.Organization organization;

	Collection(EntryStore entries, FormStore forms, FileStore files, PlanCopies copies, RoundChanges changes,
			id.ukur.organization.Organization organization) {
		this.entries = entries;
		this.forms = forms;
		this.files = files;
		this.copies = copies;
		this.changes = changes;
		this.organization = organization;
	}

	EntryRecord save(RoundState state, String code, Commands.EntryInput input, CurrentUser user) {
		Guards.open(state);
		EntryRecord entry = state.entry(code);
		RoundPolicy.require(user, RoundAction.FILL, state, entry);
		List<FieldProblem> problems = new ArrayList<>();
		if (input.version() == null) {
			problems.add(new FieldProblem("version", "validation.required"));
		}
		if (!Numbers.withinBounds(input.exactNumber())) {
			// before anything writes the number out: 1e-999999999 would fill the memory
			throw new InvalidInputException(List.of(Numbers.bounds("actual")));
		}
		Actual actual = actual(state, entry, input, problems);
		Texts.limit(problems, "note", input.note(), 4000);
		Texts.limit(problems, "enablingFactors", input.enablingFactors(), 4000);
		Texts.limit(problems, "inhibitingFactors", input.inhibitingFactors(), 4000);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (input.version() != entry.version) {
			throw new ConflictException("round.entry.stale", entry.indicatorCode);
		}
		Map<String, Object> before = snapshot(entry);
		entry.edit(actual.number(), actual.text(), Texts.clean(input.note()), Texts.clean(input.enablingFactors()),
				Texts.clean(input.inhibitingFactors()));
		Instant now = this.changes.now();
		this.entries.update(entry, "SAVED", now, user.username());
		state.round.dataChanged();
		this.changes.journal(state, "ENTRY:" + code, "ENTRY_SAVED", user, before, snapshot(entry), null);
		this.changes.finish(state, now);
		return entry;
	}

	EvidenceView addEvidence(RoundState state, String code, String fileName, byte[] content, CurrentUser user) {
		Guards.open(state);
		EntryRecord entry = state.entry(code);
		RoundPolicy.require(user, RoundAction.FILL, state, entry);
		FileStore.StoredFile file = this.files.store(fileName, content);
		Instant now = this.changes.now();
		this.entries.addEvidence(entry, file, now, user.username());
		this.changes.journal(state, "ENTRY:" + code, "EVIDENCE_ADDED", user, null,
				Map.of("file", file.fileName(), "sha256", file.sha256(), "size", file.size()), null);
		this.changes.finish(state, now);
		return this.entries.evidenceOfRound(state.round.id)
			.stream()
			.filter((e) -> e.fileKey().equals(file.key()))
			.map(EntryStore.EvidenceRow::view)
			.findFirst()
			.orElseThrow();
	}

	void submit(RoundState state, String unitCode, CurrentUser user) {
		Guards.open(state);
		FormRecord form = state.form(unitCode);
		RoundPolicy.require(user, RoundAction.SUBMIT, state, form);
		List<EntryRecord> own = state.entries.stream()
			.filter((e) -> e.unitCode.equals(unitCode) && e.status.editableByUnit())
			.toList();
		List<FieldProblem> problems = new ArrayList<>();
		for (EntryRecord entry : own) {
			if (!entry.hasValue() && entry.note == null) {
				problems.add(new FieldProblem("entries[" + entry.indicatorCode + "].actual", "round.form.valueMissing",
						entry.indicatorCode));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = this.changes.now();
		for (EntryRecord entry : own) {
			entry.submit();
			this.entries.update(entry, "SUBMITTED", now, user.username());
		}
		ZoneId zone = this.organization.region(state.round.regionId).timeZone();
		boolean late = now.isAfter(state.round.deadline.plusDays(1).atStartOfDay(zone).toInstant());
		form.submit(now, user.username(), late);
		this.forms.update(form);
		this.changes.journal(state, "FORM:" + unitCode, "FORM_SUBMITTED", user, null,
				Map.of("values", own.size(), "late", late), null);
		this.changes.finish(state, now);
	}

	EntryRecord accept(RoundState state, String code, CurrentUser user) {
		Guards.open(state);
		EntryRecord entry = state.entry(code);
		RoundPolicy.require(user, RoundAction.SETTLE, state, entry);
		Instant now = this.changes.now();
		entry.accept();
		this.entries.update(entry, "ACCEPTED", now, user.username());
		this.changes.journal(state, "ENTRY:" + code, "ENTRY_ACCEPTED", user, null, snapshot(entry), null);
		this.changes.finish(state, now);
		return entry;
	}

	EntryRecord returnEntry(RoundState state, String code, String reason, CurrentUser user) {
		Guards.open(state);
		EntryRecord entry = state.entry(code);
		RoundPolicy.require(user, RoundAction.RETURN_VALUE, state, entry);
		String why = Guards.reason(reason);
		Instant now = this.changes.now();
		reopen(state, List.of(entry), why, now, user);
		this.changes.journal(state, "ENTRY:" + code, "ENTRY_RETURNED", user, null, snapshot(entry), why);
		this.changes.finish(state, now);
		return entry;
	}

	/** Returns values to their units with a reason: the values and their forms reopen. */
	void reopen(RoundState state, List<EntryRecord> values, String reason, Instant now, CurrentUser user) {
		Map<String, List<String>> byUnit = state.returnValues(values, reason);
		for (EntryRecord entry : values) {
			this.entries.update(entry, "RETURNED", now, user.username());
		}
		for (String unit : byUnit.keySet()) {
			this.forms.update(state.form(unit));
		}
	}

	EntryRecord markNotReported(RoundState state, String code, String reason, CurrentUser user) {
		Guards.open(state);
		EntryRecord entry = state.entry(code);
		RoundPolicy.require(user, RoundAction.SETTLE, state, entry);
		String why = Guards.reason(reason);
		Instant now = this.changes.now();
		Map<String, Object> before = snapshot(entry);
		entry.markNotReported(why);
		this.entries.update(entry, "NOT_REPORTED", now, user.username());
		state.round.dataChanged();
		this.changes.journal(state, "ENTRY:" + code, "ENTRY_NOT_REPORTED", user, before, snapshot(entry), why);
		this.changes.finish(state, now);
		return entry;
	}

	/**
	 * The value as entered: a number, or a qualitative value of the indicator's scale.
	 */
	private record Actual(BigDecimal number, String text) {
	}

	private Actual actual(RoundState state, EntryRecord entry, Commands.EntryInput input, List<FieldProblem> problems) {
		String actual = Texts.clean(input.actualText());
		if (actual != null && "QUALITATIVE".equals(entry.valueType)) {
			// only a qualitative value needs the plan copy (its scale): parsing it for
			// every save cost much of a save's time under the deadline-day load
			return new Actual(null,
					scaleValue(this.copies.of(state.round).indicators().get(entry.indicatorCode), actual, problems));
		}
		if (actual == null) {
			return new Actual(null, null);
		}
		BigDecimal number = (input.exactNumber() != null) ? input.exactNumber()
				: Numbers.parse(actual, LocaleContextHolder.getLocale());
		if (number == null) {
			problems.add(Numbers.beyondBounds(actual, LocaleContextHolder.getLocale()) ? Numbers.bounds("actual")
					: new FieldProblem("actual", "validation.number"));
		}
		else if (number.abs().compareTo(new BigDecimal("1e15")) >= 0) {
			problems.add(new FieldProblem("actual", "round.entry.tooLarge"));
		}
		return new Actual(number, null);
	}

	private static String scaleValue(IndicatorDoc indicator, String actual, List<FieldProblem> problems) {
		List<String> values = (indicator != null && indicator.scale() != null)
				? indicator.scale().stream().map(IndicatorDoc.ScaleValue::value).toList() : List.of();
		for (String value : values) {
			if (value.equalsIgnoreCase(actual)) {
				return value;
			}
		}
		problems.add(new FieldProblem("actual", "round.entry.notInScale", String.join(", ", values)));
		return null;
	}

	static Map<String, Object> snapshot(EntryRecord e) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("actual", (e.actualText != null) ? e.actualText
				: (e.actualNumber != null) ? e.actualNumber.toPlainString() : null);
		values.put("status", e.status.name());
		values.put("note", e.note);
		values.put("reason", e.reason);
		values.put("version", e.version);
		return values;
	}

}
