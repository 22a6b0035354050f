package id.ukur.round.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ukur.round.EntryStatus;
import id.ukur.round.FormStatus;
import id.ukur.round.RoundStatus;
import id.ukur.round.StepStatus;
import id.ukur.shared.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every from × to pair of every status type driven through the guarded method that leads
 * to {@code to}: where the table allows the change the record ends in {@code to}, else
 * the method refuses with its named key (the key the acts used before the tables, or
 * {@code round.transition.illegal}). Statuses only a new record starts in (a waiting
 * step, a prepared form, an empty value) have no method leading to them.
 */
class GuardedTransitionsTest {

	private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

	private static final String ILLEGAL = "round.transition.illegal";

	/**
	 * One guarded method: the status it leads to and the key it refuses with from a
	 * status.
	 */
	private record Method<R, S extends Enum<S>>(S to, Supplier<R> record, Consumer<R> call,
			Function<S, String> refusal) {
	}

	static Stream<Arguments> pairs() {
		List<Arguments> pairs = new ArrayList<>();
		for (Method<RoundRecord, RoundStatus> m : roundMethods()) {
			for (RoundStatus from : RoundStatus.values()) {
				pairs.add(Arguments.of("round." + m.to(), from, m.to(), (Runnable) () -> {
					RoundRecord record = m.record().get();
					record.status = from;
					check(from.mayBecome(m.to()), m.refusal().apply(from), () -> m.call().accept(record),
							() -> record.status, m.to());
				}));
			}
		}
		for (Method<FormRecord, FormStatus> m : formMethods()) {
			for (FormStatus from : FormStatus.values()) {
				pairs.add(Arguments.of("form." + m.to(), from, m.to(), (Runnable) () -> {
					FormRecord record = m.record().get();
					record.status = from;
					check(from.mayBecome(m.to()), m.refusal().apply(from), () -> m.call().accept(record),
							() -> record.status, m.to());
				}));
			}
		}
		for (Method<EntryRecord, EntryStatus> m : entryMethods()) {
			for (EntryStatus from : EntryStatus.values()) {
				pairs.add(Arguments.of("entry." + m.to(), from, m.to(), (Runnable) () -> {
					EntryRecord record = m.record().get();
					record.status = from;
					check(from.mayBecome(m.to()), m.refusal().apply(from), () -> m.call().accept(record),
							() -> record.status, m.to());
				}));
			}
		}
		for (Method<StepRecord, StepStatus> m : stepMethods()) {
			for (StepStatus from : StepStatus.values()) {
				pairs.add(Arguments.of("step." + m.to(), from, m.to(), (Runnable) () -> {
					StepRecord record = StepRecord.instance(1, 1, 3, null);
					record.status = from;
					check(from.mayBecome(m.to()), m.refusal().apply(from), () -> m.call().accept(record),
							() -> record.status, m.to());
				}));
			}
		}
		return pairs.stream();
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("pairs")
	void theGuardedMethodFollowsTheTable(String method, Enum<?> from, Enum<?> to, Runnable test) {
		test.run();
	}

	private static void check(boolean allowed, String key, Runnable call, Supplier<Enum<?>> status, Enum<?> to) {
		Enum<?> before = status.get();
		if (allowed) {
			call.run();
			assertThat(status.get()).isEqualTo(to);
			return;
		}
		assertThatThrownBy(call::run).isInstanceOf(ConflictException.class).hasMessage(key);
		assertThat(status.get()).as("a refused change leaves the status").isEqualTo(before);
	}

	private static List<Method<RoundRecord, RoundStatus>> roundMethods() {
		return List.of(new Method<>(RoundStatus.SEALED, RoundRecord::new, RoundRecord::seal, (from) -> ILLEGAL),
				new Method<>(RoundStatus.OPEN, RoundRecord::new, RoundRecord::reopen,
						(from) -> (from == RoundStatus.ARCHIVED) ? "round.archived" : "round.notSealed"),
				new Method<>(RoundStatus.ARCHIVED, RoundRecord::new, (r) -> r.archive("ARS/1", NOW),
						(from) -> (from == RoundStatus.ARCHIVED) ? "round.alreadyArchived" : ILLEGAL),
				new Method<>(RoundStatus.CANCELLED, RoundRecord::new, (r) -> r.cancel(NOW, "kepala", "Alasan"),
						(from) -> "round.cancel.signed"));
	}

	private static List<Method<FormRecord, FormStatus>> formMethods() {
		Supplier<FormRecord> form = () -> {
			FormRecord f = new FormRecord();
			f.unitCode = "SEK";
			return f;
		};
		return List.of(new Method<>(FormStatus.OPEN, form, (f) -> f.distribute(NOW), (from) -> ILLEGAL),
				new Method<>(FormStatus.SUBMITTED, form, (f) -> f.submit(NOW, "kasubag", false),
						(from) -> (from == FormStatus.SUBMITTED) ? "round.form.alreadySubmitted" : ILLEGAL),
				new Method<>(FormStatus.RETURNED, form, (f) -> f.returnValues("Alasan"), (from) -> ILLEGAL));
	}

	private static List<Method<EntryRecord, EntryStatus>> entryMethods() {
		Supplier<EntryRecord> entry = () -> {
			EntryRecord e = new EntryRecord();
			e.indicatorCode = "IKU-1";
			return e;
		};
		return List.of(new Method<>(EntryStatus.SUBMITTED, entry, EntryRecord::submit, (from) -> ILLEGAL),
				new Method<>(EntryStatus.ACCEPTED, entry, EntryRecord::accept, (from) -> "round.entry.notSubmitted"),
				new Method<>(EntryStatus.RETURNED, entry, (e) -> e.returnToUnit("Alasan"),
						(from) -> "round.entry.notSubmitted"),
				new Method<>(EntryStatus.NOT_REPORTED, entry, (e) -> e.markNotReported("Alasan"),
						(from) -> "round.entry.settled"));
	}

	private static List<Method<StepRecord, StepStatus>> stepMethods() {
		return List.of(new Method<>(StepStatus.CURRENT, null, (s) -> s.start(NOW), (from) -> ILLEGAL),
				new Method<>(StepStatus.DONE, null, (s) -> s.complete(NOW, "sekretaris", "Notulen"), (from) -> ILLEGAL),
				new Method<>(StepStatus.CANCELLED, null, (s) -> s.cancel(NOW, "kepala", "Alasan"), (from) -> ILLEGAL),
				new Method<>(StepStatus.REOPENED, null, StepRecord::reopen, (from) -> ILLEGAL));
	}

}
