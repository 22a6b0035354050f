package id.ukur.round.web;

import java.util.Optional;

import id.ukur.organization.CurrentUser;
import id.ukur.round.RoundReports;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import id.ukur.shared.PagePreviews;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The pictures of a round's documents (docs/rounds.md, "Previews"): an evidence file's
 * thumbnail (an image scaled down, a PDF's first page) and the pages of the report as it
 * will be printed, for the review and the signature. Each is read with the same check as
 * its download, and rendered once per state of what it pictures.
 */
@Component("roundPreviews")
class RoundPreviews {

	/** Thumbnails: small, the first page of a PDF only. */
	static final int THUMB_SIDE = 240;

	static final float THUMB_DPI = 36;

	/** The report: A4 at 80 DPI is about 660 × 935 pixels, readable in the panel. */
	static final float REPORT_DPI = 80;

	static final int REPORT_SIDE = 1200;

	static final int REPORT_PAGES = 12;

	private final Rounds rounds;

	private final RoundReports reports;

	private final PreviewCache cache;

	RoundPreviews(Rounds rounds, RoundReports reports, PreviewCache cache) {
		this.rounds = rounds;
		this.reports = reports;
		this.cache = cache;
	}

	/**
	 * @return the thumbnail of an evidence file, empty when it is neither an image nor a
	 * PDF that renders
	 */
	Optional<byte[]> evidence(long id, long evidenceId, CurrentUser user) {
		Rounds.Evidence evidence = this.rounds.evidence(id, evidenceId, user);
		String type = (evidence.view().contentType() != null) ? evidence.view().contentType() : "";
		// keyed by the content's hash: a file never changes once uploaded
		String key = "evidence:" + evidence.view().sha256() + ":" + type;
		byte[] picture = this.cache.get(key, (p) -> p.length, () -> {
			if (type.equals("application/pdf")) {
				return PagePreviews.pdf(evidence.content(), THUMB_DPI, THUMB_SIDE, 1)
					.map((pages) -> pages.pictures().get(0))
					.orElse(null);
			}
			return type.startsWith("image/") ? PagePreviews.image(evidence.content(), THUMB_SIDE).orElse(null) : null;
		});
		return Optional.ofNullable(picture);
	}

	/**
	 * @return the pages of the report as the download gives it (the sealed report, else
	 * the draft), at most {@value #REPORT_PAGES}; empty when it cannot be rendered
	 */
	Optional<PagePreviews.Pages> report(long id, CurrentUser user) {
		RoundView round = this.rounds.round(id, user);
		PagePreviews.Pages pages = this.cache.get(key(round), RoundPreviews::size,
				() -> PagePreviews.pdf(this.reports.reportPdf(id, user), REPORT_DPI, REPORT_SIDE, REPORT_PAGES)
					.orElse(null));
		return Optional.ofNullable(pages);
	}

	/**
	 * For the round page's panel: how many pages of the report are pictured and how many
	 * it has, for the signed-in user; {@code [0, 0]} when it cannot be rendered.
	 */
	public int[] reportPages(long id) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return new int[] { 0, 0 };
		}
		return report(id, user).map((p) -> new int[] { p.pictures().size(), p.total() }).orElse(new int[] { 0, 0 });
	}

	/**
	 * Everything that changes the printed report: the round's version moves with each of
	 * its changes; the step, the calculation and the signature are named as well.
	 */
	private static String key(RoundView round) {
		return "report:" + round.id() + ":" + round.version() + ":" + round.status() + ":" + round.revision() + ":"
				+ round.calculatedAt() + ":" + round.approvedAt() + ":" + round.signedAt() + ":"
				+ ((round.currentStep() != null) ? round.currentStep().number() : "-") + ":" + round.sha256();
	}

	private static long size(PagePreviews.Pages pages) {
		return pages.pictures().stream().mapToLong((p) -> p.length).sum();
	}

}
