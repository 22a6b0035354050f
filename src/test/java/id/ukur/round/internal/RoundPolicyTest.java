package id.ukur.round.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.round.EntryStatus;
import id.ukur.round.FormStatus;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundStatus;
import id.ukur.round.StepStatus;
import id.ukur.shared.ConflictException;
import id.ukur.shared.ForbiddenException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Lane;
import id.ukur.sop.SopDefinition.Step;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Symbol;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round policy as a table: every action × every role × the states that matter × own
 * or other agency (unit, region) → allowed, or the exact refusal key the act gives. The
 * rounds are built in memory on an SOP shaped like the seeds.
 */
class RoundPolicyTest {

	/**
	 * Order (head), prepare (team), distribute (planner), collect (staff), validate
	 * (team, planner), calculate (team), submit for review (planner), review (secretary,
	 * team), sign (head, secretary), a manual step (secretary), send (planner); no
	 * archive step.
	 */
	static final SopDefinition SOP = new SopDefinition(null,
			List.of(new Lane("kadis", "Kepala", Role.HEAD), new Lane("sek", "Sekretaris", Role.SECRETARY),
					new Lane("per", "Perencana", Role.PLANNER), new Lane("tim", "Tim", Role.TEAM),
					new Lane("staf", "Staf", Role.UNIT_STAFF)),
			List.of(step(1, Checkpoint.ORDER, "kadis"), step(2, Checkpoint.PREPARE_FORMS, "tim"),
					step(3, Checkpoint.DISTRIBUTE_FORMS, "per"), step(4, Checkpoint.COLLECT, "staf"),
					step(5, Checkpoint.VALIDATE, "tim", "per"), step(6, Checkpoint.CALCULATE, "tim"),
					step(7, Checkpoint.SUBMIT_FOR_REVIEW, "per"), step(8, Checkpoint.REVIEW, "sek", "tim"),
					step(9, Checkpoint.SIGN, "kadis", "sek"), step(10, Checkpoint.MANUAL, "sek"),
					step(11, Checkpoint.SEND, "per")));

	static final String OK = "allowed";

	/** The table's lines (see its head for the columns). */
	static final String TABLE = readTable("round-policy.txt");

	@ParameterizedTest(name = "{0} on {1} {2} by {4} of {3} agency → {5}")
	@MethodSource("table")
	void decides(RoundAction action, String target, String state, String scope, Role role, String expected) {
		RoundState round = Rounds.state(state);
		CurrentUser user = user(role, scope);
		Decision decision = switch (target) {
			case "round" -> RoundPolicy.decide(user, action, round);
			case "form" -> RoundPolicy.decide(user, action, round, round.form("U1"));
			default -> RoundPolicy.decide(user, action, round, round.entry("IK1"));
		};
		assertThat(decision.allowed() ? OK : decision.key()).isEqualTo(expected);
	}

	static Stream<Arguments> table() {
		Map<String, List<String[]>> groups = new LinkedHashMap<>();
		for (String line : TABLE.strip().split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.trim().split("\\s+");
			groups
				.computeIfAbsent(cells[0] + " " + cells[1] + " " + cells[2] + " " + cells[3], (k) -> new ArrayList<>())
				.add(cells);
		}
		List<Arguments> rows = new ArrayList<>();
		groups.values().forEach((lines) -> {
			Set<Role> named = EnumSet.noneOf(Role.class);
			lines.stream()
				.filter((cells) -> !cells[4].equals("*"))
				.forEach((cells) -> Arrays.stream(cells[4].split("\\|")).map(Role::valueOf).forEach(named::add));
			for (String[] cells : lines) {
				Set<Role> roles = cells[4].equals("*")
						? EnumSet
							.complementOf(EnumSet.copyOf(named.isEmpty() ? EnumSet.of(Role.INSTALLATION_ADMIN) : named))
						: EnumSet.noneOf(Role.class);
				if (cells[4].equals("*") && named.isEmpty()) {
					roles = EnumSet.allOf(Role.class);
				}
				if (!cells[4].equals("*")) {
					Arrays.stream(cells[4].split("\\|")).map(Role::valueOf).forEach(roles::add);
				}
				roles.forEach((role) -> rows
					.add(Arguments.of(RoundAction.valueOf(cells[0]), cells[1], cells[2], cells[3], role, cells[5])));
			}
		});
		return rows.stream();
	}

