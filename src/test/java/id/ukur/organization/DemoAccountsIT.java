package id.ukur.organization;

import java.util.List;
import java.util.Map;

import id.ukur.support.IntegrationTest;
import id.ukur.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every demo account signs in with its documented password and lands on a home page for
 * its role.
 */
class DemoAccountsIT extends IntegrationTest {

	private static final Map<Role, String> ROLE_LABELS = Map.of(Role.HEAD, "Kepala Perangkat Daerah", Role.SECRETARY,
			"Sekretaris", Role.PLANNER, "Perencana", Role.TEAM, "Tim SAKIP", Role.UNIT_HEAD, "Kepala Unit",
			Role.UNIT_STAFF, "Staf Unit", Role.PLANNING_AGENCY, "Bappeda", Role.AUDITOR, "Inspektorat", Role.ADMIN,
			"Administrator");

	@Autowired
	DemoAccounts demo;

	@Test
	void theDemoOrganisationIsComplete() {
		assertThat(count("region")).isEqualTo(5);
		assertThat(count("agency")).isEqualTo(6);
		assertThat(count("app_user")).isGreaterThanOrEqualTo(this.demo.all().size());
		assertThat(this.jdbc.sql("select count(*) from holiday where holiday_date = ?")
			.param(java.time.LocalDate.of(2026, 8, 17))
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(this.jdbc.sql("select count(distinct nip) from official").query(Long.class).single())
			.isEqualTo(count("official"));
	}

	@Test
	void everyDemoAccountReachesAHomePageThatFitsItsRole() {
		List<DemoAccount> accounts = this.demo.all();
		assertThat(accounts).hasSize(93);
		assertSoftly((softly) -> {
			for (DemoAccount account : accounts) {
				WebSession session = web();
				WebSession.Page home = session.login(account.username(), account.password());
				softly.assertThat(home.path()).as(account.username()).isEqualTo("/");
				softly.assertThat(home.text("#greeting")).as(account.username()).startsWith("Selamat datang");
				softly.assertThat(home.text(".role-badge"))
					.as(account.username())
					.isEqualTo(ROLE_LABELS.get(account.role()));
				String nav = home.document().select("#mainNav .navbar-nav .nav-link").text();
				softly.assertThat(nav.contains("Pengaturan"))
					.as(account.username() + " nav: " + nav)
					.isEqualTo(account.role() == Role.ADMIN);
				List<String> agencyLinks = home.document()
					.select("#home-agencies a")
					.eachAttr("href")
					.stream()
					.map((href) -> href.substring(href.lastIndexOf('/') + 1))
					.toList();
				if (account.role().regionWide()) {
					softly.assertThat(agencyLinks)
						.as(account.username())
						.allMatch((code) -> code.startsWith(account.scopeCode() + "-"))
						.isNotEmpty();
				}
				else {
					softly.assertThat(agencyLinks).as(account.username()).containsExactly(account.scopeCode());
				}
			}
		});
	}

	@Test
	void theLoginPageListsTheDemoAccountsInDemoMode() {
		WebSession.Page login = web().get("/login");
		assertThat(login.document().select(".demo-username")).hasSize(93);
		assertThat(login.document().select("#demo-accounts").text()).contains("ukur2026");
		assertThat(login.document().title()).isEqualTo("Masuk — Ukur");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
