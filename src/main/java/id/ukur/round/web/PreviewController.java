package id.ukur.round.web;

import java.time.Duration;

import id.ukur.organization.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pictures of a round's documents (docs/rounds.md, "Previews"): PNGs this app
 * rendered itself, so shown inline (an uploaded file itself is always a download). A file
 * that cannot be pictured, or a page past the last, answers 404 and the page shows the
 * picture's text instead.
 */
@Controller
class PreviewController {

	private final RoundPreviews previews;

	PreviewController(RoundPreviews previews) {
		this.previews = previews;
	}

	@GetMapping("/rounds/{id}/evidence/{evidenceId}/preview.png")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId,
			@AuthenticationPrincipal CurrentUser user) {
		return this.previews.evidence(id, evidenceId, user)
			.map((picture) -> png(picture, CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping("/rounds/{id}/report-preview/{page}.png")
	ResponseEntity<byte[]> reportPage(@PathVariable long id, @PathVariable int page,
			@AuthenticationPrincipal CurrentUser user) {
		return this.previews.reportPage(id, page, user)
			.map((picture) -> png(picture, CacheControl.noCache().cachePrivate()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/**
	 * Private: a picture is as confidential as its file. An evidence file never changes;
	 * a report does, so the browser asks again each time (answered from the cache).
	 */
	private static ResponseEntity<byte[]> png(byte[] picture, CacheControl cache) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(cache).body(picture);
	}

}
