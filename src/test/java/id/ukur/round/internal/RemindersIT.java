package id.ukur.round.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import id.ukur.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadline and late-step reminders: sent once whoever runs the job and however often, and
 * delivered by e-mail to a real SMTP server.
 */
class RemindersIT extends IntegrationTest {

	@Autowired
	private Reminders reminders;

	@Test
	void overdueFormsAndTheLateStepAreRemindedOnce() {
		RoundDriver round = rounds("lpk-disperinaker");
		round.order("kepala", "TW3", null);
		round.fillUnit("PERINDUSTRIAN", RoundDriver::onTarget);
		round.submit("PERINDUSTRIAN");
		java.time.LocalDate deadline = java.time.LocalDate.parse(round.round().get("deadline").asString());
		Instant dayBefore = deadline.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Jakarta")).toInstant();
		this.reminders.remind(dayBefore);
		assertThat(flags(round.id(), "reminded_before")).isEqualTo(4);
		assertThat(flags(round.id(), "reminded_after")).isZero();

		Instant later = Instant.now().plus(Duration.ofDays(30));
		this.reminders.remind(later);
		this.reminders.remind(later.plusSeconds(60));
		assertThat(flags(round.id(), "reminded_after")).as("every unit that has not submitted, once").isEqualTo(4);
		Integer late = this.jdbc.sql("select count(*) from round_step where round_id = ? and late_reminded = true")
			.param(round.id())
			.query(Integer.class)
			.single();
		assertThat(late).isEqualTo(1);

		// the round's own link: "/rounds/5" must not match a mail about round 51
		java.util.regex.Pattern link = java.util.regex.Pattern.compile("/rounds/" + round.id() + "(?!\\d)");
		List<MimeMessage> overdue = TestMail.await(
				(mail) -> link.matcher(text(mail)).find() && subject(mail).contains("melewati batas waktu"), 8,
				Duration.ofSeconds(20));
		assertThat(overdue).hasSize(8);
	}

	private int flags(long roundId, String column) {
		return this.jdbc.sql("select count(*) from round_form where round_id = ? and " + column + " = true")
			.param(roundId)
			.query(Integer.class)
			.single();
	}

	private static String text(MimeMessage mail) {
		return TestMail.plainText(mail);
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
