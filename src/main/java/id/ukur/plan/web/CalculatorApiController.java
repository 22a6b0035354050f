package id.ukur.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.RegionSettings;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The stateless achievement calculator: one case, or {@code {"cases": [...]}}. */
@RestController
@Tag(name = "Calculator", description = "Achievement per calculation.md, nothing stored")
class CalculatorApiController {

	private final CalculatorCases cases;

	private final RegionSettings settings;

	private final JsonMapper json;

	CalculatorApiController(CalculatorCases cases, RegionSettings settings, JsonMapper json) {
		this.cases = cases;
		this.settings = settings;
		this.json = json;
	}

	@PostMapping("/api/v1/achievement")
	@Operation(summary = "Compute achievement, rating and explanation for one case or a batch")
	Object achievement(@RequestBody JsonNode body, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		RegionSettings.Settings region = this.settings.of(user.regionId());
		if (body == null || !body.isObject()) {
			throw new InvalidInputException("body", "validation.type");
		}
		if (body.has("cases")) {
			List<CalculatorCase> batch = new ArrayList<>();
			List<FieldProblem> problems = new ArrayList<>();
			JsonNode list = body.get("cases");
			for (int i = 0; i < list.size(); i++) {
				CalculatorCase one = read(list.get(i), list, i);
				problems.addAll(this.cases.check(one, "cases[" + i + "]."));
				batch.add(one);
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return new Batch(batch.stream()
				.map((one) -> this.cases.result(this.cases.compute(one, region, locale), region, locale))
				.toList());
		}
		CalculatorCase one = read(body, null, 0);
		List<FieldProblem> problems = this.cases.check(one, "");
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this.cases.result(this.cases.compute(one, region, locale), region, locale);
	}

	/**
	 * Reads one case with the API's JSON rules (bounded numbers, no coercion); a refusal
	 * keeps the path of the bad value ({@code cases[2].actual}) for the answer.
	 */
	private CalculatorCase read(JsonNode node, JsonNode list, int index) {
		if (node == null || !node.isObject()) {
			// a list item that is null or not an object ({"cases": [null]})
			throw new InvalidInputException((list == null) ? "body" : "cases[" + index + "]",
					(list != null && (node == null || node.isNull())) ? "validation.nullElement" : "validation.type");
		}
		try {
			return this.json.treeToValue(node, CalculatorCase.class);
		}
		catch (JacksonException ex) {
			throw (list == null) ? ex : ex.prependPath(list, index).prependPath(list, "cases");
		}
	}

	record Batch(List<CalculatorCases.CalculatorResult> cases) {
	}

}
