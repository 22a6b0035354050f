package id.ukur.round.internal.demo;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.DemoAccount;
import id.ukur.organization.DemoAccounts;
import id.ukur.organization.Organization;
import id.ukur.organization.UserAccounts;
import id.ukur.round.Rounds;
import id.ukur.round.internal.ReminderRun;
import id.ukur.shared.PinnableClock;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the demo history (docs/demo.md) after the demo organisation, plans and SOPs are
 * loaded, when {@code ukur.demo.history} is true and none of the demo agencies has a
 * round yet: every round through {@link Rounds} as the demo users of its SOP's lanes, on
 * the story's clock, so that each act is checked, journaled and calculated as in use.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "ukur.demo.history", havingValue = "true")
class DemoHistoryLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoHistoryLoader.class);

	private final DemoAccounts demo;

	private final UserAccounts users;

	private final Organization organization;

	private final Rounds rounds;

	private final ReminderRun reminders;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoHistoryLoader(DemoAccounts demo, UserAccounts users, Organization organization, Rounds rounds,
			ReminderRun reminders, TransactionTemplate transactions, Clock clock) {
		this.transactions = transactions;
		this.demo = demo;
		this.users = users;
		this.organization = organization;
		this.rounds = rounds;
		this.reminders = reminders;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demo.enabled()) {
			load();
		}
	}

	/**
	 * @return how many rounds were written: none when a demo agency has rounds already
	 */
	int load() {
		long started = System.nanoTime();
		long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		List<DemoCast> casts = casts();
		if (casts.stream().anyMatch((c) -> !this.rounds.rounds(c.agency().code(), c.reader()).isEmpty())) {
			log.debug("Demo history not written: the demo agencies have rounds");
			return 0;
		}
		int written = 0;
		for (DemoCast cast : casts) {
			written += write(cast);
		}
		// what the reminder job would have claimed during the story counts as reminded;
		// on the pinned clock nobody is told (docs/demo.md)
		Instant now = this.clock.instant();
		PinnableClock.at(now, () -> this.reminders.remind(now));
		log.info("Demo history written: {} rounds in {} ms ({} ms of processor time)", written,
				(System.nanoTime() - started) / 1_000_000,
				(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
		return written;
	}

	private int write(DemoCast cast) {
		AgencyView agency = cast.agency();
		ZoneId zone = this.organization.region(agency.regionId()).timeZone();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), zone);
		Actors actors = new Actors(this.rounds, cast);
		int written = 0;
		for (RoundScript script : HistoryPlan.of(agency.code(), today)) {
			Timeline time = new Timeline(zone, script.orderDay(), 20 + (int) Math.floorMod(script.seed(), 90));
			// a round's acts in one transaction: the round is written whole or not at
			// all, and the database commits once instead of after every act
			this.transactions.execute((status) -> new RoundWalker(this.rounds, actors, script, time).run());
			written++;
		}
		return written;
	}

	/**
	 * @return the casts of the demo agencies whose SOP lets one of their users order
	 */
	private List<DemoCast> casts() {
		List<DemoAccount> accounts = this.demo.all();
		List<CurrentUser> everyone = accounts.stream()
			.map((a) -> this.users.byUsername(a.username()))
			.flatMap(Optional::stream)
			.filter(CurrentUser::active)
			.toList();
		List<DemoCast> casts = new ArrayList<>();
		accounts.stream()
			.filter((a) -> !a.role().regionWide())
			.map(DemoAccount::scopeCode)
			.distinct()
			.sorted()
			.map(this.organization::agencyByCode)
			.flatMap(Optional::stream)
			.map((agency) -> DemoCast.of(agency, everyone))
			.filter((cast) -> cast.members().stream().anyMatch((u) -> this.rounds.canOrder(cast.agency().code(), u)))
			.forEach(casts::add);
		return casts;
	}

}
