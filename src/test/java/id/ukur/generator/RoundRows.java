package id.ukur.generator;

import id.ukur.generator.OrganizationRows.Agency;
import id.ukur.organization.Role;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanOutline;
import id.ukur.round.internal.GeneratedRecaps;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The four quarterly rounds of an agency's year as the round module leaves them: TW I–III
 * archived (sent and acknowledged, every step done; no sealed PDF is rendered), TW IV
 * open with every value settled and the calculation current, waiting at the step after
 * the calculation. The four share one plan copy (stored once per content, as ordering
 * stores it); each keeps the recap the round module computes from it
 * ({@link GeneratedRecaps}) and its figures ({@code recap_figure}); every value has one
 * kept version.
 */
final class RoundRows {

	private final Rows rows;

	private final Ids ids;

	private final StepRows steps;

	/** The plan copies in the database and written so far, by content hash. */
	private final Map<String, Long> copies = new HashMap<>();

	RoundRows(Rows rows, Ids ids, StepRows steps, Connection connection) throws SQLException {
		this.rows = rows;
		this.ids = ids;
		this.steps = steps;
		// an identical plan of another data set (same seed, other --prefix) is stored
		// once
		try (Statement statement = connection.createStatement();
				ResultSet stored = statement.executeQuery("select content_hash, id from plan_copy")) {
			while (stored.next()) {
				this.copies.put(stored.getString(1), stored.getLong(2));
			}
		}
	}

	static void declare(Rows rows) throws SQLException {
		rows.table("plan_copy", "id", "content_hash", "document", "stored_at");
		rows.table("measurement_round", "id", "agency_id", "region_id", "round_year", "period", "deadline",
				"order_reference", "order_text", "status", "sop_revision_id", "sop_revision", "revision",
				"forms_prepared", "forms_distributed", "plan_copy_id", "data_version", "calculated_version",
				"calculated_at", "recap", "submitted_for_review_at", "approved_at", "sent_at", "sent_by",
				"acknowledged_at", "acknowledged_by", "archive_reference", "archived_at", "ordered_at", "ordered_by",
				"version");
		List<String> figures = new java.util.ArrayList<>(List.of("id"));
		figures.addAll(GeneratedRecaps.FIGURE_COLUMNS);
		rows.table("recap_figure", figures.toArray(String[]::new));
		rows.table("round_form", "id", "round_id", "unit_code", "status", "distributed_at", "submitted_at",
				"submitted_by", "late", "reminded_before", "reminded_after", "version");
		rows.table("round_entry", "id", "round_id", "indicator_code", "indicator_name", "measure_unit", "unit_code",
				"node_code", "value_type", "target_text", "previous_text", "actual_number", "actual_text", "note",
				"enabling", "inhibiting", "status", "reason", "sort_order", "version", "updated_at", "updated_by");
		rows.table("round_entry_history", "id", "entry_id", "round_id", "version", "action", "actual_number",
				"actual_text", "note", "status", "reason", "changed_at", "changed_by");
	}

