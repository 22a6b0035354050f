package id.ukur.sop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.ukur.shared.FieldProblem;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Gives every SOP problem its place in words: "Langkah 3, waktu baku (jumlah): …" rather
 * than {@code steps[2].time.amount}. The field path stays as the problem's field for
 * clients; the message a person reads names the step or lane and the field, in the
 * reader's language (the place and the rule are resolved as message arguments).
 */
final class SopProblems {

	static final String CODE = "sop.problem";

	private static final Pattern INDEXED = Pattern.compile("^(steps|lanes)\\[(\\d+)](?:\\.(.*))?$");

	private SopProblems() {
	}

	/**
	 * Every problem once, the reader's first: a rule about a field that could not be read
	 * adds nothing. Rules about the whole list of steps or lanes always stay.
	 */
	static List<FieldProblem> merge(List<FieldProblem> read, List<FieldProblem> rules) {
		List<FieldProblem> all = new ArrayList<>(read);
		for (FieldProblem rule : rules) {
			boolean whole = rule.field().isEmpty() || rule.field().equals("steps") || rule.field().equals("lanes");
			boolean known = !whole && read.stream()
				.anyMatch((r) -> r.field().equals(rule.field()) || r.field().startsWith(rule.field() + ".")
						|| r.field().startsWith(rule.field() + "["));
			if (!known) {
				all.add(rule);
			}
		}
		return all;
	}

	static List<FieldProblem> described(List<FieldProblem> problems) {
		return problems.stream().map(SopProblems::described).toList();
	}

	static FieldProblem described(FieldProblem problem) {
		if (CODE.equals(problem.code())) {
			return problem;
		}
		DefaultMessageSourceResolvable rule = new DefaultMessageSourceResolvable(new String[] { problem.code() },
				problem.args(), problem.code());
		return new FieldProblem(problem.field(), CODE, place(problem.field()), rule);
	}

	/** The place of a field path, as a message to resolve in the reader's language. */
	static DefaultMessageSourceResolvable place(String field) {
		String path = (field != null) ? field : "";
		Matcher indexed = INDEXED.matcher(path);
		if (indexed.matches()) {
			int number = Integer.parseInt(indexed.group(2)) + 1;
			String kind = indexed.group(1).equals("steps") ? "step" : "lane";
			String rest = indexed.group(3);
			if (rest == null) {
				return message("sop.place." + kind, number);
			}
			return message("sop.place." + kind + "Field", number, label(kind, rest));
		}
		if (path.startsWith("identity.")) {
			return message("sop.place.identityField", label("identity", path.substring("identity.".length())));
		}
		if (path.equals("identity")) {
			return message("sop.place.identity");
		}
		if (path.equals("lanes")) {
			return message("sop.place.lanes");
		}
		if (path.equals("steps")) {
			return message("sop.place.steps");
		}
		return message("sop.place.sop");
	}

	/**
	 * A field's label: {@code sop.field.step.time.amount}; list items keep their number
	 * ("inputs[1]" reads as the inputs' label and 2). A field the format does not know
	 * reads as written.
	 */
	private static DefaultMessageSourceResolvable label(String kind, String rest) {
		Matcher item = Pattern.compile("^(.*)\\[(\\d+)]$").matcher(rest);
		if (item.matches()) {
			return message("sop.place.item", label(kind, item.group(1)), Integer.parseInt(item.group(2)) + 1);
		}
		String code = "sop.field." + kind + "." + rest;
		return new DefaultMessageSourceResolvable(new String[] { code }, null, rest);
	}

	private static DefaultMessageSourceResolvable message(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args, code);
	}

}
