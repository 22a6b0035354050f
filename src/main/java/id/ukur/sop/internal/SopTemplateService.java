package id.ukur.sop.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.Role;
import id.ukur.shared.ConflictException;
import id.ukur.shared.InvalidInputException;
import id.ukur.sop.SopAction;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Identity;
import id.ukur.sop.SopRevision;
import id.ukur.sop.SopTemplates;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SopTemplateService implements SopTemplates {

	/** Who may change what: the module\'s one policy (pure, so one for all). */
	private static final SopPolicy POLICY = new SopPolicy();

	private final SopService sops;

	private final Organization organization;

	private volatile Map<String, SopDefinition> seeds;

	SopTemplateService(SopService sops, Organization organization) {
		this.sops = sops;
		this.organization = organization;
	}

	@Override
	public List<Template> templates() {
		return seeds().entrySet()
			.stream()
			.map((entry) -> new Template(entry.getKey(), entry.getValue().identity().agencyName(),
					entry.getValue().identity().regionName(), entry.getValue().lanes().size(),
					entry.getValue().steps().size()))
			.toList();
	}

	@Override
	@Transactional
	public SopRevision start(String agencyCode, String template, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		SopDefinition seed = (template == null) ? null : seeds().get(template);
		if (seed == null) {
			throw new InvalidInputException("template", "sop.start.unknown", String.valueOf(template));
		}
		if (this.sops.activeOf(agency.id()).isPresent()) {
			throw new ConflictException("sop.start.exists", agency.name());
		}
		// after the checks of the request, as before: an unknown sample or an agency that
		// has an SOP is named whoever asks
		POLICY.require(SopAction.START, user, agency);
		SopDefinition own = new SopDefinition(identity(seed.identity(), agency), seed.lanes(), seed.steps());
		return this.sops.publish(agencyCode, own, null, "SOP awal dari contoh " + template, null, user);
	}

	/**
	 * The seed's identity made the agency's own: its name and region, its head as
	 * approver when known; the seed's number and dates belong to another agency and are
	 * left out.
	 */
	private Identity identity(Identity seed, AgencyView agency) {
		SopDefinition.Approver approver = this.organization.officialOfRole(agency.id(), Role.HEAD)
			.map((head) -> new SopDefinition.Approver(head.position(), head.name(), head.rank(), head.nip()))
			.orElse(null);
		return new Identity(agency.name().toUpperCase(), agency.regionName().toUpperCase(), null, seed.name(), null,
				null, null, null, approver, seed.legalBasis(), seed.qualifications(), seed.relatedSops(),
				seed.equipment(), seed.warning(), seed.recordKeeping());
	}

	private Map<String, SopDefinition> seeds() {
		if (this.seeds == null) {
			Map<String, SopDefinition> read = new TreeMap<>();
			try {
				for (Resource file : new PathMatchingResourcePatternResolver()
					.getResources("classpath:sop/seeds/*.yaml")) {
					try (InputStream in = file.getInputStream()) {
						read.put(String.valueOf(file.getFilename()).replace(".yaml", ""),
								this.sops.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), true));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.seeds = Map.copyOf(read);
		}
		return new TreeMap<>(this.seeds);
	}

}
