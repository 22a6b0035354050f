package id.ukur.organization.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.ukur.audit.Changes;
import id.ukur.audit.Journal;
import id.ukur.audit.JournalEntry;
import id.ukur.audit.JournalKind;
import id.ukur.organization.Role;
import id.ukur.organization.UserView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes changes of the organisation and of access (units, officials, users and their
 * roles, tokens, region settings, calendars) to the journal in the caller's transaction,
 * with the fields that changed before and after (docs/journal.md). Passwords and token
 * secrets never reach it: callers pass views, which hold neither.
 */
@Component
class OrganizationJournal {

	/** Fields that change with every save and say nothing to a reader. */
	private static final Set<String> IGNORED = Set.of("id", "version", "agencyId");

	private final Journal journal;

	private final JsonMapper json;

	OrganizationJournal(Journal journal, JsonMapper json) {
		this.journal = journal;
		this.json = json;
	}

	/**
	 * A change; nothing is written when no field differs.
	 * @param regionId the region
	 * @param agencyId the agency, null for a region-level change
	 * @param before the view before, null for something new
	 * @param after the view after, null for something removed
	 */
	void changed(JournalKind kind, long regionId, Long agencyId, String subject, String action, String actor,
			Object before, Object after) {
		Changes changes = Changes.of(tree(before), tree(after), IGNORED);
		if (changes.none() && before != null && after != null) {
			return;
		}
		line(kind, regionId, agencyId, subject, action, actor, write(changes.before()), write(changes.after()));
	}

	/**
	 * A change of a user (kind {@link JournalKind#ACCESS}); roles kept as one sorted list
	 * so that a role added shows as one changed field.
	 */
	void user(long regionId, Long agencyId, String action, String actor, UserView before, UserView after) {
		String username = (after != null) ? after.username() : before.username();
		changed(JournalKind.ACCESS, regionId, agencyId, "USER:" + username, action, actor, userFields(before),
				userFields(after));
	}

	private static Map<String, Object> userFields(UserView user) {
		if (user == null) {
			return null;
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("username", user.username());
		fields.put("displayName", user.displayName());
		fields.put("email", user.email());
		fields.put("agencyCode", user.agencyCode());
		fields.put("unitCode", user.unitCode());
		fields.put("officialId", user.officialId());
		fields.put("roles", user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
		fields.put("active", user.active());
		return fields;
	}

	/** An event without values (a password reset): who did it to whom, and when. */
	void happened(JournalKind kind, long regionId, Long agencyId, String subject, String action, String actor) {
		line(kind, regionId, agencyId, subject, action, actor, null, null);
	}

	private void line(JournalKind kind, long regionId, Long agencyId, String subject, String action, String actor,
			String before, String after) {
		String cut = (subject.length() > JournalEntry.SUBJECT_MAX) ? subject.substring(0, JournalEntry.SUBJECT_MAX)
				: subject;
		this.journal.record(new JournalEntry(regionId, agencyId, null, kind, cut, action, actor, before, after, null));
	}

	private JsonNode tree(Object value) {
		return (value != null) ? this.json.valueToTree(value) : null;
	}

	private String write(Map<String, JsonNode> fields) {
		return fields.isEmpty() ? null : this.json.writeValueAsString(fields);
	}

}
