package id.ukur;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A year is never grouped (docs/formats.md): {@code 2026}, not {@code 2.026}. */
class MessageYearsTest {

	/**
	 * A placeholder right after the word for a year that does not say how to print it.
	 */
	private static final Pattern PLAIN_YEAR = Pattern.compile("(?i)(tahun|year)\\s+\\{\\d+\\}");

	@ParameterizedTest(name = "{0}[{1}]")
	@CsvSource({ "round.noPlan, 0", "round.exists, 1", "plan.title, 0", "plan.heading, 0", "plan.none, 0",
			"plan.copy, 0", "plan.copy.confirm, 0", "plan.import.heading, 0", "plan.year.mismatch, 0",
			"plan.year.mismatch, 1", "plan.copy.exists, 0", "pk.title, 0", "pk.heading, 0", "pk.annex, 0",
			"pk.placeDate, 1", "admin.calendar.holidays, 0" })
	void yearsInMessagesAreNotGrouped(String key, int index) throws IOException {
		for (String language : new String[] { "id", "en" }) {
			String pattern = load("messages_" + language + ".properties").getProperty(key);
			Object[] args = { 7, 7, 7 };
			args[index] = 2026;
			String text = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
			assertThat(text).as(language + " " + key).contains("2026").doesNotContain("2.026").doesNotContain("2,026");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages_id.properties", "messages_en.properties" })
	void everyYearPlaceholderSaysHowToPrintIt(String bundle) throws IOException {
		Properties messages = load(bundle);
		for (String key : messages.stringPropertyNames()) {
			assertThat(PLAIN_YEAR.matcher(messages.getProperty(key)).find()).as(bundle + " " + key).isFalse();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageYearsTest.class.getResourceAsStream("/" + name)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
