package id.ukur.sop.web;

import java.util.List;

import id.ukur.shared.FieldProblem;
import id.ukur.shared.Numbers;
import id.ukur.sop.SopDefinition;

import org.springframework.context.i18n.LocaleContextHolder;

/** One step as typed: lanes as keys separated by commas, inputs one per line. */
public class StepForm {

	private String activity = "";

	private String lanes = "";

	private String symbol = "PROCESS";

	private String binding = "MANUAL";

	private String question = "";

	private String yesLabel = "";

	private String noLabel = "";

	private String noTarget = "";

	private String noBranch = "";

	private String inputs = "";

	private String timeAmount = "";

	private String timeUnit = "MINUTES";

	private String output = "";

	private String remarks = "";

	private String reading = "";

	static StepForm of(SopDefinition.Step step) {
		StepForm form = new StepForm();
		form.activity = SopForm.nz(step.activity());
		form.lanes = String.join(", ", step.lanes());
		form.symbol = (step.symbol() != null) ? step.symbol().name() : "";
		form.binding = (step.binding() != null) ? step.binding().name() : "";
		if (step.decision() != null) {
			form.question = SopForm.nz(step.decision().question());
			form.yesLabel = SopForm.nz(step.decision().yesLabel());
			form.noLabel = SopForm.nz(step.decision().noLabel());
			form.noTarget = (step.decision().noTarget() != null) ? String.valueOf(step.decision().noTarget()) : "";
			form.noBranch = (step.decision().noBranch() != null) ? step.decision().noBranch().name() : "";
		}
		form.inputs = String.join("\n", step.inputs());
		if (step.time() != null) {
			form.timeAmount = Numbers.plain(step.time().amount(), LocaleContextHolder.getLocale());
			form.timeUnit = step.time().unit().name();
		}
		form.output = SopForm.nz(step.output());
		form.remarks = SopForm.nz(step.remarks());
		form.reading = SopForm.nz(step.reading());
		return form;
	}

	SopDefinition.Step toStep(int number, String path, List<FieldProblem> problems) {
		var symbolValue = SopForm.symbol(this.symbol, path + ".symbol", problems);
		SopDefinition.Decision decision = null;
		if (!this.question.isBlank() || !this.noTarget.isBlank() || !this.noBranch.isBlank()) {
			Integer target = null;
			if (!this.noTarget.isBlank()) {
				try {
					target = Integer.valueOf(this.noTarget.trim());
				}
				catch (NumberFormatException ex) {
					problems.add(new FieldProblem(path + ".decision.noTarget", "validation.number"));
				}
			}
			decision = new SopDefinition.Decision(SopForm.blank(this.question), SopForm.blank(this.yesLabel),
					SopForm.blank(this.noLabel), target,
					SopForm.checkpoint(this.noBranch, path + ".decision.noBranch", problems));
		}
		List<String> laneKeys = List.of(this.lanes.split("[,\\s]+"))
			.stream()
			.map(String::trim)
			.filter((key) -> !key.isEmpty())
			.toList();
		return new SopDefinition.Step(number, SopForm.blank(this.activity), laneKeys, symbolValue,
				SopForm.checkpoint(this.binding, path + ".binding", problems), decision, SopForm.lines(this.inputs),
				SopForm.time(this.timeAmount, this.timeUnit, path + ".time", problems), SopForm.blank(this.output),
				SopForm.blank(this.remarks), SopForm.blank(this.reading));
	}

	public String getActivity() {
		return this.activity;
	}

	public void setActivity(String value) {
		this.activity = value;
	}

	public String getLanes() {
		return this.lanes;
	}

	public void setLanes(String value) {
		this.lanes = value;
	}

	public String getSymbol() {
		return this.symbol;
	}

	public void setSymbol(String value) {
		this.symbol = value;
	}

	public String getBinding() {
		return this.binding;
	}

	public void setBinding(String value) {
		this.binding = value;
	}

	public String getQuestion() {
		return this.question;
	}

	public void setQuestion(String value) {
		this.question = value;
	}

	public String getYesLabel() {
		return this.yesLabel;
	}

	public void setYesLabel(String value) {
		this.yesLabel = value;
	}

	public String getNoLabel() {
		return this.noLabel;
	}

	public void setNoLabel(String value) {
		this.noLabel = value;
	}

	public String getNoTarget() {
		return this.noTarget;
	}

	public void setNoTarget(String value) {
		this.noTarget = value;
	}

	public String getNoBranch() {
		return this.noBranch;
	}

	public void setNoBranch(String value) {
		this.noBranch = value;
	}

	public String getInputs() {
		return this.inputs;
	}

	public void setInputs(String value) {
		this.inputs = value;
	}

	public String getTimeAmount() {
		return this.timeAmount;
	}

	public void setTimeAmount(String value) {
		this.timeAmount = value;
	}

	public String getTimeUnit() {
		return this.timeUnit;
	}

	public void setTimeUnit(String value) {
		this.timeUnit = value;
	}

	public String getOutput() {
		return this.output;
	}

	public void setOutput(String value) {
		this.output = value;
	}

	public String getRemarks() {
		return this.remarks;
	}

	public void setRemarks(String value) {
		this.remarks = value;
	}

	public String getReading() {
		return this.reading;
	}

	public void setReading(String value) {
		this.reading = value;
	}

}
