package id.ukur.generator;

import id.ukur.UkurApplication;
import id.ukur.organization.RegionSettings;
import id.ukur.sop.Sops;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generator from the command line: starts Ukur (on a random port) on the configured
 * database (the H2 file under {@code ./data/} by default, PostgreSQL with the
 * {@code postgres} profile and its {@code UKUR_DB_*} variables), migrates it, generates
 * and prints what it wrote.
 */
public final class GeneratorCommand {

	private GeneratorCommand() {
	}

	/**
	 * @param args the generator's options ({@link GeneratorOptions#USAGE}) and any Spring
	 * property as {@code --name=value}
	 */
	public static void main(String[] args) throws Exception {
		List<String> spring = Arrays.stream(args).filter((arg) -> arg.matches("--[\\w.-]+=.*")).toList();
		GeneratorOptions options = GeneratorOptions
			.parse(Arrays.stream(args).filter((arg) -> !spring.contains(arg)).toArray(String[]::new));
		try (ConfigurableApplicationContext context = start(
				spring.stream().map((arg) -> arg.substring(2)).toArray(String[]::new))) {
			System.out.println(generator(context).generate(options));
		}
	}

	/**
	 * Ukur on a random port without reminders, on the database its configuration names.
	 * @param properties properties ({@code key=value}) that win over the configuration
	 */
	public static ConfigurableApplicationContext start(String... properties) {
		return new SpringApplicationBuilder(UkurApplication.class)
			.properties("server.port=0", "ukur.reminders.enabled=false", "spring.main.banner-mode=off",
					"logging.level.root=WARN", "logging.level.id.ukur.generator=INFO")
			.run(Arrays.stream(properties).map((property) -> "--" + property).toArray(String[]::new));
	}

	/** The generator on an application's database, with its own JSON and passwords. */
	public static DataGenerator generator(ApplicationContext context) {
		return new DataGenerator(context.getBean(DataSource.class), context.getBean(JsonMapper.class),
				context.getBean(PasswordEncoder.class), context.getBean(RegionSettings.class),
				context.getBean(Sops.class));
	}

}
