package id.ukur.sop.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionClock;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.shared.NotFoundException;
import id.ukur.sop.SopAction;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Sops;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SopService implements Sops {

	/** Who may change what: the module\'s one policy (pure, so one for all). */
	private static final SopPolicy POLICY = new SopPolicy();

	/** sop_revision.name is varchar(300). */
	private static final int NAME_MAX = 300;

	/** sop_revision.note is varchar(1000). */
	private static final int NOTE_MAX = 1000;

	private final Organization organization;

	private final SopStore store;

	private final JsonMapper json;

	private final YAMLMapper yaml;

	private final Clock clock;

	private final RegionClock regionClock;

	private final SopJournal journal;

	SopService(Organization organization, SopStore store, JsonMapper json, Clock clock, RegionClock regionClock,
			SopJournal journal) {
		this.regionClock = regionClock;
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
			.orElseThrow(() -> new NotFoundException("sop.revision.unknown", revision));
	}

	@Override
	public Set<SopAction> actions(String agencyCode, CurrentUser user) {
		return POLICY.allowed(user, this.organization.agency(agencyCode, user));
	}

	@Override
	public void require(String agencyCode, SopAction action, CurrentUser user) {
		POLICY.require(action, user, this.organization.agency(agencyCode, user));
	}

	@Override
	@Transactional
	public SopRevision publish(String agencyCode, SopDefinition definition, LocalDate revisionDate, String note,
			Integer basedOn, CurrentUser user) {
		require(agencyCode, SopAction.PUBLISH, user);
		List<FieldProblem> problems = new ArrayList<>(check(definition));
		// the columns of sop_revision (V3_1__sop.sql): refused here with the field named,
		// not by the database
		if (definition.identity() != null && definition.identity().name() != null
				&& definition.identity().name().length() > NAME_MAX) {
			problems.add(new FieldProblem("identity.name", "validation.length.max", NAME_MAX));
		}
		if (note != null && note.length() > NOTE_MAX) {
			problems.add(new FieldProblem("note", "validation.length.max", NOTE_MAX));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		AgencyView agency = this.organization.agency(agencyCode, user);
		LocalDate date = (revisionDate != null) ? revisionDate : this.regionClock.today(agency.regionId());
		Optional<SopRevision> previous = this.store.active(agency.id());
		if (previous.isPresent() && basedOn == null) {
			throw new InvalidInputException("basedOn", "sop.basedOn.required", previous.get().revision());
		}
		if (previous.isPresent() && basedOn != previous.get().revision()) {
			throw new ConflictException("sop.basedOn.stale", basedOn, previous.get().revision());
		}
		SopRevision published = this.store.add(agency.id(), definition, date, note, user.username(),
				this.clock.instant(), previous.map(SopRevision::revision).orElse(null));
		this.journal.published(previous.orElse(null), published, user.username());
		return published;
	}

	@Override
	public List<FieldProblem> check(SopDefinition definition) {
		return SopProblems.described(SopValidator.check(definition));
	}

	@Override
	public List<FieldProblem> described(List<FieldProblem> problems) {
		return SopProblems.described(problems);
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
	public java.util.Map<Long, SopRevision> byIds(java.util.Collection<Long> revisionIds) {
		return this.store.byIds(revisionIds);
	}

	@Override
	public SopDefinition parse(String text, boolean yamlText) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(SopProblems.described(List.of(new FieldProblem("", "sop.parse.empty"))));
		}
		JsonNode tree;
		try {
			tree = yamlText ? this.yaml.readTree(text) : this.json.readTree(text);
		}
		catch (JacksonException ex) {
			// the parser's own words are English and name its internals: the line and
			// column say where, the message says what in the reader's language
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			int column = (ex.getLocation() != null) ? ex.getLocation().getColumnNr() : 0;
			throw new InvalidInputException(
					SopProblems.described(List.of(new FieldProblem("", "sop.parse.error", line, column))));
		}
		SopReader.Result read = SopReader.read(tree);
		if (!read.problems().isEmpty()) {
			// the rules the definition breaks too, all in one answer
			throw new InvalidInputException(
					SopProblems.described(SopProblems.merge(read.problems(), SopValidator.check(read.definition()))));
		}
		return read.definition();
	}

	@Override
	public String toYaml(SopDefinition definition) {
		return this.yaml.writeValueAsString(definition);
	}

	/** Stores a definition read at start-up (demo data), validated like any other. */
	@Transactional
	public SopRevision load(long agencyId, SopDefinition definition, LocalDate revisionDate) {
		List<FieldProblem> problems = check(definition);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<SopRevision> previous = this.store.active(agencyId);
		SopRevision loaded = this.store.add(agencyId, definition, revisionDate, "Dimuat dari SOP asli (demo)", "demo",
				this.clock.instant(), previous.map(SopRevision::revision).orElse(null));
		this.journal.published(previous.orElse(null), loaded, "demo");
		return loaded;
	}

}
