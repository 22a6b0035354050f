package id.ukur.sop.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.ukur.organization.Role;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.Numbers;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.StandardTime;
import id.ukur.sop.Symbol;
import id.ukur.sop.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Reads an SOP definition from a YAML or JSON tree field by field. Binding the text
 * straight into the records stopped at the first wrong value with a Java message; here a
 * wrong value is noted with its place and left empty, and reading goes on, so that one
 * import lists every problem (see {@code docs/sop-format.md}).
 */
final class SopReader {

	private static final Set<String> ROOT = Set.of("identity", "lanes", "steps");

	private static final Set<String> IDENTITY = Set.of("agencyName", "regionName", "number", "name", "createdOn",
			"revisedOn", "effectiveOn", "approvedOn", "approvedBy", "legalBasis", "qualifications", "relatedSops",
			"equipment", "warning", "recordKeeping");

	private static final Set<String> APPROVER = Set.of("position", "name", "rank", "nip");

	private static final Set<String> LANE = Set.of("key", "name", "role");

	private static final Set<String> STEP = Set.of("number", "activity", "lanes", "symbol", "binding", "decision",
			"inputs", "time", "output", "remarks", "reading");

	private static final Set<String> DECISION = Set.of("question", "yesLabel", "noLabel", "noTarget", "noBranch");

	private static final Set<String> TIME = Set.of("amount", "unit");

	private final List<FieldProblem> problems = new ArrayList<>();

	private SopReader() {
	}

	/** What was read, with empty places where a value was wrong, and every problem. */
	record Result(SopDefinition definition, List<FieldProblem> problems) {
	}

	static Result read(JsonNode root) {
		SopReader reader = new SopReader();
		SopDefinition definition = reader.definition(root);
		return new Result(definition, List.copyOf(reader.problems));
	}

	private SopDefinition definition(JsonNode root) {
		if (root == null || !root.isObject()) {
			this.problems.add(new FieldProblem("", "sop.read.root"));
			return new SopDefinition(null, List.of(), List.of());
		}
		unknown(root, "", ROOT);
		JsonNode identity = object(root.get("identity"), "identity");
		List<SopDefinition.Lane> lanes = new ArrayList<>();
		List<JsonNode> laneNodes = array(root.get("lanes"), "lanes");
		for (int i = 0; i < laneNodes.size(); i++) {
			lanes.add(lane(laneNodes.get(i), "lanes[" + i + "]"));
		}
		List<SopDefinition.Step> steps = new ArrayList<>();
		List<JsonNode> stepNodes = array(root.get("steps"), "steps");
		for (int i = 0; i < stepNodes.size(); i++) {
			steps.add(step(stepNodes.get(i), "steps[" + i + "]", i + 1));
		}
		return new SopDefinition((identity != null) ? identity(identity) : null, lanes, steps);
	}

	private SopDefinition.Identity identity(JsonNode node) {
		String p = "identity.";
		unknown(node, "identity", IDENTITY);
		JsonNode approverNode = object(node.get("approvedBy"), p + "approvedBy");
		SopDefinition.Approver approver = null;
		if (approverNode != null) {
			unknown(approverNode, p + "approvedBy", APPROVER);
			approver = new SopDefinition.Approver(text(approverNode, p + "approvedBy.position", "position"),
					text(approverNode, p + "approvedBy.name", "name"),
					text(approverNode, p + "approvedBy.rank", "rank"), text(approverNode, p + "approvedBy.nip", "nip"));
		}
		return new SopDefinition.Identity(text(node, p + "agencyName", "agencyName"),
				text(node, p + "regionName", "regionName"), text(node, p + "number", "number"),
				text(node, p + "name", "name"), text(node, p + "createdOn", "createdOn"),
				text(node, p + "revisedOn", "revisedOn"), text(node, p + "effectiveOn", "effectiveOn"),
				text(node, p + "approvedOn", "approvedOn"), approver, texts(node, p + "legalBasis", "legalBasis"),
				texts(node, p + "qualifications", "qualifications"), texts(node, p + "relatedSops", "relatedSops"),
				texts(node, p + "equipment", "equipment"), text(node, p + "warning", "warning"),
				texts(node, p + "recordKeeping", "recordKeeping"));
	}

	private SopDefinition.Lane lane(JsonNode node, String path) {
		JsonNode lane = object(node, path);
		if (lane == null) {
			return new SopDefinition.Lane(null, null, null);
		}
		unknown(lane, path, LANE);
		return new SopDefinition.Lane(text(lane, path + ".key", "key"), text(lane, path + ".name", "name"),
				choice(lane.get("role"), path + ".role", Role.class));
	}

	private SopDefinition.Step step(JsonNode node, String path, int position) {
		JsonNode step = object(node, path);
		if (step == null) {
			return new SopDefinition.Step(position, null, List.of(), null, null, null, List.of(), null, null, null);
		}
		unknown(step, path, STEP);
		Integer number = integer(step.get("number"), path + ".number");
		return new SopDefinition.Step((number != null) ? number : position, text(step, path + ".activity", "activity"),
				texts(step, path + ".lanes", "lanes"), choice(step.get("symbol"), path + ".symbol", Symbol.class),
				choice(step.get("binding"), path + ".binding", Checkpoint.class),
				decision(step.get("decision"), path + ".decision"), texts(step, path + ".inputs", "inputs"),
				time(step.get("time"), path + ".time"), text(step, path + ".output", "output"),
				text(step, path + ".remarks", "remarks"), text(step, path + ".reading", "reading"));
	}

