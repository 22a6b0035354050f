package id.ukur.organization.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import id.ukur.organization.DemoAccount;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's demo-account table is exactly the demo data, so scripts that read it can
 * trust it.
 */
class ReadmeDemoAccountsTest {

	static final String HEADER = "| username | password | role | agency | unit |";

	@Test
	void readmeTableListsEveryDemoAccount() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("README.md"));
		int start = lines.indexOf(HEADER);
		assertThat(start).as("README has the table header " + HEADER).isNotNegative();
		List<String> rows = new ArrayList<>();
		for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			rows.add(lines.get(i));
		}
		List<String> expected = DemoCatalog.accounts().stream().map(ReadmeDemoAccountsTest::row).toList();
		assertThat(rows).containsExactlyElementsOf(expected);
	}

	@Test
	void demoPeopleHaveValidDistinctNips() {
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int seq = 1; seq <= 200; seq++) {
			String nip = DemoPeople.nip(seq);
			assertThat(id.ukur.organization.Nip.problem(nip)).as(nip).isNull();
			seen.add(nip);
		}
		assertThat(seen).hasSize(200);
	}

	static String row(DemoAccount account) {
		return "| " + account.username() + " | " + account.password() + " | " + account.role() + " | "
				+ account.scopeCode() + " | " + account.unitCode() + " |";
	}

}
