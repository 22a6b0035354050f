package id.ukur.sop.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.Role;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Sops;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SopService implements Sops {

	private final Organization organization;

	private final SopStore store;

	private final JsonMapper json;

	private final YAMLMapper yaml;

	private final Clock clock;

	private final SopJournal journal;

	SopService(Organization organization, SopStore store, JsonMapper json, Clock clock, SopJournal journal) {
		this.organization = organization;
		this.store = store;
		this.json = json;
		this.yaml = SopYaml.mapper();
		this.clock = clock;
		this.journal = journal;
	}

	@Override
	public Optional<SopRevision> active(String agencyCode, CurrentUser user) {
		return this.store.active(this.organization.agency(agencyCode, user).id());
	}

	@Override
	public List<SopRevision> revisions(String agencyCode, CurrentUser user) {
		return this.store.all(this.organization.agency(agencyCode, user).id());
	}

	@Override
	public SopRevision revision(String agencyCode, int revision, CurrentUser user) {
		return this.store.revision(this.organization.agency(agencyCode, user).id(), revision)
			.orElseThrow(() -> new NotFoundException("Unknown revision " + revision));
	}

	@Override
	public boolean canEdit(String agencyCode, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		return user.has(Role.PLANNER) && user.agencyId() != null && user.agencyId() == agency.id();
	}

	@Override
	@Transactional
	public SopRevision publish(String agencyCode, SopDefinition definition, LocalDate revisionDate, String note,
			CurrentUser user) {
		if (!canEdit(agencyCode, user)) {
			throw new ForbiddenException("Only the agency's planner publishes its SOP");
		}
		List<FieldProblem> problems = SopValidator.check(definition);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		AgencyView agency = this.organization.agency(agencyCode, user);
		LocalDate date = (revisionDate != null) ? revisionDate : LocalDate.now(this.clock.withZone(SopYaml.ZONE));
		Optional<SopRevision> previous = this.store.active(agency.id());
		SopRevision published = this.store.add(agency.id(), definition, date, note, user.username(),
				this.clock.instant());
		this.journal.published(previous.orElse(null), published, user.username());
		return published;
	}

	@Override
	public List<FieldProblem> check(SopDefinition definition) {
		return SopValidator.check(definition);
	}

	@Override
	public Optional<SopRevision> activeOf(long agencyId) {
		return this.store.active(agencyId);
	}

	@Override
	public Optional<SopRevision> byId(long revisionId) {
		return this.store.byId(revisionId);
	}

	@Override
	public SopDefinition parse(String text, boolean yamlText) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("body", "sop.parse.empty");
		}
		try {
			return yamlText ? this.yaml.readValue(text, SopDefinition.class)
					: this.json.readerFor(SopDefinition.class)
						.with(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
						.readValue(text);
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null) ? String.valueOf(ex.getLocation().getLineNr()) : "?";
			throw new InvalidInputException("body", "sop.parse.error", where, ex.getOriginalMessage());
		}
	}

	@Override
	public String toYaml(SopDefinition definition) {
		return this.yaml.writeValueAsString(definition);
	}

	/** Stores a definition read at start-up (demo data), validated like any other. */
	@Transactional
	public SopRevision load(long agencyId, SopDefinition definition, LocalDate revisionDate) {
		List<FieldProblem> problems = SopValidator.check(definition);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<SopRevision> previous = this.store.active(agencyId);
		SopRevision loaded = this.store.add(agencyId, definition, revisionDate, "Dimuat dari SOP asli (demo)", "demo",
				this.clock.instant());
		this.journal.published(previous.orElse(null), loaded, "demo");
		return loaded;
	}

}
