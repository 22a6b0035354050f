package id.ukur.round;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import id.ukur.organization.AgencyView;
import id.ukur.organization.Organization;
import id.ukur.organization.Role;
import id.ukur.shared.Dates;
import id.ukur.shared.Numbers;
import id.ukur.support.DemoPassword;
import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import id.ukur.support.TestMail;
import id.ukur.support.WebSession;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region whose calendar is on WITA (Asia/Makassar) sees every time in WITA: the times
 * on a round's page, the due time of its current step, and the due time in an e-mail
 * (docs/formats.md).
 */
class RegionTimeZoneIT extends IntegrationTest {

	private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final String AGENCY = "pwk-dkupp";

	@Autowired
	private Organization organization;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	private AgencyView agency;

	@BeforeEach
	void regionOnWita() {
		this.agency = this.organization.agencyByCode(AGENCY).orElseThrow();
		zone("Asia/Makassar");
	}

	@AfterEach
	void regionBackOnWib() {
		zone("Asia/Jakarta");
	}

	@Test
	void aRoundPageShowsItsTimesAndDueTimeInTheRegionsZone() {
		RoundDriver round = rounds(AGENCY);
		JsonNode ordered = round.order("kepala", "TW4", null);
		Instant orderedAt = Instant.parse(ordered.get("orderedAt").asText());
		JsonNode current = round.round().get("currentStep");
		assertThat(current.get("due").isNull()).as("the current step has a due time").isFalse();
		Instant due = Instant.parse(current.get("due").asText());

		WebSession web = web();
		web.login(AGENCY + ".kepala", DemoPassword.VALUE);
		String page = web.get("/rounds/" + round.id()).document().text();
		assertThat(page).contains(Dates.dateTime(orderedAt, WITA, Numbers.INDONESIAN))
			.doesNotContain(Dates.dateTime(orderedAt, WIB, Numbers.INDONESIAN))
			.contains(Dates.dateTime(due, WITA, Numbers.INDONESIAN));
	}

	@Test
	void aDueTimeInAnEmailIsInTheRegionsZone() {
		long roundId = 981_001;
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new RoundEvents.StepBecameCurrent(roundId, this.agency.id(), "TW IV 2026", 3,
					"Memverifikasi isian", List.of(Role.HEAD), Instant.parse("2026-07-13T07:00:00Z"))));
		Pattern link = Pattern.compile("/rounds/(\\d+)");
		List<MimeMessage> mails = TestMail.await((message) -> {
			Matcher matcher = link.matcher(TestMail.plainText(message));
			return matcher.find() && Long.parseLong(matcher.group(1)) == roundId;
		}, 1, Duration.ofSeconds(20));
		assertThat(mails).isNotEmpty();
		assertThat(TestMail.plainText(mails.get(0))).contains("13 Juli 2026, 15.00").doesNotContain("14.00");
	}

	private void zone(String zone) {
		this.jdbc.sql("update region set time_zone = ? where id = ?").params(zone, this.agency.regionId()).update();
	}

}