	@Test
	void theTableCoversEveryActionOnARoundFormAndValue() {
		Set<RoundAction> covered = EnumSet.noneOf(RoundAction.class);
		table().forEach((row) -> covered.add((RoundAction) row.get()[0]));
		assertThat(EnumSet.complementOf(EnumSet.copyOf(covered))).containsOnly(RoundAction.ORDER, RoundAction.EXPORT);
	}

	@ParameterizedTest(name = "ORDER by {0} of {1} agency → {2}")
	@MethodSource("orders")
	void decidesWhoOrders(Role role, String scope, String expected) {
		AgencyView agency = new AgencyView(1, "dinas", "Dinas", "D", "", true, 1, "r", "Region");
		Decision decision = RoundPolicy.order(user(role, scope), agency, SOP);
		assertThat(decision.allowed() ? OK : decision.key()).isEqualTo(expected);
	}

	static Stream<Arguments> orders() {
		List<Arguments> rows = new ArrayList<>();
		for (Role role : Role.values()) {
			boolean orders = role == Role.HEAD || role == Role.PLANNER;
			rows.add(Arguments.of(role, "own", orders ? OK : "round.order.notYourLane"));
			rows.add(Arguments.of(role, "other", "round.order.notYourLane"));
		}
		return rows.stream();
	}

	@Test
	void withoutAnActiveSopNobodyOrders() {
		AgencyView agency = new AgencyView(1, "dinas", "Dinas", "D", "", true, 1, "r", "Region");
		Decision decision = RoundPolicy.order(user(Role.HEAD, "own"), agency, null);
		assertThat(decision.key()).isEqualTo("round.noSop");
		assertThat(decision.args()).containsExactly("Dinas");
	}

	@ParameterizedTest(name = "EXPORT by {0}")
	@MethodSource("roles")
	void theRegionWideRolesExport(Role role) {
		Decision decision = RoundPolicy.region(user(role, "own"));
		assertThat(decision.allowed() ? OK : decision.key())
			.isEqualTo(role.regionWide() ? OK : "round.region.notAllowed");
	}

	static Stream<Role> roles() {
		return Arrays.stream(Role.values());
	}

	@Test
	void aStepNumberTheSopDoesNotHaveIsNotFound() {
		assertThat(RoundPolicy.decideStep(user(Role.SECRETARY, "own"), Rounds.state("signed"), 99).key())
			.isEqualTo("round.step.unknown");
	}

	@Test
	void requireThrowsTheRefusalWithItsArguments() {
		assertThatThrownBy(() -> RoundPolicy.require(user(Role.TEAM, "own"), RoundAction.SIGN, Rounds.state("sign")))
			.isInstanceOf(ForbiddenException.class)
			.hasMessage("round.step.deciderOnly")
			.satisfies((ex) -> assertThat(((ForbiddenException) ex).args()).containsExactly(9, "Kepala",
					"Kepala, Sekretaris"));
		assertThatThrownBy(
				() -> RoundPolicy.require(user(Role.TEAM, "own"), RoundAction.SETTLE, Rounds.state("collecting")))
			.isInstanceOf(ConflictException.class)
			.hasMessage("round.validation.notYet")
			.satisfies((ex) -> assertThat(((ConflictException) ex).args()).containsExactly(5, "Kegiatan 5"));
	}

	@Test
	void theAllowedActionsAreThoseDecidedAllowed() {
		RoundState state = Rounds.state("collecting");
		assertThat(RoundPolicy.allowed(user(Role.TEAM, "own"), state)).containsExactlyInAnyOrder(RoundAction.OWN_AGENCY,
				RoundAction.VALIDATE, RoundAction.CALCULATE, RoundAction.FOLLOW_UP);
		assertThat(RoundPolicy.allowed(user(Role.UNIT_HEAD, "own"), state, state.form("U1")))
			.containsExactlyInAnyOrder(RoundAction.UNIT_MEMBER, RoundAction.FILL, RoundAction.SUBMIT);
		assertThat(RoundPolicy.allowed(user(Role.PLANNER, "own"), state, state.entry("IK1")))
			.containsExactly(RoundAction.RETURN_VALUE);
		assertThat(RoundPolicy.allowed(null, state)).as("a document has no reader").isEmpty();
	}

