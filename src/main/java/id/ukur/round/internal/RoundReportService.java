package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import java.util.Set;
import java.util.EnumSet;
import java.time.Instant;
import id.ukur.round.RoundView;
import id.ukur.round.RoundAction;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionView;
import id.ukur.round.RoundReports;
import id.ukur.round.Rounds;
import id.ukur.round.SealView;
import id.ukur.round.Verification;
import id.ukur.round.internal.report.ReportDocuments;
import id.ukur.shared.NotFoundException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports facade: sealed reports and drafts, their public verification, the SOP's
 * step compliance and the region's export. Reading a round goes through the same loader
 * (and so the same agency rule) as its acts.
 */
@Service
@Transactional(readOnly = true)
class RoundReportService implements RoundReports {

	private final RoundLoader loader;

	private final RoundStore rounds;

	private final Sealing sealing;

	private final SealStore seals;

	private final ReportDocuments documents;

	private final Organization organization;

	private final RoundChanges changes;

	private final Compliance compliance;

	private final RegionExport regionExport;

	private final RoundLists lists;

	RoundReportService(RoundLoader loader, RoundStore rounds, Sealing sealing, SealStore seals,
			ReportDocuments documents, Organization organization, RoundChanges changes, Compliance compliance,
			RegionExport regionExport, RoundLists lists) {
		this.loader = loader;
		this.rounds = rounds;
		this.sealing = sealing;
		this.seals = seals;
		this.documents = documents;
		this.organization = organization;
		this.changes = changes;
		this.compliance = compliance;
		this.regionExport = regionExport;
		this.lists = lists;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RoundView> received(CurrentUser user) {
		if (!RoundPolicy.region(user).allowed()) {
			return List.of();
		}
		Instant now = this.changes.now();
		// the views of all the region's received rounds from a fixed number of queries
		return this.lists.views(this.rounds.sentInRegion(user.regionId()), user, now);
	}

	@Override
	public Set<RoundAction> regionActions(CurrentUser user) {
		return RoundPolicy.region(user).allowed() ? EnumSet.of(RoundAction.EXPORT) : EnumSet.noneOf(RoundAction.class);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SealView> seals(long id, CurrentUser user) {
		RoundState state = this.loader.load(id, user, false);
		return this.seals.ofRound(state.round.id).stream().map(RoundReportService::sealView).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] reportPdf(long id, CurrentUser user) {
		RoundState state = this.loader.load(id, user, false);
		byte[] sealed = this.sealing.sealedPdf(state);
		if (sealed != null) {
			return sealed;
		}
		return this.documents.pdf(this.sealing.model(state, this.changes.now()), Locale.forLanguageTag("id-ID"));
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] reportXlsx(long id, CurrentUser user) {
		RoundState state = this.loader.load(id, user, false);
		return this.documents.xlsx(this.sealing.model(state, this.changes.now()));
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] worksheetXlsx(long id, CurrentUser user) {
		RoundState state = this.loader.load(id, user, false);
		return this.documents.worksheet(this.sealing.model(state, this.changes.now()));
	}

	@Override
	@Transactional(readOnly = true)
	public Verification verify(String code) {
		String normalized = (code != null) ? code.trim().toUpperCase(Locale.ROOT) : "";
		Optional<SealStore.SealRecord> found = this.seals.byCode(normalized);
		if (found.isEmpty()) {
			return Verification.unknown(normalized);
		}
		SealStore.SealRecord seal = found.get();
		RoundRecord round = this.rounds.find(seal.roundId()).orElseThrow();
		AgencyView agency = this.organization.agencyById(round.agencyId).orElseThrow();
		return Verification.sealed(seal.verificationCode(), agency.name(), agency.regionName(),
				RoundChanges.label(round), seal.revision(),
				new Verification.Signer(seal.signerName(), seal.signerPosition(), seal.signerNip()), seal.signedAt(),
				seal.sha256(), seal.superseded());
	}

	@Override
	@Transactional(readOnly = true)
	public boolean matches(String code, byte[] file) {
		Verification verification = verify(code);
		if (!verification.genuine() || file == null) {
			return false;
		}
		try {
			String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
			return digest.equalsIgnoreCase(verification.sha256());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<Rounds.StepCompliance> compliance(String agencyCode, CurrentUser user) {
		AgencyView agency = this.organization.agency(agencyCode, user);
		return this.compliance.of(agency);
	}

	@Override
	@Transactional(readOnly = true)
	public long exportRegion(String regionCode, int year, CurrentUser user, Supplier<OutputStream> target) {
		RegionView region = this.organization.regions()
			.stream()
			.filter((r) -> r.code().equalsIgnoreCase(regionCode) && r.id() == user.regionId())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("round.region.unknown"));
		RoundPolicy.region(user).orThrow();
		return this.regionExport.write(region.id(), year, target);
	}

	static SealView sealView(SealStore.SealRecord seal) {
		return new SealView(seal.roundId(), seal.revision(), seal.verificationCode(), seal.sha256(), seal.signedAt(),
				seal.signerName());
	}

}
