package id.ukur.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the services journal outside rounds has a text in both languages, so that
 * the journal page never shows a code (docs/journal.md). The actions are found in the
 * sources: the journaling classes and the services that call them.
 */
class JournalActionTextsTest {

	/**
	 * Action literals: {@code "UNIT_CREATED"}, or a prefix such as {@code "PLAN_NODE_"}.
	 */
	private static final Pattern ACTION = Pattern
		.compile("\"((?:PLAN|SOP|UNIT|OFFICIAL|USER|TOKEN|SETTINGS|SCALE|CALENDAR|HOLIDAY|AGENCY|REGION)_[A-Z_]*)\"");

	@Test
	void everyJournaledActionHasATextInBothLanguages() throws IOException {
		Set<String> actions = new TreeSet<>();
		for (String file : new String[] { "plan/internal/PlanJournal.java", "sop/internal/SopJournal.java",
				"organization/internal/OrganizationService.java", "organization/internal/UserAccountService.java",
				"organization/internal/ApiTokenService.java", "organization/internal/RegionSettingsService.java",
				"organization/internal/CalendarService.java" }) {
			Matcher matcher = ACTION.matcher(Files.readString(Path.of("src/main/java/id/ukur", file)));
			while (matcher.find()) {
				String action = matcher.group(1);
				if (action.endsWith("_")) {
					Stream.of("ADDED", "CHANGED", "REMOVED").forEach((what) -> actions.add(action + what));
				}
				else {
					actions.add(action);
				}
			}
		}
		assertThat(actions).contains("PLAN_CREATED", "PLAN_INDICATOR_CHANGED", "SOP_PUBLISHED", "USER_CHANGED",
				"TOKEN_CREATED", "HOLIDAY_ADDED");
		for (String language : new String[] { "id", "en" }) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream("/messages_" + language + ".properties")) {
				messages.load(in);
			}
			assertThat(actions).as(language)
				.allSatisfy((action) -> assertThat(messages).containsKey("journal.action." + action));
		}
	}

}
