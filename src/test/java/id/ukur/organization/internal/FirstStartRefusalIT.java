package id.ukur.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.ukur.UkurApplication;
import id.ukur.support.TestDatabase;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * First starts that must not create anything: a weak password or a missing variable stops
 * the start with Spring Boot's short report naming the variable; and two nodes starting
 * at once on an empty database create one administrator between them.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartRefusalIT {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "weak_password | lemah.admin | pendek1 | UKUR_ADMIN_PASSWORD is refused",
					"missing_password | lemah.admin | '' | UKUR_ADMIN_PASSWORD is not set",
					"bad_username | Lemah Admin | Lemah2026kuat | UKUR_ADMIN_USERNAME is refused" })
	void aRefusedFirstStartStopsWithTheVariableNamedAndCreatesNothing(String name, String username, String password,
			String expected, CapturedOutput output) {
		String database = TestDatabase.fresh("ukur_refused_" + name);
		assertThatThrownBy(
				() -> start(database, "--ukur.admin.username=" + username, "--ukur.admin.password=" + password,
						"--ukur.region.code=lmh", "--ukur.region.name=Kabupaten Lemah")
					.close())
			.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
				.isInstanceOf(FirstAdministrator.FirstAdministratorRefused.class));
		assertThat(output).contains("APPLICATION FAILED TO START").contains(expected).contains("Nothing was created");
		JdbcClient jdbc = jdbc(database);
		assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from region").query(Long.class).single()).isZero();
	}

	@Test
	void withoutTheVariablesAnEmptyDatabaseStartsAndSaysNobodyCanSignIn(CapturedOutput output) throws Exception {
		String database = TestDatabase.fresh("ukur_no_variables");
		try (ConfigurableApplicationContext context = start(database)) {
			assertThat(output).contains("No user exists and nobody can sign in");
			// two nodes at once: both see no user, one commits, the other rolls back
			int nodes = 2;
			CountDownLatch ready = new CountDownLatch(nodes);
			ExecutorService pool = Executors.newFixedThreadPool(nodes);
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < nodes; i++) {
				FirstAdministrator node = node(context);
				runs.add(pool.submit(() -> {
					ready.countDown();
					ready.await();
					node.createOnce();
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get();
			}
			pool.shutdown();
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select username from app_user").query(String.class).list())
				.containsExactly("dua.admin");
			assertThat(jdbc.sql("select code from region").query(String.class).list()).containsExactly("dua");
			assertThat(jdbc.sql("select role from role_grant").query(String.class).list())
				.containsExactlyInAnyOrder("ADMIN", "INSTALLATION_ADMIN");
			assertThat(output).contains("another node created the first administrator");
		}
	}

	private static FirstAdministrator node(ConfigurableApplicationContext context) {
		return new FirstAdministrator(context.getBean(OrganizationSetupService.class),
				context.getBean(UserAccountService.class), context.getBean(RegionRepository.class),
				context.getBean(TransactionTemplate.class), context.getBean(Validator.class),
				context.getBean(MessageSource.class), "dua.admin", "Kembar2026kuat", "dua", "Kota Dua");
	}

	private static ConfigurableApplicationContext start(String database, String... arguments) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
				"--spring.datasource.username=" + TestDatabase.username(),
				"--spring.datasource.password=" + (TestDatabase.isPostgres() ? "postgres" : ""),
				"--ukur.demo.enabled=false", "--ukur.reminders.enabled=false"));
		args.addAll(List.of(arguments));
		return new SpringApplicationBuilder(UkurApplication.class).run(args.toArray(String[]::new));
	}

	private static JdbcClient jdbc(String database) {
		var source = new org.springframework.jdbc.datasource.DriverManagerDataSource(database, TestDatabase.username(),
				TestDatabase.isPostgres() ? "postgres" : "");
		return JdbcClient.create(source);
	}

}
