package id.ukur.round.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * its download, and rendered once per state of what it pictures: the round page compiles
 * the report once and counts its pages; each page is pictured when its image is asked.
 */
@Component("roundPreviews")
class RoundPreviews {

	/** Thumbnails: small, the first page of a PDF only. */
	static final int THUMB_SIDE = 240;

	static final float THUMB_DPI = 36;

	/**
	 * The report: an A4 page at 80 DPI is about 660 × 935 pixels, readable in the panel.
	 */
	static final float REPORT_DPI = 80;

	static final int REPORT_SIDE = 1200;

	static final int REPORT_PAGES = 12;

	static final long WAIT_MILLIS = 4000;

	/** One report compiled at a time, in a daemon thread. */
	private final ExecutorService compiler = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "report-preview");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, CompletableFuture<Compiled>> compiling = new ConcurrentHashMap<>();

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
				return PagePreviews.pdfPage(evidence.content(), 0, THUMB_DPI, THUMB_SIDE).orElse(null);
			}
			return type.startsWith("image/") ? PagePreviews.image(evidence.content(), THUMB_SIDE).orElse(null) : null;
		});
		return Optional.ofNullable(picture);
	}

	/**
	 * @param page from 1, at most {@value #REPORT_PAGES}
	 * @return the picture of a page of the report as the download gives it (the sealed
	 * report, else the draft); empty past the last page or when it cannot be rendered
	 */
	Optional<byte[]> reportPage(long id, int page, CurrentUser user) {
		if (page < 1 || page > REPORT_PAGES) {
			this.rounds.round(id, user);
			return Optional.empty();
		}
		String key = key(this.rounds.round(id, user));
		byte[] picture = this.cache.get(key + ":" + page, (p) -> p.length,
				() -> PagePreviews.pdfPage(compiled(key, id, user).pdf(), page - 1, REPORT_DPI, REPORT_SIDE)
					.orElse(null));
		return Optional.ofNullable(picture);
	}

	/**
	 * For the round page's panel: how many pages of the report are pictured and how many
	 * it has, for the signed-in user; {@code [0, 0]} when it cannot be rendered,
	 * {@code [0, -1]} while it is still being compiled. The page waits at most
	 * {@value #WAIT_MILLIS} ms for the compilation, which goes on in the background, so a
	 * slow report never holds up the page that shows it.
	 */
	public int[] reportPages(long id) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return new int[] { 0, 0 };
		}
		String key = key(this.rounds.round(id, user));
		this.compiling.values().removeIf(CompletableFuture::isDone);
		CompletableFuture<Compiled> future = this.compiling.computeIfAbsent(key,
				(k) -> CompletableFuture.supplyAsync(() -> compiled(k, id, user), this.compiler));
		try {
			int total = future.get(WAIT_MILLIS, TimeUnit.MILLISECONDS).pages();
			return new int[] { Math.min(total, REPORT_PAGES), total };
		}
		catch (TimeoutException ex) {
			return new int[] { 0, -1 };
		}
		catch (ExecutionException ex) {
			return new int[] { 0, 0 };
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new int[] { 0, 0 };
		}
	}

	/** The report's PDF and its page count, compiled once per state of the round. */
	private Compiled compiled(String key, long id, CurrentUser user) {
		return this.cache.get(key, (c) -> c.pdf().length, () -> {
			byte[] pdf = this.reports.reportPdf(id, user);
			return new Compiled(pdf, PagePreviews.pageCount(pdf));
		});
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

	private record Compiled(byte[] pdf, int pages) {
	}

}
