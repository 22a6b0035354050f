package id.ukur.round.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.UserAccounts;
import id.ukur.round.RoundStatus;
import id.ukur.round.RoundView;
import id.ukur.shared.InboxItem;
import id.ukur.support.Api;
import id.ukur.support.IntegrationTest;
import id.ukur.support.RoundDriver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lists of rounds (an agency's rounds, the rounds a region received) read for all
 * their rounds at once ({@link RoundLists}) show exactly what each round loaded on its
 * own shows ({@link RoundLoader#summary}, {@link RoundViews#round}): every field, forms,
 * counts, current step and the actions of every reader, on H2 and PostgreSQL. Besides the
 * rounds other tests left in the shared database, it makes its own of 2025 (no other test
 * orders that year): one cancelled, one with a unit submitted and another one's values in
 * draft.
 */
class RoundListsIT extends IntegrationTest {

	private static final String AGENCY = "lpk-disperinaker";

	@Autowired
	private RoundLists lists;

	@Autowired
	private RoundLoader loader;

	@Autowired
	private RoundViews views;

	@Autowired
	private RoundStore rounds;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private RoundInbox inbox;

	@Test
	void listsShowWhatEachRoundLoadedAloneShows() {
		RoundDriver cancelled = order("TW1");
		cancelled.post("kepala", "/cancel", "{\"reason\": \"Periode keliru\"}");
		RoundDriver open = order("TW2");
		List<String> units = new ArrayList<>(open.units());
		open.fillUnit(units.get(0), RoundDriver::onTarget);
		open.submit(units.get(0));
		open.fillUnit(units.get(1), RoundDriver::halfTarget);

		Instant now = Instant.now();
		Set<RoundStatus> statuses = EnumSet.noneOf(RoundStatus.class);
		int compared = 0;
		int inboxItems = 0;
		for (long agency : this.jdbc.sql("select distinct agency_id from measurement_round order by agency_id")
			.query(Long.class)
			.list()) {
			List<RoundRecord> ofAgency = this.rounds.ofAgency(agency);
			ofAgency.forEach((r) -> statuses.add(r.status));
			for (CurrentUser user : readers(agency)) {
				compared += compare(this.lists.views(ofAgency, user, now), ofAgency, user, now);
			}
			List<RoundRecord> running = ofAgency.stream()
				.filter((r) -> r.status != RoundStatus.ARCHIVED && r.status != RoundStatus.CANCELLED)
				.toList();
			for (CurrentUser user : users("agency_id = ?", agency)) {
				List<InboxItem> listed = this.inbox.roundItems(this.lists.read(running, user), user, now);
				List<InboxItem> alone = this.inbox.roundItems(
						running.stream().map((r) -> this.lists.alone(this.loader.summary(r.id, user))).toList(), user,
						now);
				assertThat(listed).as("inbox of %s", user.username()).usingRecursiveComparison().isEqualTo(alone);
				inboxItems += alone.size();
			}
		}
		for (long region : this.jdbc.sql("select distinct region_id from measurement_round").query(Long.class).list()) {
			List<RoundRecord> received = this.rounds.sentInRegion(region);
			for (CurrentUser user : users("region_id = ? and agency_id is null", region)) {
				compared += compare(this.lists.views(received, user, now), received, user, now);
			}
		}
		assertThat(statuses).contains(RoundStatus.OPEN, RoundStatus.CANCELLED);
		assertThat(compared).isGreaterThan(10);
		assertThat(inboxItems).as("forms to fill, steps to act on").isGreaterThan(3);
	}

	/** Compares the list's views with the rounds' own views, field by field. */
	private int compare(List<RoundView> listed, List<RoundRecord> rounds, CurrentUser user, Instant now) {
		List<RoundView> alone = rounds.stream()
			.map((r) -> this.views.round(this.loader.summary(r.id, user), user, now))
			.toList();
		assertThat(listed).as(user.username()).hasSameSizeAs(alone);
		for (int i = 0; i < alone.size(); i++) {
			assertThat(listed.get(i)).as("round %d read by %s", alone.get(i).id(), user.username())
				.usingRecursiveComparison()
				.isEqualTo(alone.get(i));
			assertThat(listed.get(i)).isEqualTo(alone.get(i));
		}
		return alone.size();
	}

	/** The agency's users and the region-wide users of its region. */
	private List<CurrentUser> readers(long agency) {
		List<CurrentUser> readers = new ArrayList<>(users("agency_id = ?", agency));
		long region = this.jdbc.sql("select region_id from agency where id = ?")
			.param(agency)
			.query(Long.class)
			.single();
		readers.addAll(users("region_id = ? and agency_id is null", region));
		return readers;
	}

	private List<CurrentUser> users(String where, long id) {
		return this.jdbc.sql("select username from app_user where active = true and " + where + " order by username")
			.param(id)
			.query(String.class)
			.list()
			.stream()
			.map((name) -> this.accounts.byUsername(name).orElseThrow())
			.toList();
	}

	/** A round of 2025, which no other test orders. */
	private RoundDriver order(String period) {
		Api head = tokenApi(AGENCY + ".kepala");
		String body = "{\"year\": 2025, \"period\": \"" + period + "\", \"deadline\": \""
				+ LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(7) + "\", \"orderReference\": \"800/" + period
				+ "/2025\", \"orderText\": \"Daftar putaran " + period + "\"}";
		Api.Response response = head.post("/api/v1/agencies/" + AGENCY + "/rounds", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return rounds(AGENCY).follow(response.json().get("id").asLong());
	}

}
