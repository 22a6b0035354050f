package id.ukur.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.ukur.organization.AgencyView;
import id.ukur.organization.Organization;
import id.ukur.organization.Role;
import id.ukur.round.RoundEvents;
import id.ukur.support.IntegrationTest;
import id.ukur.support.TestMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round events reach the right people by e-mail: each event is published in a committed
 * transaction, as the round module does, and the mails are read back from a real SMTP
 * server.
 */
class MailNotificationsIT extends IntegrationTest {

	private static final AtomicLong ROUND_IDS = new AtomicLong(970_000);

	private static final Pattern ROUND_LINK = Pattern.compile("http://localhost:8080/rounds/(\\d+)");

	private static final String PERIOD = "TW II 2026";

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Organization organization;

	private AgencyView agency;

	private long roundId;

	@BeforeEach
	void demoAgency() {
		this.agency = this.organization.agencyByCode("lpk-disperinaker").orElseThrow();
		assertThat(this.organization.unitsOfAgency(this.agency.id())).extracting("code")
			.contains("PROGRAM", "PERINDUSTRIAN", "PELATIHAN", "HI");
		this.roundId = ROUND_IDS.incrementAndGet();
	}

	@Test
	void distributedFormsAreAnnouncedToTheUnitsPeople() {
		publish(new RoundEvents.FormsDistributed(this.roundId, this.agency.id(), PERIOD, List.of("PERINDUSTRIAN", "HI"),
				LocalDate.of(2026, 7, 10)));

		List<Received> mails = received(4);
		assertThat(mails).extracting(Received::to)
			.containsExactlyInAnyOrder(demo("perindustrian.kepala"), demo("perindustrian.staf"), demo("hi.kepala"),
					demo("hi.staf"));
		assertThat(mails).extracting(Received::subject)
			.containsOnly("[Ukur] Formulir pengukuran kinerja TW II 2026 menunggu isian Anda");
		Received first = mails.stream().filter((mail) -> mail.to().equals(demo("hi.staf"))).findFirst().orElseThrow();
		assertThat(first.text()).startsWith("Yth. ")
			.contains("Bidang Hubungan Industrial dan Jaminan Sosial", "10 Juli 2026",
					"http://localhost:8080/rounds/" + this.roundId);
		assertThat(first.html()).contains("<a href=\"http://localhost:8080/rounds/" + this.roundId + "\">");
	}

	@Test
	void aCurrentStepIsAnnouncedToItsRolesIncludingRegionWideOnes() {
		publish(new RoundEvents.StepBecameCurrent(this.roundId, this.agency.id(), PERIOD, 3, "Memverifikasi isian",
				List.of(Role.HEAD, Role.PLANNING_AGENCY), Instant.parse("2026-07-13T09:00:00Z")));

		List<Received> mails = received(2);
		assertThat(mails).extracting(Received::to)
			.containsExactlyInAnyOrder("lpk-disperinaker.kepala@demo.ukur.id", "lpk.bappeda@demo.ukur.id");
		assertThat(mails).extracting(Received::subject)
			.containsOnly("[Ukur] Langkah 3 pengukuran kinerja TW II 2026 menunggu Anda");
		assertThat(mails.get(0).text()).contains("Memverifikasi isian", "13 Juli 2026, 16.00");
	}

	@Test
	void returnedValuesAreExplainedToTheUnit() {
		publish(new RoundEvents.ValuesReturned(this.roundId, this.agency.id(), PERIOD, "PELATIHAN",
				List.of("IKU-2.1", "IKU-2.3"), "Bukti dukung belum ditandatangani"));

		List<Received> mails = received(2);
		assertThat(mails).extracting(Received::to)
			.containsExactlyInAnyOrder(demo("pelatihan.kepala"), demo("pelatihan.staf"));
		assertThat(mails).extracting(Received::subject)
			.containsOnly("[Ukur] Isian pengukuran kinerja TW II 2026 dikembalikan untuk diperbaiki");
		assertThat(mails.get(0).text()).contains("IKU-2.1, IKU-2.3", "Bukti dukung belum ditandatangani");
	}

