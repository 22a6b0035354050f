package id.ukur.organization.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.ukur.audit.JournalKind;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Letterheads;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.OptimisticLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions' letterheads: one versioned row per region, journaled with every change
 * (the logo by its SHA-256, never its bytes).
 */
@Service
@Transactional(readOnly = true)
class LetterheadService implements Letterheads {

	/**
	 * Digits with spaces, dashes, dots, brackets and a leading +, at least six digits:
	 * (0752) 7750-123.
	 */
	private static final Pattern PHONE = Pattern.compile("(?=(\\D*\\d){6})\\+?[0-9(][0-9 ().\\-]{4,38}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

	/** A host name with at least one dot, an optional http(s) scheme and path. */
	private static final Pattern WEBSITE = Pattern.compile(
			"(?i)(https?://)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:[0-9]{1,5})?(/\\S*)?");

	private static final String COLUMNS = "address, phone, email, website, logo, logo_type, version";

	private final JdbcClient jdbc;

	private final OrganizationJournal journal;

	LetterheadService(JdbcClient jdbc, OrganizationJournal journal) {
		this.jdbc = jdbc;
		this.journal = journal;
	}

	@Override
	public Letterhead of(long regionId) {
		return this.jdbc.sql("select " + COLUMNS + " from region_letterhead where region_id = ?")
			.param(regionId)
			.query((rs, row) -> new Letterhead(regionId, rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getBytes(5), rs.getString(6), rs.getLong(7)))
			.optional()
			.orElse(Letterhead.empty(regionId));
	}

	@Override
	public Letterhead ofRegion(String regionCode) {
		return this.jdbc.sql("select id from region where code = ?")
			.param(regionCode)
			.query(Long.class)
			.optional()
			.map(this::of)
			.orElse(Letterhead.empty(0));
	}

	@Override
	@Transactional
	public Letterhead update(CurrentUser admin, LetterheadCommand command) {
		AdminRights.requireRegion(admin, admin.regionId());
		long regionId = admin.regionId();
		List<FieldProblem> problems = new ArrayList<>();
		String address = text(new Rule("address", 300, null, "letterhead.address.tooLong", null), command.address(),
				problems);
		String phone = text(new Rule("phone", 40, PHONE, "letterhead.phone.tooLong", "letterhead.phone.invalid"),
				command.phone(), problems);
		String email = text(new Rule("email", 200, EMAIL, "letterhead.email.tooLong", "letterhead.email.invalid"),
				command.email(), problems);
		String website = text(
				new Rule("website", 200, WEBSITE, "letterhead.website.tooLong", "letterhead.website.invalid"),
				command.website(), problems);
		Letterhead before = of(regionId);
		byte[] logo = command.removeLogo() ? null : before.logo();
		String logoType = command.removeLogo() ? null : before.logoType();
		if (command.logo() != null && command.logo().length > 0) {
			try {
				logoType = LogoCheck.check(command.logo());
				logo = command.logo();
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Letterhead after = new Letterhead(regionId, address, phone, email, website, logo, logoType, 0);
		write(before, after, command.version());
		this.journal.changed(JournalKind.ORGANIZATION, regionId, null, "LETTERHEAD:" + admin.regionCode(),
				"LETTERHEAD_CHANGED", admin.username(), fields(before), fields(after));
		return of(regionId);
	}

	private void write(Letterhead before, Letterhead after, Long seen) {
		Long id = this.jdbc.sql("select id from region_letterhead where region_id = ?")
			.param(after.regionId())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null) {
			// nothing saved yet: the form was shown with version 0
			OptimisticLock.require(0L, seen);
			this.jdbc
				.sql("insert into region_letterhead (region_id, address, phone, email, website, logo, logo_type,"
						+ " logo_sha256) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(after.regionId(), after.address(), after.phone(), after.email(), after.website(), after.logo(),
						after.logoType(), sha256(after.logo()))
				.update();
			return;
		}
		OptimisticLock.require(before.version(), seen);
		OptimisticLock
			.update(this.jdbc, "region_letterhead",
					"address = ?, phone = ?, email = ?, website = ?, logo = ?, logo_type = ?, logo_sha256 = ?")
			.values(after.address(), after.phone(), after.email(), after.website(), after.logo(), after.logoType(),
					sha256(after.logo()))
			.apply(id, seen);
	}

	/**
	 * A trimmed optional text: blank is none; too long or not of its pattern is refused
	 * naming the field.
	 */
	private static String text(Rule rule, String typed, List<FieldProblem> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.strip();
		if (text.length() > rule.max()) {
			problems.add(new FieldProblem(rule.field(), rule.tooLong(), rule.max()));
		}
		else if (rule.pattern() != null && !rule.pattern().matcher(text).matches()) {
			problems.add(new FieldProblem(rule.field(), rule.invalid()));
		}
		return text;
	}

	/** The rule of one text field: its length, its form and the keys of its refusals. */
	private record Rule(String field, int max, Pattern pattern, String tooLong, String invalid) {
	}

	private static Map<String, Object> fields(Letterhead letterhead) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("address", letterhead.address());
		fields.put("phone", letterhead.phone());
		fields.put("email", letterhead.email());
		fields.put("website", letterhead.website());
		fields.put("logoSha256", sha256(letterhead.logo()));
		return fields;
	}

	private static String sha256(byte[] content) {
		if (content == null) {
			return null;
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
