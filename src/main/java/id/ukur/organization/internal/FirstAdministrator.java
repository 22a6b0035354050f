package id.ukur.organization.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.ukur.organization.RegionCommand;
import id.ukur.organization.RegionKind;
import id.ukur.organization.Role;
import id.ukur.organization.UserCommand;
import id.ukur.organization.Usernames;
import id.ukur.shared.ConflictException;
import id.ukur.shared.InvalidInputException;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start of a production installation: on a database without any user, creates
 * the first region and its administrator from {@code UKUR_ADMIN_USERNAME},
 * {@code UKUR_ADMIN_PASSWORD}, {@code UKUR_REGION_CODE} and {@code UKUR_REGION_NAME}
 * (README, "Production on PostgreSQL"). Once any user exists it does nothing, whatever
 * the variables say.
 * <p>
 * A weak password or a missing variable stops the start with a message naming the
 * variable ({@link FirstAdministratorRefused}): an installation nobody can sign in to is
 * worse than one that does not start. Several nodes starting at once on an empty database
 * are safe: the check and the creation run in one transaction, and the unique region code
 * and username let exactly one node's transaction commit; the others roll back and log
 * it.
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	/** Who the journal names for what the first start creates: nobody signed in yet. */
	static final String FIRST_START = "first-start";

	private final OrganizationSetupService setup;

	private final UserAccountService accounts;

	private final RegionRepository regions;

	private final TransactionTemplate transactions;

	private final Validator validator;

	private final MessageSource messages;

	private final Map<String, String> variables = new LinkedHashMap<>();

	/**
	 * Whether the demo organisation is loaded right after this runner: then an empty
	 * database is expected and the start says nothing about it.
	 */
	private final boolean demo;

	@Autowired
	FirstAdministrator(OrganizationSetupService setup, UserAccountService accounts, RegionRepository regions,
			TransactionTemplate transactions, Validator validator, MessageSource messages, DemoAccountsService demo,
			@Value("${ukur.admin.username:}") String username, @Value("${ukur.admin.password:}") String password,
			@Value("${ukur.region.code:}") String regionCode, @Value("${ukur.region.name:}") String regionName) {
		this(setup, accounts, regions, transactions, validator, messages, demo.enabled(), username, password,
				regionCode, regionName);
	}

	/** Without the demo organisation. */
	FirstAdministrator(OrganizationSetupService setup, UserAccountService accounts, RegionRepository regions,
			TransactionTemplate transactions, Validator validator, MessageSource messages, String username,
			String password, String regionCode, String regionName) {
		this(setup, accounts, regions, transactions, validator, messages, false, username, password, regionCode,
				regionName);
	}

	private FirstAdministrator(OrganizationSetupService setup, UserAccountService accounts, RegionRepository regions,
			TransactionTemplate transactions, Validator validator, MessageSource messages, boolean demo,
			String username, String password, String regionCode, String regionName) {
		this.demo = demo;
		this.setup = setup;
		this.accounts = accounts;
		this.regions = regions;
		this.transactions = transactions;
		this.validator = validator;
		this.messages = messages;
		this.variables.put("UKUR_ADMIN_USERNAME", username.trim());
		this.variables.put("UKUR_ADMIN_PASSWORD", password);
		this.variables.put("UKUR_REGION_CODE", regionCode.trim());
		this.variables.put("UKUR_REGION_NAME", regionName.trim());
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean anySet = this.variables.values().stream().anyMatch((value) -> !value.isBlank());
		if (this.setup.anyUser()) {
			if (anySet) {
				log.info("Users exist: UKUR_ADMIN_USERNAME and the other first-start variables are ignored");
			}
			return;
		}
		if (!anySet && this.demo) {
			// the demo loader (ukur.demo.enabled) creates the demo accounts next
			return;
		}
		if (!anySet) {
			log.warn("No user exists and nobody can sign in: set UKUR_ADMIN_USERNAME, UKUR_ADMIN_PASSWORD,"
					+ " UKUR_REGION_CODE and UKUR_REGION_NAME and start again (README, Production on PostgreSQL)");
			return;
		}
		createOnce();
	}

	/**
	 * Checks the variables and creates the region and its administrator, unless another
	 * node did first.
	 * @throws FirstAdministratorRefused naming every variable that is missing or wrong
	 */
	void createOnce() {
		List<String> refusals = refusals();
		if (!refusals.isEmpty()) {
			throw new FirstAdministratorRefused(refusals);
		}
		String username = Usernames.normalize(this.variables.get("UKUR_ADMIN_USERNAME"));
		String code = this.variables.get("UKUR_REGION_CODE").toLowerCase(Locale.ROOT);
		try {
			Boolean created = this.transactions.execute((status) -> create(code, username));
			if (Boolean.TRUE.equals(created)) {
				log.info("First start: region '{}' and its administrator '{}' created; sign in and replace the"
						+ " password", code, username);
			}
		}
		catch (DataAccessException | InvalidInputException | ConflictException ex) {
			// the other node's unique region code or username, or a lock it holds (H2
			// times
			// out where PostgreSQL waits): its transaction is about to commit
			if (!userAppears()) {
				throw ex;
			}
			log.info("First start: another node created the first administrator at the same time; nothing"
					+ " created here");
		}
	}

	/** Waits up to ten seconds for another node's first administrator. */
	private boolean userAppears() {
		for (int i = 0; i < 20; i++) {
			if (this.setup.anyUser()) {
				return true;
			}
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	private boolean create(String code, String username) {
		if (this.setup.anyUser()) {
			log.info("First start: another node created the first administrator; nothing created here");
			return false;
		}
		// a region made beforehand (by SQL) is used as it is
		long regionId = this.regions.findByCode(code)
			.map(Region::id)
			.orElseGet(() -> this.setup.insertRegion(regionCommand(), FIRST_START).id());
		this.accounts.insertUser(regionId, userCommand(), this.variables.get("UKUR_ADMIN_PASSWORD"), true, FIRST_START);
		return true;
	}

	private List<String> refusals() {
		List<String> refusals = new ArrayList<>();
		this.variables.forEach((name, value) -> {
			if (value.isBlank()) {
				refusals.add(name + " is not set");
			}
		});
		if (!refusals.isEmpty()) {
			return refusals;
		}
		String password = PasswordPolicy.problem(this.variables.get("UKUR_ADMIN_PASSWORD"),
				this.variables.get("UKUR_ADMIN_USERNAME"));
		if (password != null) {
			refusals.add("UKUR_ADMIN_PASSWORD is refused: " + english(password));
		}
		this.validator.validate(userCommand())
			.forEach((violation) -> refusals
				.add(variable(violation.getPropertyPath().toString()) + " is refused: " + violation.getMessage()));
		this.validator.validate(regionCommand())
			.forEach((violation) -> refusals
				.add(variable("region." + violation.getPropertyPath()) + " is refused: " + violation.getMessage()));
		return refusals;
	}

	private UserCommand userCommand() {
		return new UserCommand(Usernames.normalize(this.variables.get("UKUR_ADMIN_USERNAME")),
				// short: the navigation bar shows it
				"Administrator " + this.variables.get("UKUR_REGION_CODE").toUpperCase(Locale.ROOT), null, null, null,
				null, EnumSet.of(Role.ADMIN, Role.INSTALLATION_ADMIN), null);
	}

	private RegionCommand regionCommand() {
		String name = this.variables.get("UKUR_REGION_NAME");
		return new RegionCommand(this.variables.get("UKUR_REGION_CODE").toLowerCase(Locale.ROOT), name, kind(name),
				null);
	}

	/** Kabupaten, Kota or Provinsi as the region's name starts; a regency otherwise. */
	static RegionKind kind(String name) {
		String first = name.trim().split("\\s+")[0].toUpperCase(Locale.ROOT);
		for (RegionKind kind : RegionKind.values()) {
			if (kind.name().equals(first)) {
				return kind;
			}
		}
		return RegionKind.KABUPATEN;
	}

	private static String variable(String property) {
		return switch (property) {
			case "username" -> "UKUR_ADMIN_USERNAME";
			case "region.code" -> "UKUR_REGION_CODE";
			case "region.name" -> "UKUR_REGION_NAME";
			default -> "UKUR_ADMIN_USERNAME or UKUR_REGION_NAME";
		};
	}

	private String english(String code) {
		return this.messages.getMessage(code, null, code, Locale.ENGLISH);
	}

	/** The first start cannot create its administrator as configured. */
	static final class FirstAdministratorRefused extends RuntimeException {

		private final List<String> refusals;

		FirstAdministratorRefused(List<String> refusals) {
			super("The first administrator is not created: " + String.join("; ", refusals));
			this.refusals = List.copyOf(refusals);
		}

		List<String> refusals() {
			return this.refusals;
		}

	}

}
