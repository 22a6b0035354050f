package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Letterheads;
import id.ukur.organization.OfficialView;
import id.ukur.organization.Organization;
import id.ukur.organization.RegionView;
import id.ukur.organization.Role;
import id.ukur.round.EntryView;
import id.ukur.round.Recap;
import id.ukur.round.RoundView;
import id.ukur.round.internal.SealStore.SealRecord;
import id.ukur.round.internal.report.ReportDocuments;
import id.ukur.round.internal.report.ReportModel;
import id.ukur.shared.FileStore;
import id.ukur.shared.PublicAddress;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Seals a round at its signature: renders the report, stores it with its SHA-256 and a
 * verification code printed on it with a QR code. Also builds the draft documents before
 * the signature.
 */
@Component
class Sealing {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final SecureRandom random = new SecureRandom();

	private final Organization organization;

	private final ReportDocuments documents;

	private final FileStore files;

	private final SealStore seals;

	private final RoundViews views;

	private final Calculation calculation;

	private final String baseUrl;

	private final Letterheads letterheads;

	private final ActionPlanStore actionPlans;

	Sealing(Organization organization, ReportDocuments documents, FileStore files, SealStore seals, RoundViews views,
			Calculation calculation, PublicAddress address, Letterheads letterheads, ActionPlanStore actionPlans) {
		this.letterheads = letterheads;
		this.actionPlans = actionPlans;
		this.organization = organization;
		this.documents = documents;
		this.files = files;
		this.seals = seals;
		this.views = views;
		this.calculation = calculation;
		this.baseUrl = address.url();
	}

	SealRecord seal(RoundState state, Role signerRole, CurrentUser user, Instant now) {
		String code = code();
		ReportModel.Signatory signatory = signatory(state, signerRole, user);
		ReportModel model = model(state, now, false, now, code, signatory);
		byte[] pdf = this.documents.pdf(model, Locale.forLanguageTag("id-ID"));
		String name = "laporan-pengukuran-" + state.agency.code() + "-" + state.round.period.name() + "-"
				+ state.round.year + "-r" + state.round.revision + ".pdf";
		FileStore.StoredFile file = this.files.storeRendered(name, pdf);
		SealRecord seal = new SealRecord(0, state.round.id, state.round.revision, code, file.sha256(), file.key(), now,
				user.username(), signatory.name(), signatory.position(), signatory.rank(), signatory.nip(), false, null,
				null, null);
		this.seals.insert(seal);
		return seal;
	}

	/** The model of the documents: signed when sealed, else a draft. */
	ReportModel model(RoundState state, Instant now) {
		SealRecord seal = this.seals.latest(state.round.id).filter((s) -> !s.superseded()).orElse(null);
		if (seal != null && !state.round.open()) {
			return model(state, now, false, seal.signedAt(), seal.verificationCode(), new ReportModel.Signatory(
					seal.signerName(), seal.signerPosition(), seal.signerRank(), seal.signerNip()));
		}
		StepSigner signer = StepSigner.of(state);
		OfficialView official = this.organization.officialOfRole(state.round.agencyId, signer.role()).orElse(null);
		ReportModel.Signatory signatory = (official != null)
				? new ReportModel.Signatory(official.name(), official.position(), official.rank(), official.nip())
				: new ReportModel.Signatory("", "", "", "");
		return model(state, now, true, null, null, signatory);
	}

	byte[] sealedPdf(RoundState state) {
		return this.seals.latest(state.round.id)
			.filter((s) -> !s.superseded() && !state.round.open())
			.map((s) -> this.files.content(s.fileKey()))
			.orElse(null);
	}

	private ReportModel model(RoundState state, Instant now, boolean draft, Instant signedAt, String code,
			ReportModel.Signatory signatory) {
		RegionView region = this.organization.region(state.round.regionId);
		RoundView round = this.views.round(state, now);
		// before the calculation the documents print the values so far, marked
		// provisional
		Recap recap = this.calculation.soFar(state);
		List<EntryView> entries = this.views.entries(state);
		return new ReportModel(state.agency.name(), state.agency.address(), region.name(), round, recap, entries,
				signatory, draft, signedAt, code, (code != null) ? this.baseUrl + "/verify/" + code : null,
				region.timeZone(), this.letterheads.of(region.id()),
				this.actionPlans.visibleIn(state.round.agencyId, state.round.id));
	}

	private ReportModel.Signatory signatory(RoundState state, Role role, CurrentUser user) {
		return this.organization.officialOfRole(state.round.agencyId, role)
			.map((o) -> new ReportModel.Signatory(o.name(), o.position(), o.rank(), o.nip()))
			.orElse(new ReportModel.Signatory(user.displayName(), null, null, null));
	}

	private String code() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
