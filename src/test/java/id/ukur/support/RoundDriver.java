package id.ukur.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Drives a round through the API as the demo users of one agency would: each call names
 * who acts and checks the answer's status.
 */
public final class RoundDriver {

	private final String agency;

	private final Function<String, Api> users;

	private long id;

	public RoundDriver(String agency, Function<String, Api> users) {
		this.agency = agency;
		this.users = users;
	}

	/**
	 * A user of the agency by the rest of the demo user name ({@code perencana},
	 * {@code hi.staf}).
	 */
	public Api as(String who) {
		return this.users.apply(this.agency + "." + who);
	}

	/** A region-wide user by full name ({@code lpk.bappeda}). */
	public Api region(String username) {
		return this.users.apply(username);
	}

	/** Drives a round ordered elsewhere. */
	public RoundDriver follow(long id) {
		this.id = id;
		return this;
	}

	public long id() {
		return this.id;
	}

	public String path(String rest) {
		return "/api/v1/rounds/" + this.id + rest;
	}

	public JsonNode order(String who, String period, String extraJson) {
		return order(who, 2026, period, extraJson);
	}

	public JsonNode order(String who, int year, String period, String extraJson) {
		String body = "{\"year\": " + year + ", \"period\": \"" + period + "\", \"deadline\": \""
				+ LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(7) + "\", \"orderReference\": \"800/"
				+ period + "/" + year + "\", \"orderText\": \"Pengukuran kinerja " + period + "\""
				+ ((extraJson != null) ? ", " + extraJson : "") + "}";
		Api.Response response = as(who).post("/api/v1/agencies/" + this.agency + "/rounds", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		this.id = response.json().get("id").asLong();
		return response.json();
	}

	/**
	 * A round of {@code lpk-disperinaker} (the Lima Puluh Kota seed SOP) from its order
	 * to its seal and sending, along the SOP's straight path: every value from the
	 * function, every value accepted, the review approved.
	 * @return the seal
	 */
	public JsonNode sealedLimaPuluhKota(int year, String period, Function<JsonNode, String> value) {
		order("kepala", year, period, null);
		completeStep("sekretaris", 2, "Notulen rapat arahan");
		completeStep("tim", 3, "Rencana kegiatan pengukuran");
		completeStep("tim", 4, "Metodologi pengukuran capaian");
		fillAndSubmitAll(value);
		acceptAll("tim");
		post("tim", "/calculate", null);
		completeStep("tim", 6, "Rekap hasil pengukuran per sasaran");
		post("tim", "/submit-for-review", null);
		post("sekretaris", "/review", "{\"decision\": \"APPROVE\"}");
		JsonNode seal = post("kepala", "/sign", null);
		post("perencana", "/send", null);
		return seal;
	}

	public JsonNode round() {
		return ok(as("perencana").get(path("")));
	}

	public JsonNode post(String who, String rest, String json) {
		return ok(as(who).post(path(rest), (json != null) ? json : "{}"));
	}

	public Api.Response tryPost(String who, String rest, String json) {
		return as(who).post(path(rest), (json != null) ? json : "{}");
	}

	public int currentStep() {
		JsonNode step = round().get("currentStep");
		return (step == null || step.isNull()) ? 0 : step.get("number").asInt();
	}

	public void completeStep(String who, int number, String note) {
		assertThat(currentStep()).isEqualTo(number);
		post(who, "/steps/" + number + "/complete", "{\"note\": \"" + note + "\"}");
	}

	public List<JsonNode> entries() {
		List<JsonNode> entries = new ArrayList<>();
		ok(as("perencana").get(path("/entries"))).forEach(entries::add);
		return entries;
	}

	public Set<String> units() {
		Set<String> units = new LinkedHashSet<>();
		entries().forEach((e) -> units.add(e.get("unitCode").asString()));
		return units;
	}

	/** Every unit enters every value (as the unit's staff) and its head submits. */
	public void fillAndSubmitAll(Function<JsonNode, String> value) {
		for (String unit : units()) {
			fillUnit(unit, value);
			submit(unit);
		}
	}

	public void fillUnit(String unit, Function<JsonNode, String> value) {
		String staff = unit.toLowerCase(Locale.ROOT) + ".staf";
		for (JsonNode entry : entries()) {
			if (!entry.get("unitCode").asString().equals(unit) || !editable(entry)) {
				continue;
			}
			String actual = entry.get("valueType").asString().equals("QUALITATIVE") ? "\"" + value.apply(entry) + "\""
					: value.apply(entry);
			String body = "{\"actual\": " + actual + ", \"note\": \"Data bidang\","
					+ " \"enablingFactors\": \"Dukungan anggaran\", \"version\": " + entry.get("version").asLong()
					+ "}";
			ok(as(staff).put(path("/entries/" + entry.get("indicatorCode").asString()), body));
		}
	}

	private static boolean editable(JsonNode entry) {
		String status = entry.get("status").asString();
		return status.equals("EMPTY") || status.equals("DRAFT") || status.equals("RETURNED");
	}

	public void submit(String unit) {
		post(unit.toLowerCase(Locale.ROOT) + ".kepala", "/units/" + unit + "/submit", null);
	}

	/** The validator accepts every submitted value. */
	public void acceptAll(String who) {
		for (JsonNode entry : entries()) {
			if (entry.get("status").asString().equals("SUBMITTED")) {
				post(who, "/entries/" + entry.get("indicatorCode").asString() + "/accept", null);
			}
		}
	}

	/**
	 * The target itself (achievement 100) or, for qualitative values, the target's scale
	 * value.
	 */
	public static String onTarget(JsonNode entry) {
		if (entry.get("valueType").asString().equals("QUALITATIVE")) {
			String target = entry.get("targetText").asString();
			for (JsonNode value : entry.get("scaleValues")) {
				if (value.asString().equalsIgnoreCase(target)) {
					return value.asString();
				}
			}
			return entry.get("scaleValues").get(0).asString();
		}
		return number(entry).toPlainString();
	}

	/** Half the target: under target for indicators where higher is better. */
	public static String halfTarget(JsonNode entry) {
		if (entry.get("valueType").asString().equals("QUALITATIVE")) {
			return onTarget(entry);
		}
		return number(entry).divide(BigDecimal.valueOf(2)).toPlainString();
	}

	/** The target as the API gives it, a JSON number: a range by its lower end. */
	private static BigDecimal number(JsonNode entry) {
		JsonNode target = entry.get("target").isNull() ? entry.get("targetMin") : entry.get("target");
		return target.decimalValue().stripTrailingZeros();
	}

	public static JsonNode ok(Api.Response response) {
		assertThat(response.status()).as(response.body()).isBetween(200, 201);
		return response.json();
	}

}