	private SopDefinition.Decision decision(JsonNode node, String path) {
		JsonNode decision = object(node, path);
		if (decision == null) {
			return null;
		}
		unknown(decision, path, DECISION);
		return new SopDefinition.Decision(text(decision, path + ".question", "question"),
				text(decision, path + ".yesLabel", "yesLabel"), text(decision, path + ".noLabel", "noLabel"),
				integer(decision.get("noTarget"), path + ".noTarget"),
				choice(decision.get("noBranch"), path + ".noBranch", Checkpoint.class));
	}

	private StandardTime time(JsonNode node, String path) {
		JsonNode time = object(node, path);
		if (time == null) {
			return null;
		}
		unknown(time, path, TIME);
		BigDecimal amount = decimal(time.get("amount"), path + ".amount");
		TimeUnit unit = choice(time.get("unit"), path + ".unit", TimeUnit.class);
		if (absent(time.get("amount"))) {
			this.problems.add(new FieldProblem(path + ".amount", "sop.required"));
		}
		if (absent(time.get("unit"))) {
			this.problems.add(new FieldProblem(path + ".unit", "sop.required"));
		}
		if (amount != null && amount.signum() <= 0) {
			this.problems.add(new FieldProblem(path + ".amount", "sop.step.timePositive", amount.toPlainString()));
			return null;
		}
		if (amount != null && !StandardTime.fits(amount)) {
			this.problems.add(new FieldProblem(path + ".amount", "sop.step.timeBounds", StandardTime.MAX_AMOUNT,
					StandardTime.MAX_DECIMALS));
			return null;
		}
		return (amount != null && unit != null) ? new StandardTime(amount, unit) : null;
	}

	private JsonNode object(JsonNode node, String path) {
		if (absent(node)) {
			return null;
		}
		if (!node.isObject()) {
			this.problems.add(new FieldProblem(path, "sop.read.object", shown(node)));
			return null;
		}
		return node;
	}

	private List<JsonNode> array(JsonNode node, String path) {
		if (absent(node)) {
			return List.of();
		}
		if (!node.isArray()) {
			this.problems.add(new FieldProblem(path, "sop.read.list", shown(node)));
			return List.of();
		}
		return new ArrayList<>(node.values());
	}

	private String text(JsonNode parent, String path, String name) {
		JsonNode node = parent.get(name);
		if (absent(node)) {
			return null;
		}
		if (!node.isValueNode()) {
			this.problems.add(new FieldProblem(path, "sop.read.text"));
			return null;
		}
		// a YAML author may leave a number or a date unquoted: it is still text here
		return node.asString();
	}

	private List<String> texts(JsonNode parent, String path, String name) {
		List<JsonNode> items = array(parent.get(name), path);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			if (item.isValueNode() && !item.isNull()) {
				values.add(item.asString());
			}
			else {
				this.problems.add(new FieldProblem(path + "[" + i + "]", "sop.read.text"));
			}
		}
		return values;
	}

	private Integer integer(JsonNode node, String path) {
		if (absent(node)) {
			return null;
		}
		if (node.isIntegralNumber() && node.canConvertToInt()) {
			return node.asInt();
		}
		this.problems.add(new FieldProblem(path, "sop.read.integer", shown(node)));
		return null;
	}

	private BigDecimal decimal(JsonNode node, String path) {
		if (absent(node)) {
			return null;
		}
		if (node.isNumber()) {
			// a number beyond the bounds is refused before anything writes it out
			// a binary float (from YAML) may be infinite; the others convert exactly
			boolean binary = node.isDouble() || node.isFloat();
			BigDecimal value = (!binary || Double.isFinite(node.asDouble())) ? node.decimalValue() : null;
			if (value == null || !Numbers.withinBounds(value)) {
				this.problems.add(Numbers.bounds(path));
				return null;
			}
			return value;
		}
		this.problems.add(new FieldProblem(path, "sop.read.number", shown(node)));
		return null;
	}

	private <E extends Enum<E>> E choice(JsonNode node, String path, Class<E> type) {
		if (absent(node)) {
			return null;
		}
		String written = node.isValueNode() ? node.asString().trim() : "";
		for (E value : type.getEnumConstants()) {
			if (value.name().equalsIgnoreCase(written)) {
				return value;
			}
		}
		String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		this.problems.add(new FieldProblem(path, "sop.read.choice", shown(node), allowed));
		return null;
	}

	private void unknown(JsonNode node, String path, Set<String> known) {
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			if (!known.contains(property.getKey())) {
				String field = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
				this.problems.add(new FieldProblem(field, "sop.read.unknown", property.getKey(),
						known.stream().sorted().collect(Collectors.joining(", "))));
			}
		}
	}

	private static boolean absent(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode();
	}

	/** The value as the author wrote it, shortened: what the message quotes back. */
	private static String shown(JsonNode node) {
		String text = node.isValueNode() ? node.asString() : (node.isArray() ? "[…]" : "{…}");
		String oneLine = text.replaceAll("\\s+", " ").trim();
		if (oneLine.isEmpty()) {
			return "\"\"";
		}
		return (oneLine.length() > 40) ? oneLine.substring(0, 40) + "…" : oneLine;
	}

}
