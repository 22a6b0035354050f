package id.ukur.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;

/**
 * Malformed requests for every operation of the OpenAPI document: each path variable and
 * each query parameter spoiled in turn, and for operations with a body, bodies of the
 * wrong shape (nulls, arrays, nested nulls, wrong types, huge strings) and content types
 * the operation does not take.
 */
final class ApiFuzzCases {

	private static final int MAX_BODY_VARIANTS = 8;

	private final JsonNode document;

	private final FuzzValues values;

	private final Random random;

	ApiFuzzCases(JsonNode document, FuzzValues values, Random random) {
		this.document = document;
		this.values = values;
		this.random = random;
	}

	List<FuzzRequest> requests(java.util.function.Function<String, String> callerFor) {
		List<FuzzRequest> requests = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase(Locale.ROOT);
				requests.addAll(operation(method, path.getKey(), operation.getValue(), callerFor.apply(path.getKey())));
			}
		}
		return requests;
	}

	private List<FuzzRequest> operation(String method, String template, JsonNode operation, String caller) {
		String route = method + " " + template;
		List<FuzzRequest> requests = new ArrayList<>();
		JsonNode body = operation.path("requestBody").path("content");
		String goodBody = body.has("application/json") ? "{}" : null;
		for (String variable : FuzzValues.variables(template)) {
			for (String garbage : FuzzValues.someOf(FuzzValues.URL_GARBAGE, 3, this.random)) {
				requests.add(request(route, "path " + variable + "=" + garbage, caller, method,
						this.values.fill(template, variable, garbage), goodBody));
			}
		}
		String target = this.values.fill(template);
		requests.add(request(route, "query revision=%ff&year=%ff", caller, method, target + "?revision=%ff&year=%ff",
				goodBody));
		for (JsonNode parameter : operation.path("parameters")) {
			if ("query".equals(parameter.path("in").asString())) {
				String query = parameter.get("name").asString();
				for (String garbage : FuzzValues.URL_GARBAGE) {
					requests.add(request(route, "query " + query + "=" + garbage, caller, method,
							target + "?" + query + "=" + garbage, goodBody));
				}
			}
		}
		if (body.has("application/json")) {
			requests.addAll(jsonBodies(route, caller, method, target, schema(body.get("application/json"))));
		}
		for (Map.Entry<String, JsonNode> type : body.properties()) {
			if (type.getKey().startsWith("multipart/")) {
				requests.addAll(multiparts(route, caller, method, target, "file"));
			}
			else if (!type.getKey().contains("json")) {
				for (String garbage : FuzzValues.JSON_BODIES) {
					requests.add(FuzzRequest.withBody(route, type.getKey() + " body " + garbage, caller, method, target,
							type.getKey(), garbage));
				}
			}
		}
		return requests;
	}

	private static FuzzRequest request(String route, String variant, String caller, String method, String target,
			String goodBody) {
		if (goodBody == null || method.equals("GET") || method.equals("DELETE")) {
			return FuzzRequest.of(route, variant, caller, method, target);
		}
		return FuzzRequest.withBody(route, variant, caller, method, target, "application/json", goodBody);
	}

	private List<FuzzRequest> jsonBodies(String route, String caller, String method, String target, JsonNode schema) {
		List<FuzzRequest> all = new ArrayList<>();
		for (String garbage : FuzzValues.JSON_BODIES) {
			all.add(FuzzRequest.withBody(route, "body " + garbage, caller, method, target, "application/json",
					garbage));
		}
		for (Map.Entry<String, String> type : FuzzValues.WRONG_TYPES.entrySet()) {
			all.add(FuzzRequest.withBody(route, "type " + type.getKey(), caller, method, target, type.getKey(),
					type.getValue()));
		}
		all.add(FuzzRequest.withBody(route, "no type", caller, method, target, null, "{}"));
		List<FuzzRequest> properties = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			String name = property.getKey();
			for (String garbage : FuzzValues.JSON_GARBAGE) {
				properties.add(FuzzRequest.withBody(route, "property " + name + "=" + abbreviate(garbage), caller,
						method, target, "application/json", "{" + FuzzValues.json(name) + ":" + garbage + "}"));
			}
			JsonNode items = schema(property.getValue()).path("items");
			for (Map.Entry<String, JsonNode> inner : schema(items).path("properties").properties()) {
				properties.add(FuzzRequest.withBody(route, "property " + name + "[0]." + inner.getKey() + "=null",
						caller, method, target, "application/json",
						"{" + FuzzValues.json(name) + ":[{" + FuzzValues.json(inner.getKey()) + ":null}]}"));
			}
		}
		java.util.Collections.shuffle(properties, this.random);
		all.addAll(properties.subList(0, Math.min(properties.size(), MAX_BODY_VARIANTS)));
		return all;
	}

	/** Uploads that are broken in the ways a file part can be. */
	static List<FuzzRequest> multiparts(String route, String caller, String method, String target, String field) {
		Map<String, String> type = new HashMap<>(Map.of("Content-Type", FuzzValues.MULTIPART));
		List<FuzzRequest> requests = new ArrayList<>();
		requests.add(new FuzzRequest(route, "file name with NUL", caller, method, target, type,
				FuzzValues.multipart(field, "a\u0000b.pdf", FuzzValues.bytes("%PDF-1.4")), -1));
		requests.add(new FuzzRequest(route, "file name with path", caller, method, target, type,
				FuzzValues.multipart(field, "../../a.xlsx", FuzzValues.bytes("x")), -1));
		requests.add(new FuzzRequest(route, "empty file", caller, method, target, type,
				FuzzValues.multipart(field, "", new byte[0]), -1));
		requests.add(new FuzzRequest(route, "other field", caller, method, target, type,
				FuzzValues.multipart("x" + field, "a.pdf", FuzzValues.bytes("x")), -1));
		requests.add(
				new FuzzRequest(route, "no parts", caller, method, target, type, FuzzValues.bytes("--fuzz--\r\n"), -1));
		requests.add(new FuzzRequest(route, "file over 10 MB", caller, method, target, type,
				FuzzValues.multipart(field, "a.pdf", new byte[11 * 1024 * 1024]), -1));
		requests.add(new FuzzRequest(route, "upload over 64 MB", caller, method, target, type,
				FuzzValues.multipart(field, "a.pdf", new byte[65 * 1024 * 1024]), -1));
		return requests;
	}

	private JsonNode schema(JsonNode node) {
		JsonNode schema = node.has("schema") ? node.get("schema") : node;
		if (schema.has("$ref")) {
			String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
			return this.document.path("components").path("schemas").path(name);
		}
		return schema;
	}

	private static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
