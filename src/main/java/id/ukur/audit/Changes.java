package id.ukur.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The fields that differ between two JSON values, for a journal line's before and after:
 * nested objects are flattened to dotted paths ({@code periodTargets.TW1.value}), list
 * items numbered from 1 ({@code scale[2].score}), a null is the same as an absent field
 * (and left out of both sides), and numbers are compared by value.
 *
 * @param before the changed fields as they were
 * @param after the changed fields as they are
 */
public record Changes(Map<String, JsonNode> before, Map<String, JsonNode> after) {

	/**
	 * @param before the value before
	 * @param after the value after
	 * @param ignored fields left out (e.g. {@code version})
	 * @return the fields that differ, in name order
	 */
	public static Changes of(JsonNode before, JsonNode after, Set<String> ignored) {
		Map<String, JsonNode> old = flat(before);
		Map<String, JsonNode> now = flat(after);
		Map<String, JsonNode> was = new LinkedHashMap<>();
		Map<String, JsonNode> is = new LinkedHashMap<>();
		TreeSet<String> fields = new TreeSet<>(old.keySet());
		fields.addAll(now.keySet());
		for (String field : fields) {
			JsonNode was0 = old.get(field);
			JsonNode is0 = now.get(field);
			if (ignored.contains(field) || same(was0, is0)) {
				continue;
			}
			if (was0 != null) {
				was.put(field, was0);
			}
			if (is0 != null) {
				is.put(field, is0);
			}
		}
		return new Changes(Collections.unmodifiableMap(was), Collections.unmodifiableMap(is));
	}

	/**
	 * @return whether nothing differs
	 */
	public boolean none() {
		return this.before.isEmpty() && this.after.isEmpty();
	}

	/** Numbers are the same by value: 80 and 80.0 are one target. */
	private static boolean same(JsonNode a, JsonNode b) {
		if (a != null && b != null && a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue()) == 0;
		}
		return Objects.equals(a, b);
	}

	/**
	 * @param tree a JSON value
	 * @return its leaves by dotted path; nulls left out
	 */
	public static Map<String, JsonNode> flat(JsonNode tree) {
		Map<String, JsonNode> leaves = new LinkedHashMap<>();
		flat("", tree, leaves);
		return leaves;
	}

	private static void flat(String path, JsonNode node, Map<String, JsonNode> leaves) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return;
		}
		if (node.isObject()) {
			node.properties()
				.forEach((entry) -> flat(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(),
						entry.getValue(), leaves));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flat(path + "[" + (i + 1) + "]", node.get(i), leaves);
			}
		}
		else {
			leaves.put(path, node);
		}
	}

}
