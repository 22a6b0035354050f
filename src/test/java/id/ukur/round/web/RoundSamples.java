package id.ukur.round.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.round.EntryStatus;
import id.ukur.round.EntryView;
import id.ukur.round.FormStatus;
import id.ukur.round.FormView;
import id.ukur.round.Period;
import id.ukur.round.RoundStatus;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundView;
import id.ukur.round.StepView;

/**
 * Views of one open round of agency 2 ({@code pwk-dkupp}) for the controller slice tests
 * of the round pages, and its users.
 */
final class RoundSamples {

	static final long ROUND = 7;

	static final long AGENCY = 2;

	static final String AGENCY_CODE = "pwk-dkupp";

	private static final Instant ORDERED = Instant.parse("2026-12-01T02:00:00Z");

	private RoundSamples() {
	}

	/** A user of the agency (or of its unit) with the given roles. */
	static CurrentUser user(String username, String unit, Role... roles) {
		return new CurrentUser(11, username, "", "Nama " + username, 1, "pwk", AGENCY, AGENCY_CODE,
				(unit != null) ? 3L : null, unit, Set.of(roles), true);
	}

	/**
	 * The samples' reader may do everything; the facade's refusals are what the tests
	 * vary.
	 */
	static final Set<RoundAction> ALL = EnumSet.allOf(RoundAction.class);

	static RoundView round(RoundStatus status, boolean distributed, StepView current, FormView... forms) {
		return new RoundView(ROUND, AGENCY, AGENCY_CODE, "Dinas Koperasi", 1, 2026, Period.TW1,
				LocalDate.of(2026, 12, 14), "800/TW1/2026", "Pengukuran TW1", null, null, null, status, 4, 1, 1, true,
				distributed, null, false, null, null, null, null, null, null, null, null, null, null, null, null,
				ORDERED, "pwk-dkupp.kepala", 3, List.of(forms), current, null, ALL);
	}

	static FormView form(String unit, FormStatus status) {
		return new FormView(1, unit, "Bidang " + unit, status, ORDERED, null, null, false, null, 1, 0, 0, ALL);
	}

	/** A number value of the unit, as it is stored now. */
	static EntryView entry(String code, String unit, EntryStatus status, BigDecimal actual, long version) {
		return new EntryView(1, code, "Indikator " + code, "%", unit, "S1.1", "NUMBER", "22,5", null, actual, null,
				null, null, null, status, null, version, ORDERED, "pwk-dkupp.koperasi.staf", List.of(), List.of(),
				new BigDecimal("22.5"), null, null, ALL);
	}

}