	/**
	 * A user of the role: {@code own} agency 1 (unit U1 for the unit roles),
	 * {@code other} agency 2, {@code ownUnit}/{@code otherUnit} agency 1 in unit U1/U2
	 * whatever the role; region-wide roles belong to no agency, of region 1
	 * ({@code otherRegion}: 2).
	 */
	private static String readTable(String name) {
		try (InputStream in = RoundPolicyTest.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static CurrentUser user(Role role, String scope) {
		boolean regional = role.regionWide();
		long region = scope.equals("otherRegion") ? 2 : 1;
		Long agency = regional ? null : (scope.equals("other") ? 2L : 1L);
		String unit = switch (scope) {
			case "ownUnit" -> "U1";
			case "otherUnit" -> "U2";
			default -> role.unitBound() ? "U1" : null;
		};
		if (regional) {
			unit = null;
		}
		return new CurrentUser(1, "u", "", "U", region, "r", agency, "a", null, unit, Set.of(role), true);
	}

	static Step step(int number, Checkpoint binding, String... lanes) {
		return new Step(number, "Kegiatan " + number, List.of(lanes), Symbol.PROCESS, binding, null, List.of(), null,
				null, null);
	}

	/** Rounds of agency 1 in region 1, stopped at the named state. */
	static final class Rounds {

		/** state → the current step (0: every step done). */
		private static final Map<String, Integer> CURRENT = Map.ofEntries(Map.entry("ordered", 2),
				Map.entry("prepared", 3), Map.entry("collecting", 4), Map.entry("validating", 5),
				Map.entry("compiled", 7), Map.entry("review", 8), Map.entry("sign", 9), Map.entry("signed", 10),
				Map.entry("sending", 11), Map.entry("done", 0), Map.entry("acknowledged", 0), Map.entry("archived", 0),
				Map.entry("cancelled", 4));

		static RoundState state(String name) {
			int current = CURRENT.get(name);
			RoundRecord round = new RoundRecord();
			round.id = 7;
			round.agencyId = 1;
			round.regionId = 1;
			round.status = switch (name) {
				case "signed", "sending", "done", "acknowledged" -> RoundStatus.SEALED;
				case "archived" -> RoundStatus.ARCHIVED;
				case "cancelled" -> RoundStatus.CANCELLED;
				default -> RoundStatus.OPEN;
			};
			round.formsPrepared = current != 2;
			round.formsDistributed = current == 0 || current >= 4;
			round.sentAt = List.of("done", "acknowledged", "archived").contains(name) ? Instant.EPOCH : null;
			round.acknowledgedAt = name.equals("acknowledged") ? Instant.EPOCH : null;
			boolean collecting = current == 4 && !name.equals("cancelled");
			List<StepRecord> steps = new ArrayList<>();
			for (Step step : SOP.steps()) {
				StepRecord record = new StepRecord();
				record.roundId = 7;
				record.iteration = 1;
				record.number = step.number();
				record.status = (current == 0 || step.number() < current) ? StepStatus.DONE : (step.number() == current)
						? (name.equals("cancelled") ? StepStatus.CANCELLED : StepStatus.CURRENT) : StepStatus.WAITING;
				steps.add(record);
			}
			FormStatus formStatus = !round.formsDistributed ? FormStatus.PREPARED
					: collecting ? FormStatus.OPEN : FormStatus.SUBMITTED;
			EntryStatus entryStatus = !round.formsDistributed ? EntryStatus.EMPTY
					: collecting ? EntryStatus.DRAFT : (current == 5) ? EntryStatus.SUBMITTED : EntryStatus.ACCEPTED;
			return new RoundState(round, null, new SopRevision(1, 1, 1, true, null, null, null, null, SOP), steps,
					List.of(form("U1", formStatus), form("U2", FormStatus.SUBMITTED)),
					List.of(entry("IK1", "U1", entryStatus), entry("IK2", "U2", EntryStatus.SUBMITTED)));
		}

		private static FormRecord form(String unit, FormStatus status) {
			FormRecord form = new FormRecord();
			form.unitCode = unit;
			form.status = status;
			return form;
		}

		private static EntryRecord entry(String code, String unit, EntryStatus status) {
			EntryRecord entry = new EntryRecord();
			entry.indicatorCode = code;
			entry.unitCode = unit;
			entry.status = status;
			return entry;
		}

	}

}
