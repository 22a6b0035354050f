package id.ukur.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Malformed requests for every page and form route the controllers map (outside
 * {@code /api/}): spoiled path variables and query parameters, and for forms, each field
 * spoiled in turn (found from the form object and the request parameters), list indexes
 * out of range or not numbers, bodies that do not parse, bodies too large, and broken
 * uploads.
 */
final class PageFuzzCases {

	private static final int MAX_FIELD_VARIANTS = 8;

	private final Map<RequestMappingInfo, HandlerMethod> handlers;

	private final FuzzValues values;

	private final Random random;

	PageFuzzCases(Map<RequestMappingInfo, HandlerMethod> handlers, FuzzValues values, Random random) {
		this.handlers = handlers;
		this.values = values;
		this.random = random;
	}

	List<FuzzRequest> requests(Function<String, String> callerFor) {
		List<FuzzRequest> requests = new ArrayList<>();
		List<Map.Entry<RequestMappingInfo, HandlerMethod>> sorted = new ArrayList<>(this.handlers.entrySet());
		sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Object::toString)));
		for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : sorted) {
			Set<RequestMethod> methods = handler.getKey().getMethodsCondition().getMethods();
			for (String template : handler.getKey().getPatternValues()) {
				if (!isPage(template)) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					requests.addAll(route(method.name(), template, handler.getValue(), callerFor.apply(template)));
				}
			}
		}
		return requests;
	}

	static boolean isPage(String template) {
		return !template.startsWith("/api/") && !template.startsWith("/v3/") && !template.startsWith("/swagger")
				&& !template.equals("/error") && !template.equals("/logout");
	}

	private List<FuzzRequest> route(String method, String template, HandlerMethod handler, String caller) {
		String route = method + " " + template;
		boolean form = !method.equals("GET");
		List<FuzzRequest> requests = new ArrayList<>();
		for (String variable : FuzzValues.variables(template)) {
			for (String garbage : FuzzValues.someOf(FuzzValues.URL_GARBAGE, 3, this.random)) {
				requests.add(send(route, "path " + variable + "=" + garbage, caller, method,
						this.values.fill(template, variable, garbage), form ? "x=1" : null));
			}
		}
		String target = this.values.fill(template);
		Set<String> fields = new LinkedHashSet<>();
		String fileField = null;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
					|| parameter.hasParameterAnnotation(RequestBody.class)) {
				continue;
			}
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (type == MultipartFile.class) {
				fileField = name(param, parameter);
			}
			else if (param != null) {
				fields.add(name(param, parameter));
			}
			else if (type.getName().startsWith("id.ukur.") && !type.isEnum()) {
				fields.addAll(formFields("", type, 0));
			}
		}
		requests.add(send(route, "query revision=%ff&year=%ff", caller, method, target + "?revision=%ff&year=%ff",
				form ? "x=1" : null));
		if (!form) {
			for (String field : fields) {
				for (String garbage : FuzzValues.URL_GARBAGE) {
					requests.add(send(route, "query " + field + "=" + garbage, caller, method,
							target + "?" + field + "=" + garbage, null));
				}
			}
			return requests;
		}
		requests.addAll(formBodies(route, caller, method, target, fields));
		if (fileField != null || fields.stream().anyMatch((field) -> field.startsWith("FILE:"))) {
			String name = (fileField != null) ? fileField
					: fields.stream()
						.filter((field) -> field.startsWith("FILE:"))
						.findFirst()
						.orElseThrow()
						.substring(5);
			for (FuzzRequest upload : ApiFuzzCases.multiparts(route, caller, method, target, name)) {
				requests.add(upload);
			}
		}
		requests.add(send(route, "form, no CSRF token", "anonymous", method, target, "x=1"));
		requests.add(send(route, "form, anonymous with CSRF token", "anonymous-csrf", method, target, "x=1"));
		return requests;
	}

	private List<FuzzRequest> formBodies(String route, String caller, String method, String target,
			Set<String> fields) {
		List<FuzzRequest> all = new ArrayList<>();
		all.add(send(route, "form a=%zz", caller, method, target, "a=%zz"));
		all.add(send(route, "form with NUL", caller, method, target, "a=%00&%00=b"));
		all.add(send(route, "form over 2 MB", caller, method, target, "a=" + "x".repeat(2_200_000)));
		all.add(FuzzRequest.withBody(route, "type */*", caller, method, target, "*/*", "a=1"));
		all.add(FuzzRequest.withBody(route, "type json", caller, method, target, "application/json", "null"));
		List<FuzzRequest> spoiled = new ArrayList<>();
		for (String field : fields) {
			if (field.startsWith("FILE:")) {
				continue;
			}
			for (String garbage : FuzzValues.FORM_GARBAGE) {
				spoiled.add(send(route, "field " + field + "=" + abbreviate(garbage), caller, method, target,
						field + "=" + garbage));
			}
			if (field.contains("[0]")) {
				for (String index : List.of("300", "-1", "abc", "99999999999", "", "1")) {
					all.add(send(route, "index " + field.replace("[0]", "[" + index + "]"), caller, method, target,
							field.replace("[0]", "[" + index + "]") + "=1"));
				}
			}
		}
		Collections.shuffle(spoiled, this.random);
		all.addAll(spoiled.subList(0, Math.min(spoiled.size(), MAX_FIELD_VARIANTS)));
		return all;
	}

	/**
	 * The names of a form object's fields, lists as {@code name[0]...}, files as
	 * FILE:name.
	 */
	static List<String> formFields(String prefix, Class<?> type, int depth) {
		List<String> names = new ArrayList<>();
		for (Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers())) {
				continue;
			}
			String name = prefix + field.getName();
			Class<?> fieldType = field.getType();
			if (MultipartFile.class.isAssignableFrom(fieldType)) {
				names.add("FILE:" + name);
			}
			else if (Collection.class.isAssignableFrom(fieldType) || Map.class.isAssignableFrom(fieldType)) {
				Class<?> element = element(field.getGenericType());
				if (element == MultipartFile.class) {
					names.add("FILE:" + name + "[0]");
				}
				else if (element != null && element.getName().startsWith("id.ukur.") && !element.isEnum()
						&& depth < 2) {
					names.addAll(formFields(name + "[0].", element, depth + 1));
				}
				else {
					names.add(name + "[0]");
				}
			}
			else if (fieldType.getName().startsWith("id.ukur.") && !fieldType.isEnum() && depth < 2) {
				names.addAll(formFields(name + ".", fieldType, depth + 1));
			}
			else {
				names.add(name);
			}
		}
		return names;
	}

	private static Class<?> element(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			Type[] arguments = parameterized.getActualTypeArguments();
			if (arguments[arguments.length - 1] instanceof Class<?> element) {
				return element;
			}
		}
		return null;
	}

	private static String name(RequestParam param, MethodParameter parameter) {
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		if (param != null && !param.value().isEmpty()) {
			return param.value();
		}
		return parameter.getParameterName();
	}

	private static FuzzRequest send(String route, String variant, String caller, String method, String target,
			String form) {
		if (form == null) {
			return FuzzRequest.of(route, variant, caller, method, target);
		}
		return FuzzRequest.withBody(route, variant, caller, method, target, "application/x-www-form-urlencoded", form);
	}

	private static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

}
