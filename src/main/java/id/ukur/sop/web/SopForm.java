package id.ukur.sop.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.ukur.shared.FieldProblem;
import id.ukur.shared.Numbers;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.LaneRoles;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.StandardTime;
import id.ukur.sop.Symbol;
import id.ukur.sop.TimeUnit;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The SOP editor's form: every field as typed, lists one item per line, steps renumbered
 * by their position. A plain bean so that indexed fields ({@code steps[3].activity})
 * bind.
 */
public class SopForm {

	private IdentityForm identity = new IdentityForm();

	private List<LaneForm> lanes = new ArrayList<>();

	private List<StepForm> steps = new ArrayList<>();

	private String revisionDate = "";

	private String note = "";

	/** The revision the editor opened, which the new one replaces. */
	private Integer basedOn;

	static SopForm of(SopDefinition definition) {
		SopForm form = new SopForm();
		var id = definition.identity();
		IdentityForm identity = form.identity;
		identity.agencyName = nz(id.agencyName());
		identity.regionName = nz(id.regionName());
		identity.number = nz(id.number());
		identity.name = nz(id.name());
		identity.createdOn = nz(id.createdOn());
		identity.revisedOn = nz(id.revisedOn());
		identity.effectiveOn = nz(id.effectiveOn());
		identity.approvedOn = nz(id.approvedOn());
		if (id.approvedBy() != null) {
			identity.approverPosition = nz(id.approvedBy().position());
			identity.approverName = nz(id.approvedBy().name());
			identity.approverRank = nz(id.approvedBy().rank());
			identity.approverNip = nz(id.approvedBy().nip());
		}
		identity.legalBasis = String.join("\n", id.legalBasis());
		identity.qualifications = String.join("\n", id.qualifications());
		identity.relatedSops = String.join("\n", id.relatedSops());
		identity.equipment = String.join("\n", id.equipment());
		identity.warning = nz(id.warning());
		identity.recordKeeping = String.join("\n", id.recordKeeping());
		for (SopDefinition.Lane lane : definition.lanes()) {
			LaneForm row = new LaneForm();
			row.key = lane.key();
			row.name = lane.name();
			row.role = LaneRoles.roleName(lane);
			form.lanes.add(row);
		}
		for (SopDefinition.Step step : definition.steps()) {
			form.steps.add(StepForm.of(step));
		}
		return form;
	}

	SopDefinition toDefinition(List<FieldProblem> problems) {
		IdentityForm i = this.identity;
		SopDefinition.Approver approver = (i.approverPosition.isBlank() && i.approverName.isBlank()) ? null
				: new SopDefinition.Approver(blank(i.approverPosition), blank(i.approverName), blank(i.approverRank),
						blank(i.approverNip));
		var identityRecord = new SopDefinition.Identity(blank(i.agencyName), blank(i.regionName), blank(i.number),
				blank(i.name), blank(i.createdOn), blank(i.revisedOn), blank(i.effectiveOn), blank(i.approvedOn),
				approver, lines(i.legalBasis), lines(i.qualifications), lines(i.relatedSops), lines(i.equipment),
				blank(i.warning), lines(i.recordKeeping));
		List<SopDefinition.Lane> laneRecords = new ArrayList<>();
		for (int l = 0; l < this.lanes.size(); l++) {
			LaneForm lane = this.lanes.get(l);
			try {
				laneRecords.add(LaneRoles.lane(blank(lane.key), blank(lane.name), lane.role));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("lanes[" + l + "].role", "validation.type"));
				laneRecords.add(new SopDefinition.Lane(blank(lane.key), blank(lane.name), null));
			}
		}
		List<SopDefinition.Step> stepRecords = new ArrayList<>();
		for (int s = 0; s < this.steps.size(); s++) {
			stepRecords.add(this.steps.get(s).toStep(s + 1, "steps[" + s + "]", problems));
		}
		return new SopDefinition(identityRecord, laneRecords, stepRecords);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "validation.type"));
			return null;
		}
	}

	static List<String> lines(String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::trim).filter((line) -> !line.isEmpty()).toList();
	}

	static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	static String nz(String text) {
		return (text == null) ? "" : text;
	}

	public IdentityForm getIdentity() {
		return this.identity;
	}

	public void setIdentity(IdentityForm identity) {
		this.identity = identity;
	}

	public List<LaneForm> getLanes() {
		return this.lanes;
	}

	public void setLanes(List<LaneForm> lanes) {
		this.lanes = lanes;
	}

	public List<StepForm> getSteps() {
		return this.steps;
	}

	public void setSteps(List<StepForm> steps) {
		this.steps = steps;
	}

	public String getRevisionDate() {
		return this.revisionDate;
	}

	public void setRevisionDate(String revisionDate) {
		this.revisionDate = revisionDate;
	}

	public Integer getBasedOn() {
		return this.basedOn;
	}

	public void setBasedOn(Integer basedOn) {
		this.basedOn = basedOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/** A lane as typed. */
	public static class LaneForm {

		private String key = "";

		private String name = "";

		private String role = "";

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getRole() {
			return this.role;
		}

		public void setRole(String role) {
			this.role = role;
		}

	}

	/**
	 * Reads an amount typed as {@code 10}, {@code 1,5} or {@code 1.5} (docs/formats.md).
	 */
	static BigDecimal amount(String text, String field, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BigDecimal number = Numbers.parse(text, LocaleContextHolder.getLocale());
		if (number == null) {
			problems.add(Numbers.beyondBounds(text, LocaleContextHolder.getLocale()) ? Numbers.bounds(field)
					: new FieldProblem(field, "validation.number"));
		}
		return number;
	}

	static StandardTime time(String amount, String unit, String field, List<FieldProblem> problems) {
		BigDecimal value = amount(amount, field, problems);
		TimeUnit timeUnit = parse(TimeUnit.class, unit, field, problems);
		if (value == null || timeUnit == null) {
			return null;
		}
		if (value.signum() <= 0) {
			problems.add(new FieldProblem(field, "sop.step.timePositive"));
			return null;
		}
		if (!StandardTime.fits(value)) {
			problems.add(
					new FieldProblem(field, "sop.step.timeBounds", StandardTime.MAX_AMOUNT, StandardTime.MAX_DECIMALS));
			return null;
		}
		return new StandardTime(value, timeUnit);
	}

	static Symbol symbol(String value, String field, List<FieldProblem> problems) {
		return parse(Symbol.class, value, field, problems);
	}

	static Checkpoint checkpoint(String value, String field, List<FieldProblem> problems) {
		return parse(Checkpoint.class, value, field, problems);
	}

}