	@Test
	void aNearDeadlineIsRemindedToTheUnit() {
		publish(new RoundEvents.DeadlineReminder(this.roundId, this.agency.id(), PERIOD, "PROGRAM",
				LocalDate.of(2026, 7, 10), false));

		List<Received> mails = received(2);
		assertThat(mails).extracting(Received::to)
			.containsExactlyInAnyOrder(demo("program.kepala"), demo("program.staf"));
		assertThat(mails).extracting(Received::subject)
			.containsOnly(
					"[Ukur] Pengingat: formulir pengukuran kinerja TW II 2026 dikirim paling lambat 10 Juli 2026");
	}

	@Test
	void aPassedDeadlineIsRemindedToActiveUsersOnly() {
		setActive("lpk-disperinaker.hi.staf", false);
		try {
			publish(new RoundEvents.DeadlineReminder(this.roundId, this.agency.id(), PERIOD, "HI",
					LocalDate.of(2026, 7, 10), true));

			List<Received> mails = received(1);
			assertThat(mails).extracting(Received::to).containsExactly(demo("hi.kepala"));
			assertThat(mails).extracting(Received::subject)
				.containsOnly("[Ukur] Formulir pengukuran kinerja TW II 2026 melewati batas waktu");
			assertThat(mails.get(0).text()).contains("sudah lewat");
		}
		finally {
			setActive("lpk-disperinaker.hi.staf", true);
		}
	}

	@Test
	void aLateStepRemindsItsRolesAndThePlanner() {
		publish(new RoundEvents.StepLate(this.roundId, this.agency.id(), PERIOD, 5, "Menyusun rekapitulasi",
				List.of(Role.TEAM)));

		List<Received> mails = received(2);
		assertThat(mails).extracting(Received::to)
			.containsExactlyInAnyOrder("lpk-disperinaker.tim@demo.ukur.id", "lpk-disperinaker.perencana@demo.ukur.id");
		assertThat(mails).extracting(Received::subject)
			.containsOnly("[Ukur] Langkah 5 pengukuran kinerja TW II 2026 melewati waktu baku");
	}

	@Test
	void aSentReportIsAnnouncedToThePlanningAgency() {
		publish(new RoundEvents.RoundSent(this.roundId, this.agency.id(), this.agency.regionId(), PERIOD));

		List<Received> mails = received(1);
		assertThat(mails).extracting(Received::to).containsExactly("lpk.bappeda@demo.ukur.id");
		assertThat(mails).extracting(Received::subject)
			.containsOnly("[Ukur] Laporan pengukuran kinerja Disperinaker TW II 2026 telah dikirim");
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private void setActive(String username, boolean active) {
		this.jdbc.sql("update app_user set active = ? where username = ?").params(active, username).update();
	}

	/** The mails of this test's round, after waiting for the expected number. */
	private List<Received> received(int expected) {
		List<MimeMessage> messages = TestMail.await((message) -> roundOf(message) == this.roundId, expected,
				Duration.ofSeconds(20));
		List<Received> mails = messages.stream().map(MailNotificationsIT::read).toList();
		assertThat(mails).as("mails of round %d", this.roundId).hasSize(expected);
		return mails;
	}

	private static long roundOf(MimeMessage message) {
		Matcher link = ROUND_LINK.matcher(TestMail.plainText(message));
		return link.find() ? Long.parseLong(link.group(1)) : -1;
	}

	private static Received read(MimeMessage message) {
		try {
			InternetAddress to = (InternetAddress) message.getRecipients(Message.RecipientType.TO)[0];
			return new Received(to.getAddress(), message.getSubject(), TestMail.plainText(message),
					TestMail.html(message));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String demo(String unitAccount) {
		return "lpk-disperinaker." + unitAccount + "@demo.ukur.id";
	}

	/** A mail as read back from the server. */
	private record Received(String to, String subject, String text, String html) {
	}

}
