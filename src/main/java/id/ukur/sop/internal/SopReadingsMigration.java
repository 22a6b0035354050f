package id.ukur.sop.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import id.ukur.shared.JavaMigrations;

import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Moves the encoder's readings out of the Keterangan of stored SOP revisions into the
 * step's own {@code reading} field. Before the field existed the shipped seed SOPs wrote
 * their readings into {@code remarks}, so the official document printed them. A step is
 * moved only when its remarks are exactly the text a shipped seed had (its remarks, a
 * space, its reading): remarks someone wrote themselves are never touched. Spring Boot
 * hands this bean to Flyway, which runs it once, between the SQL migrations by version.
 */
@Component
class SopReadingsMigration extends JavaMigrations {

	private static final String SEEDS = "classpath:sop/seeds/*.yaml";

	SopReadingsMigration() {
		super("6.5", "sop step readings out of remarks");
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Map<String, Split> splits = seedSplits();
		JsonMapper json = JsonMapper.builder().build();
		Connection connection = context.getConnection();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, content from sop_revision");
				PreparedStatement update = connection
					.prepareStatement("update sop_revision set content = ? where id = ?")) {
			while (rows.next()) {
				JsonNode content = json.readTree(rows.getString("content"));
				if (move(content, splits)) {
					update.setString(1, json.writeValueAsString(content));
					update.setLong(2, rows.getLong("id"));
					update.executeUpdate();
				}
			}
		}
	}

	/**
	 * @return whether any step of this stored definition changed
	 */
	static boolean move(JsonNode content, Map<String, Split> splits) {
		boolean changed = false;
		for (JsonNode step : content.path("steps")) {
			JsonNode reading = step.get("reading");
			JsonNode remarks = step.get("remarks");
			if ((reading != null && !reading.isNull()) || remarks == null || !remarks.isString()) {
				continue;
			}
			Split split = splits.get(remarks.stringValue());
			if (split != null && step instanceof ObjectNode node) {
				node.put("remarks", split.remarks());
				node.put("reading", split.reading());
				changed = true;
			}
		}
		return changed;
	}

	/**
	 * @return for each step of the shipped seeds that has a reading: the text its remarks
	 * had before the split, and the split
	 */
	static Map<String, Split> seedSplits() {
		Map<String, Split> splits = new HashMap<>();
		try {
			for (Resource seed : new PathMatchingResourcePatternResolver().getResources(SEEDS)) {
				try (InputStream in = seed.getInputStream()) {
					JsonNode definition = SopYaml.mapper()
						.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					for (JsonNode step : definition.path("steps")) {
						String remarks = text(step.get("remarks"));
						String reading = text(step.get("reading"));
						if (reading != null) {
							String before = (remarks == null) ? reading : remarks + " " + reading;
							splits.put(before, new Split(remarks, reading));
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return splits;
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.stringValue();
	}

	/** A step's Keterangan as the SOP writes it (or none) and the encoder's reading. */
	record Split(String remarks, String reading) {
	}

}
