package id.ukur.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class DurabilityCheckTest {

	@ParameterizedTest(name = "{0} {1}={2}, {3}={4}: {5} warnings")
	@CsvSource(nullValues = "-", textBlock = """
			PostgreSQL, fsync, on,  synchronous_commit, on,     0
			PostgreSQL, fsync, on,  synchronous_commit, local,  0
			PostgreSQL, fsync, on,  synchronous_commit, remote_apply, 0
			PostgreSQL, fsync, ON,  synchronous_commit, OFF,    1
			PostgreSQL, fsync, on,  synchronous_commit, off,    1
			PostgreSQL, fsync, off, synchronous_commit, on,     1
			PostgreSQL, fsync, off, synchronous_commit, off,    2
			PostgreSQL, fsync, -,   synchronous_commit, on,     1
			H2,         WRITE_DELAY, 0,   -, -,                 0
			H2,         WRITE_DELAY, 500, -, -,                 1
			H2,         WRITE_DELAY, 1,   -, -,                 1
			H2,         WRITE_DELAY, -,   -, -,                 1
			""")
	void warnsWhenACommitIsAcknowledgedBeforeItIsWritten(String product, String name1, String value1, String name2,
			String value2, int warnings) {
		Map<String, String> settings = new HashMap<>();
		settings.put(name1, value1);
		if (name2 != null) {
			settings.put(name2, value2);
		}
		assertThat(DurabilityCheck.warnings(product, settings)).hasSize(warnings);
	}

	@Test
	void theShippedEmbeddedDatabaseWritesEveryCommit() throws IOException {
		String shipped = shippedUrl();
		assertThat(check(shipped.replace("./data/ukur", h2File("shipped")))).isEmpty();
		String withoutSetting = shipped.replace(";WRITE_DELAY=0", "").replace("./data/ukur", h2File("default"));
		assertThat(check(withoutSetting)).singleElement().asString().contains("WRITE_DELAY=500");
	}

	private static List<String> check(String url) {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
		try {
			return new DurabilityCheck(dataSource, JdbcClient.create(dataSource)).warnings();
		}
		finally {
			dataSource.destroy();
		}
	}

	private static String shippedUrl() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = DurabilityCheckTest.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:./data/ukur;");
		return url;
	}

	private static String h2File(String name) {
		return Path.of("target", "durability-check", name + "-" + System.nanoTime(), "ukur")
			.toAbsolutePath()
			.toString();
	}

}