	void write(Agency agency, long regionId, String regionCode, long sopId, int year, AgencyContent content)
			throws SQLException {
		Map<String, String> previous = new HashMap<>();
		String team = agency.users().get(Role.TEAM);
		String planner = agency.users().get(Role.PLANNER);
		List<PlanOutline.Placed> placements = PlanOutline.of(content.snapshotPlan()).indicators();
		long copy = copy(content, AgencyContent.ordered(year, 0));
		for (int q = 0; q < 4; q++) {
			boolean open = q == 3;
			long roundId = this.ids.next("measurement_round");
			Instant ordered = AgencyContent.ordered(year, q);
			Instant submitted = AgencyContent.submitted(year, q);
			Map<String, GeneratedRecaps.Value> values = content.quarters().get(q);
			int order = 0;
			for (PlanOutline.Placed placed : placements) {
				GeneratedRecaps.Value value = values.get(placed.indicator().code());
				if (value != null) {
					entry(roundId, placed, value, previous.get(placed.indicator().code()), order++, submitted, team);
				}
			}
			long dataVersion = 2L * values.size();
			Instant done = this.steps.write(roundId, ordered, open, agency, regionCode);
			this.rows.add("measurement_round", roundId, agency.id(), regionId, year, PlanFactory.QUARTERS.get(q),
					LocalDate.ofInstant(ordered, ZoneOffset.UTC).plusDays(14), "800/" + (q + 1) + "/" + year,
					"Pengukuran kinerja triwulan " + (q + 1) + " tahun " + year, open ? "OPEN" : "ARCHIVED", sopId, 1,
					1, true, true, copy, dataVersion, dataVersion, AgencyContent.calculated(year, q),
					content.recaps().get(q), open ? null : done.minus(4, ChronoUnit.HOURS),
					open ? null : done.minus(3, ChronoUnit.HOURS), open ? null : done.minus(2, ChronoUnit.HOURS),
					open ? null : planner, open ? null : done.minus(1, ChronoUnit.HOURS),
					open ? null : regionCode + ".bappeda", open ? null : "ARS/" + year + "/" + roundId,
					open ? null : done, ordered, agency.users().get(Role.HEAD), 10L);
			figures(roundId, agency.id(), regionId, year, q, content);
			Set<String> units = new LinkedHashSet<>();
			values.values().forEach((value) -> units.add(value.unitCode()));
			for (String unit : units) {
				this.rows.add("round_form", this.ids.next("round_form"), roundId, unit, "SUBMITTED", ordered, submitted,
						agency.unitHeads().get(unit), false, false, false, 2L);
			}
			values.forEach((code, value) -> previous.put(code, value.reported() ? value.display() : null));
		}
	}

	/**
	 * The round's figures as the calculation writes them next to its recap
	 * ({@link GeneratedRecaps#figureRows}: the round module's own mapping).
	 */
	private void figures(long roundId, long agencyId, long regionId, int year, int q, AgencyContent content)
			throws SQLException {
		for (Object[] figure : GeneratedRecaps.figureRows(roundId, agencyId, regionId, year,
				id.ukur.round.Period.valueOf(PlanFactory.QUARTERS.get(q)), content.results().get(q),
				content.snapshotPlan())) {
			Object[] row = new Object[figure.length + 1];
			row[0] = this.ids.next("recap_figure");
			System.arraycopy(figure, 0, row, 1, figure.length);
			this.rows.add("recap_figure", row);
		}
	}

	/** The agency's plan copy, which its four rounds share: written once per content. */
	private long copy(AgencyContent content, Instant at) throws SQLException {
		Long stored = this.copies.get(content.snapshotHash());
		if (stored != null) {
			return stored;
		}
		long id = this.ids.next("plan_copy");
		this.rows.add("plan_copy", id, content.snapshotHash(), content.snapshot(), at);
		this.copies.put(content.snapshotHash(), id);
		return id;
	}

	private void entry(long roundId, PlanOutline.Placed placed, GeneratedRecaps.Value value, String previous, int order,
			Instant at, String by) throws SQLException {
		IndicatorDoc indicator = placed.indicator();
		long id = this.ids.next("round_entry");
		String status = value.reported() ? "ACCEPTED" : "NOT_REPORTED";
		String note = value.reported() ? "Sesuai laporan bidang" : null;
		String reason = value.reported() ? null : "Data belum tersedia dari instansi vertikal";
		this.rows.add("round_entry", id, roundId, indicator.code(), indicator.name(), indicator.measureUnit(),
				value.unitCode(), placed.node().code(),
				(indicator.valueType() != null) ? indicator.valueType().name() : "NUMBER", value.target(), previous,
				value.number(), value.text(), note, value.reported() ? "Dukungan anggaran" : null, null, status, reason,
				order, 1L, at, by);
		this.rows.add("round_entry_history", this.ids.next("round_entry_history"), id, roundId, 1L, status,
				value.number(), value.text(), note, status, reason, at, by);
	}

}
